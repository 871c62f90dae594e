// One Database type over two drivers: postgres.js against a Postgres server when DATABASE_URL is set,
// embedded PGlite (persisted under DATA_DIR) otherwise. Opened lazily: never at import or build time.

import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { is, type SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import { makeTreePrivate, restrictNewFiles } from "./data-dir";
import { prepareAdmission, preparingClient } from "./prepared-statements";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = {
  db: Database;
  driver: "postgres" | "pglite";
  /** The raw client, for the few bulk paths where the ORM's query building is the bottleneck. */
  raw: { kind: "postgres"; sql: Sql } | { kind: "pglite"; pg: PGlite };
  close: () => Promise<void>;
};

export type OpenOptions =
  | {
      driver: "postgres";
      url: string;
      max?: number;
      /** false behind a transaction pooler (PgBouncer transaction mode and the providers' poolers). */
      prepare?: boolean;
      /** Seconds before an unused connection is closed; 0 keeps it. */
      idleTimeout?: number;
      applicationName?: string;
    }
  | { driver: "pglite"; dataDir?: string; loadDataDir?: Blob; lock?: boolean };

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, {
      max: options.max ?? 10,
      prepare: options.prepare ?? true,
      idle_timeout: options.idleTimeout ?? 0,
      // A pooler or a database waking from scale-to-zero can be slow to answer, but not for ever.
      connect_timeout: 15,
      onnotice: () => {},
      // Numeric stays a string so money never passes through a float.
      types: { numeric: { to: 1700, from: [1700], serialize: String, parse: String } },
      connection: { application_name: options.applicationName ?? "tally" },
      // Supported by postgres.js (a factory returning a connected socket) but missing from its types.
      ...({ socket: connectWithoutNagle } as object),
    });
    const sql = preparingClient(client, prepareAdmission());
    const db = drizzle(sql, { schema }) as unknown as Database;
    return { db, driver: "postgres", raw: { kind: "postgres", sql }, close: () => sql.end({ timeout: 5 }) };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let releaseLock = () => {};
  if (options.dataDir) {
    // Private before PGlite writes a byte: its files hold every password hash and transaction.
    restrictNewFiles();
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    if (options.lock !== false) releaseLock = acquireDirectoryLock(options.dataDir);
  }
  try {
    const pg = options.loadDataDir
      ? await PGlite.create({ loadDataDir: options.loadDataDir })
      : await PGlite.create(options.dataDir);
    // A directory from an older Tally (or created under another umask) is made private too.
    if (options.dataDir) makeTreePrivate(options.dataDir);
    const db = drizzle(pg, { schema }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      raw: { kind: "pglite", pg },
      close: async () => {
        await pg.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * postgres.js leaves Nagle's algorithm on, and a statement written in several segments (a batch's parameters)
 * then waits for the server's delayed ACK, about 40 ms a batch. Handing it a connected socket with
 * TCP_NODELAY set removes the stall.
 */
function connectWithoutNagle(options: {
  host: string[];
  port: number[];
  path?: string | false;
}): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = options.path
      ? net.connect(options.path)
      : net.connect({ host: options.host[0] ?? "localhost", port: options.port[0] ?? 5432 });
    socket.setNoDelay(true);
    socket.once("connect", () => {
      socket.off("error", reject);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

export class DatabaseInUseError extends Error {}

/**
 * PGlite has no locking of its own, and two processes writing one directory lose data silently.
 * A lock file holding the owner's pid makes a second process (a script, a second server) refuse instead.
 */
function acquireDirectoryLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "tally.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx", mode: 0o600 });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner} (probably the running app). ` +
            "Stop it first, or point this command at a Postgres server with DATABASE_URL.",
        );
      }
      // The owner died without cleaning up: the lock is stale.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseInUseError(`Could not lock the embedded database in ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `db.execute` returns `{ rows }` on PGlite and an array on postgres.js; this returns the rows either way. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

type DrizzleInternals = {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string | undefined,
      arrayMode: boolean,
    ): { execute(): Promise<unknown> };
  };
};

/**
 * queryRows for the ingest path's few fixed statements, as a prepared statement on postgres.js. `db.execute`
 * sends every statement with parameters unprepared, and postgres.js then describes it first: two round trips
 * and a fresh plan per statement, which a statement import (a dozen statements) pays on every account.
 * Prepared, it is one round trip and a plan kept per connection. Only for statements whose text never varies
 * (bulk values go in as array parameters): postgres.js keeps one prepared statement per distinct text. PGlite
 * runs in process, where a round trip costs nothing: it takes the ordinary path.
 */
export async function queryPreparedRows<T>(db: Database, query: SQL): Promise<T[]> {
  const { PostgresJsSession } = await postgresJsSession();
  const internals = db as unknown as DrizzleInternals;
  if (!PostgresJsSession || !is(internals.session, PostgresJsSession)) return queryRows(db, query);
  // A name (any) is what makes drizzle ask postgres.js to prepare; postgres.js names and caches it itself.
  const prepared = internals.session.prepareQuery(internals.dialect.sqlToQuery(query), undefined, "", false);
  return (await prepared.execute()) as T[];
}

/**
 * Runs statements in order in one round trip (postgres.js pipelines prepared statements it has seen on the
 * connection): the server still runs each after the one before has finished, each with its own snapshot, so
 * a statement after a lock sees what committed while the lock was awaited. Each returns its rows; the first
 * failure is thrown (the statements after it fail too: the transaction is aborted). Same rules as
 * queryPreparedRows: fixed statement texts only. PGlite runs them one by one.
 */
export async function queryPreparedPipeline(db: Database, queries: readonly SQL[]): Promise<unknown[][]> {
  const { PostgresJsSession } = await postgresJsSession();
  const internals = db as unknown as DrizzleInternals & { session: { client: Sql } };
  if (!PostgresJsSession || !is(internals.session, PostgresJsSession)) {
    const results: unknown[][] = [];
    for (const query of queries) results.push(await queryRows(db, query));
    return results;
  }
  const client = internals.session.client;
  // execute() sends each at once, in this order; awaiting them one by one would cost a round trip each.
  const sent = queries.map((query) => {
    const { sql: text, params } = internals.dialect.sqlToQuery(query);
    return client.unsafe(text, params as never[], { prepare: true }).execute();
  });
  // Reported through the first failure, which the later ones only follow.
  for (const query of sent) query.catch(() => {});
  const results: unknown[][] = [];
  for (const query of sent) results.push((await query) as unknown[]);
  return results;
}

type SessionClass = typeof import("drizzle-orm/postgres-js").PostgresJsSession;
let sessionModule: Promise<{ PostgresJsSession: SessionClass | null }> | undefined;
function postgresJsSession() {
  sessionModule ??= import("drizzle-orm/postgres-js")
    .then((module) => ({ PostgresJsSession: module.PostgresJsSession }))
    .catch(() => ({ PostgresJsSession: null }));
  return sessionModule;
}

/**
 * The SQLSTATE of a database error ("23505" unique violation, "22003" numeric overflow), on either driver;
 * drizzle wraps driver errors, so the code may sit on the error's cause.
 */
export function postgresErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
