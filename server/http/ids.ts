import "server-only";
import { z } from "zod";
import { notFound } from "@/server/errors";

const uuid = z.uuid();

/** Ids are UUIDs; anything else cannot name a row, so it is a 404 like any other unknown id. */
export function parseId(value: string, what = "That"): string {
  if (!uuid.safeParse(value).success) throw notFound(what);
  return value;
}
