// GET /api/v1/openapi.json — the OpenAPI 3.1 description of this API.

import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/http/openapi";

export function GET() {
  return NextResponse.json(openApiDocument());
}

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
