import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { findNulByte } from "@/lib/fields";
import { AppError, parseInput, toAppError } from "@/server/errors";

const MAX_JSON_BYTES = 1024 * 1024;

// API answers hold a person's finances: no browser or proxy may keep a copy.
const NO_STORE = { "Cache-Control": "no-store" };

export function errorResponse(error: unknown): NextResponse {
  const appError = toAppError(error);
  const headers: Record<string, string> = { ...NO_STORE };
  if (appError.options.retryAfterSeconds) headers["Retry-After"] = String(appError.options.retryAfterSeconds);
  return NextResponse.json({ error: appError.toBody() }, { status: appError.status, headers });
}

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler so every failure becomes the API's error body with the right status.
 * The handler itself stays thin: authenticate, parse, call server/, shape JSON.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
    try {
      response.headers.set("Cache-Control", "no-store");
    } catch {
      // Headers of a Response.redirect() are immutable: copy it.
      response = new Response(response.body, response);
      response.headers.set("Cache-Control", "no-store");
    }
    return response;
  };
}

/** Reads a JSON body with a size limit and validates it: 413, 400 invalid_json or 400 invalid_input. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const text = await readTextWithLimit(request, MAX_JSON_BYTES);
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
  return parseInput(schema, refuseNulBytes(body));
}

/**
 * A NUL byte anywhere in the input is refused before any schema sees it: Postgres cannot store one in text,
 * and a field a schema forgot to guard would otherwise come back as a 500.
 */
export function refuseNulBytes<T>(input: T): T {
  const path = findNulByte(input);
  if (path !== null) {
    throw new AppError(
      "invalid_input",
      "The input contains an invisible control character, which Tally cannot store.",
      {
        fields: { [path]: "must not contain control characters" },
      },
    );
  }
  return input;
}

/** Query parameters validated like a body. */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.output<T> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  return parseInput(schema, refuseNulBytes(params));
}

const tooLarge = () => new AppError("payload_too_large", "The request body is larger than 1 MB.");

// content-length can be absent (chunked) or wrong, so the limit is enforced on the bytes actually read.
export async function readTextWithLimit(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export const json = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: NO_STORE });
export const noContent = () => new Response(null, { status: 204, headers: NO_STORE });
