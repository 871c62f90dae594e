// What every server action returns, so forms can show field errors and messages the same way.

export type ActionError = { code: string; message: string; fields?: Record<string, string> };

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };
