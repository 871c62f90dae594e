import "server-only";
import { AppError } from "@/server/errors";
import { errorResponse } from "./api";

// Every REST route file ends with `export * from "@/server/http/method-not-allowed"`. A method the file defines
// itself wins over these (an ES module's own export shadows a star export); any other method answers 405 with
// the API's error body instead of Next's empty 405.

const refuse = async (request: Request) =>
  errorResponse(
    new AppError("method_not_allowed", `${request.method} is not something this address answers to.`),
  );

export const GET = refuse;
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
