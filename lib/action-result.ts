// What every server action returns, so forms can show field errors and messages the same way.

export type ActionError = { code: string; message: string; fields?: Record<string, string> };

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };

/** A field's error, also when the problem is inside it (`notify_thresholds.2` belongs to `notify_thresholds`). */
export function fieldError(fields: Record<string, string> | undefined, name: string): string | undefined {
  if (!fields) return undefined;
  if (fields[name]) return fields[name];
  const inside = Object.keys(fields).find((key) => key.startsWith(`${name}.`));
  return inside ? fields[inside] : undefined;
}
