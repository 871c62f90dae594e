// Every statement the ORM sends with parameters, prepared once per connection instead of described first.
//
// Drizzle sends its queries through postgres.js's `unsafe()`, which prepares nothing unless asked. An
// unprepared statement with parameters costs two round trips (postgres.js describes it to learn the parameter
// types, then binds and executes it) and a fresh plan on the server; a prepared one costs one round trip once
// the connection has seen it. A connection sync runs some sixty statements, most of them the same texts every
// time, so half its round trips were describes.
//
// postgres.js keeps every statement it prepared, per connection, for the connection's life, and the server
// keeps each one's plan: an unbounded set of texts would grow both without end. Texts that vary with their
// input (an `in (…)` list, a multi-row `values`) make new texts, so only texts seen twice are prepared, and at
// most MAX_PREPARED_TEXTS of them per process; the rest run as before.

import type { Sql } from "postgres";

const MAX_PREPARED_TEXTS = 2000;
const MAX_SEEN_ONCE = 20_000;

export type PrepareAdmission = { admit(text: string): boolean };

/** A bounded set of statement texts worth preparing: the second sighting of a text admits it. */
export function prepareAdmission(
  limits: { maxPrepared?: number; maxSeenOnce?: number } = {},
): PrepareAdmission {
  const maxPrepared = limits.maxPrepared ?? MAX_PREPARED_TEXTS;
  const maxSeenOnce = limits.maxSeenOnce ?? MAX_SEEN_ONCE;
  const prepared = new Set<string>();
  let seenOnce = new Set<string>();
  return {
    admit(text) {
      if (prepared.has(text)) return true;
      if (prepared.size >= maxPrepared) return false;
      if (!seenOnce.has(text)) {
        // Forgetting the one-off texts now and then keeps this set bounded; a hot text is seen again soon.
        if (seenOnce.size >= maxSeenOnce) seenOnce = new Set();
        seenOnce.add(text);
        return false;
      }
      seenOnce.delete(text);
      prepared.add(text);
      return true;
    },
  };
}

type UnsafeOptions = { prepare?: boolean } & Record<string, unknown>;

/**
 * The client with `unsafe()` preparing admitted statements that carry parameters, in transactions and
 * savepoints too (drizzle runs those on the client postgres.js hands to `begin`'s callback). An explicit
 * `prepare: true` is kept. With the client's own `prepare: false` (behind a transaction pooler) postgres.js
 * prepares nothing whatever is asked here.
 */
export function preparingClient<T extends Sql>(client: T, admission: PrepareAdmission): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "unsafe") {
        return (text: string, params?: unknown[], options?: UnsafeOptions) => {
          // Drizzle passes `prepare: false` for every query not given a name: "not asked", not "never".
          const prepare =
            options?.prepare === true || (params !== undefined && params.length > 0 && admission.admit(text));
          return target.unsafe(text, params as never[], { ...options, prepare } as never);
        };
      }
      if (property === "begin" || property === "savepoint") {
        // begin(fn) or begin(options, fn): the callback's transaction client is wrapped the same way.
        return (...args: unknown[]) => {
          const last = args.length - 1;
          const fn = args[last];
          if (typeof fn === "function") {
            args[last] = (tx: Sql) => (fn as (tx: Sql) => unknown)(preparingClient(tx, admission));
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
