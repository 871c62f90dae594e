import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { toAppError } from "@/server/errors";
import { refuseNulBytes } from "@/server/http/api";

/**
 * Runs a server action's body and turns failures into the ActionResult a form can render.
 * Next's redirect and notFound signals are re-thrown so they still navigate.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, error: toAppError(error).toBody() };
  }
}

/** FormData as a plain object for zod; repeated keys are kept as arrays. */
export function formObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    object[key] = values.length > 1 ? values : values[0];
  }
  return refuseNulBytes(object);
}
