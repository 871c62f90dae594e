// Any /api address no route answers: the API's JSON error body, not the HTML 404 page.

import { notFound } from "@/server/errors";
import { errorResponse } from "@/server/http/api";

const unknownAddress = async () => errorResponse(notFound("That API address"));

export const GET = unknownAddress;
export const POST = unknownAddress;
export const PUT = unknownAddress;
export const PATCH = unknownAddress;
export const DELETE = unknownAddress;
