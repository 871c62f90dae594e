import "server-only";
import { z } from "zod";
import { notFound } from "@/server/errors";

const uuid = z.uuid();

/**
 * Ids are UUIDs; anything else (a malformed string, or not a string at all from a crafted action call) cannot
 * name a row, so it is a 404 like any other unknown id.
 */
export function parseId(value: unknown, what = "That"): string {
  const parsed = uuid.safeParse(value);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
