// Asks an Inngest serve handler (app/api/inngest/route.ts, or `serve(...)` from "inngest/next") what it
// serves, without an Inngest server: the client must be in dev mode (INNGEST_DEV=1 when inngest/client.ts is
// first imported, e.g. `vi.stubEnv("INNGEST_DEV", "1")` before a dynamic import), so no signature is needed.
//   - GET returns the dev-mode introspection: mode and function_count (not the functions themselves).
//   - PUT with `x-inngest-sync-kind: in_band` and a `{ url }` body returns the registration the SDK would send
//     to an Inngest server: every function with its triggers, concurrency and retries. It contacts nothing.

// `never` for the request too: serve() types it as NextRequest, and every Request is passed through as-is.
type RouteHandler = (request: never, context: never) => Promise<Response>;

export type ServedFunction = {
  /** The function id as in inngest/functions/<id>.ts (the app prefix "tally-" removed). */
  id: string;
  name: string;
  triggers: ({ event: string; expression?: string } | { cron: string })[];
  /** Normalized to a list (Inngest accepts a number, an object or a list). */
  concurrency?: { key?: string; limit: number }[];
  retries?: number;
  raw: Record<string, unknown>;
};

export type Introspection = { mode: string; functionCount: number; functions: ServedFunction[] };

const SERVE_URL = "http://localhost:3000/api/inngest";

export async function introspect(
  handlers: { GET: RouteHandler; PUT: RouteHandler },
  options: { appId?: string; url?: string } = {},
): Promise<Introspection> {
  const url = options.url ?? SERVE_URL;
  const prefix = `${options.appId ?? "tally"}-`;
  const context = undefined as never;

  const get = await handlers.GET(new Request(url) as never, context);
  if (get.status !== 200) throw new Error(`GET ${url} answered ${get.status}: ${await get.text()}`);
  const inspection = (await get.json()) as { mode: string; function_count: number };

  const put = await handlers.PUT(
    new Request(url, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-inngest-sync-kind": "in_band" },
      body: JSON.stringify({ url }),
    }) as never,
    context,
  );
  if (put.status !== 200)
    throw new Error(`PUT ${url} (in-band sync) answered ${put.status}: ${await put.text()}`);
  const registration = (await put.json()) as { functions?: Record<string, unknown>[] };

  const functions = (registration.functions ?? []).map((raw): ServedFunction => {
    const fullId = String(raw.id);
    const steps = raw.steps as Record<string, { retries?: { attempts?: number } }> | undefined;
    const attempts = steps ? Object.values(steps)[0]?.retries?.attempts : undefined;
    return {
      id: fullId.startsWith(prefix) ? fullId.slice(prefix.length) : fullId,
      name: String(raw.name),
      triggers: raw.triggers as ServedFunction["triggers"],
      ...(raw.concurrency !== undefined && { concurrency: normalizeConcurrency(raw.concurrency) }),
      ...(attempts !== undefined && { retries: attempts }),
      raw,
    };
  });
  return { mode: inspection.mode, functionCount: inspection.function_count, functions };
}

function normalizeConcurrency(value: unknown): { key?: string; limit: number }[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) =>
    typeof item === "number" ? { limit: item } : (item as { key?: string; limit: number }),
  );
}
