// GET /api/v1/openapi.json — the OpenAPI 3.1 description of this API.

import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/http/openapi";

export function GET() {
  return NextResponse.json(openApiDocument());
}
