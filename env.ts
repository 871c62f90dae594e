// Every environment variable Tally reads is declared and validated here, once. Other code imports `env`.
// The embedded default needs no configuration: secrets a local run lacks are generated once into DATA_DIR.
// A production start (NODE_ENV=production with DATABASE_URL) refuses to start without them instead.
// A serverless host (VERCEL=1, or TALLY_SERVERLESS=1 elsewhere) keeps nothing on local disk and no process
// alive between requests: there `serverless` is true, and the database client, the job runner, the secrets,
// the object store and the mailer each consult it instead of falling back to DATA_DIR or in-process work.

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString.pipe(
    z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgres:// or postgresql:// URL" }).optional(),
  ),
  // The unpooled connection string, for migrations: a session advisory lock does not survive a transaction
  // pooler (PgBouncer in transaction mode, Supabase's port 6543, Neon's -pooler host). Default: DATABASE_URL.
  DATABASE_DIRECT_URL: optionalString.pipe(
    z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgres:// or postgresql:// URL" }).optional(),
  ),
  // "transaction" when DATABASE_URL goes through a pooler in transaction mode: prepared statements are then
  // turned off, since the next statement may land on another server connection.
  DATABASE_POOLER: z
    .enum(["transaction", "session", "none", ""], "must be transaction, session or none")
    .optional(),
  // Connections this process may open. Default 10 on a server; 3 per function instance on a serverless host,
  // where hundreds of instances may run at once.
  DATABASE_POOL_MAX: z.coerce.number("must be a whole number").int().min(1).max(100).optional(),
  // Set by Vercel on every build and function; TALLY_SERVERLESS=1 says the same on another serverless host.
  VERCEL: flag,
  TALLY_SERVERLESS: flag,
  DATA_DIR: z.string().default(".data"),
  APP_URL: optionalString.pipe(z.url().optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  CREDENTIALS_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, "must be 32 random bytes in base64 (openssl rand -base64 32)")
      .optional(),
  ),
  // Older CREDENTIALS_KEYs, comma-separated, still accepted for decryption while stored passwords are
  // re-encrypted under the current key.
  CREDENTIALS_KEY_PREVIOUS: optionalString.pipe(
    z
      .string()
      .regex(
        /^[A-Za-z0-9+/]{43}=(\s*,\s*[A-Za-z0-9+/]{43}=)*$/,
        "must be comma-separated 32-byte base64 keys (former values of CREDENTIALS_KEY)",
      )
      .optional(),
  ),
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  INNGEST_DEV: optionalString,
  INNGEST_BASE_URL: optionalString.pipe(z.url().optional()),
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  S3_ENDPOINT: optionalString.pipe(z.url().optional()),
  S3_REGION: z.string().default("us-east-1"),
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  LOG_QUERIES: flag,
  // For people who run their own OFX server at home: lets a bank URL resolve to a private address.
  ALLOW_PRIVATE_BANK_URLS: flag,
  // The built-in Demo Bank's OFX endpoint: on by default, off in production unless DEMO_BANK=on.
  DEMO_BANK: z.enum(["on", "off", ""], "must be on or off").optional(),
  // New accounts one address may create in an hour (each costs a 19 MiB password hash).
  SIGNUPS_PER_HOUR: z.coerce.number("must be a whole number").int().min(1).default(10),
  // How many reverse proxies in front of Tally append to X-Forwarded-For (0: use the connection's address).
  TRUST_PROXY_HOPS: z.coerce.number("must be a whole number").int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Where notification e-mails go: smtp://user:pass@host:587 or smtps://…:465. Unset: written as .eml files
  // under DATA_DIR/outbox instead (and listed on the outbox page outside production).
  SMTP_URL: optionalString.pipe(
    z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  // The From of notification e-mails, e.g. "Tally <alerts@example.com>". Default: tally@ the APP_URL's host.
  MAIL_FROM: optionalString.pipe(
    z
      .string()
      .regex(
        /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/,
        'must be an address like "Tally <alerts@example.com>"',
      )
      .optional(),
  ),
});

export type Env = z.infer<typeof schema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
}

export const env: Env = parseEnv(process.env);

/** On a serverless host: no PGlite, no embedded runner, nothing written under DATA_DIR. */
export const serverless = env.VERCEL || env.TALLY_SERVERLESS;

export const isProductionDeployment =
  (env.NODE_ENV === "production" && env.DATABASE_URL !== undefined) || serverless;

/** Where the embedded database, generated secrets and the local object store live. */
export const dataDir = path.resolve(env.DATA_DIR);

/**
 * Jobs run through an Inngest server when one is configured, otherwise in this process. A serverless host
 * always uses Inngest: a frozen function instance would strand an in-process runner's work.
 */
export const jobsMode: "inngest" | "embedded" =
  serverless || env.INNGEST_DEV || env.INNGEST_BASE_URL || env.INNGEST_EVENT_KEY ? "inngest" : "embedded";

/** How this process connects to Postgres: a small pool with a short idle timeout on a serverless host. */
export function postgresPoolSettings(source: Env = env, isServerless = serverless) {
  return {
    max: source.DATABASE_POOL_MAX ?? (isServerless ? 3 : 10),
    // Behind a transaction pooler the server connection changes between transactions: no prepared statements.
    prepare: source.DATABASE_POOLER !== "transaction",
    // Seconds an unused connection stays open. A frozen instance's idle connections count against the
    // database's limit, so a serverless instance lets them go quickly; a server keeps its pool warm.
    idleTimeout: isServerless ? 5 : 0,
    pooler: source.DATABASE_POOLER || "none",
  };
}

export const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;

/**
 * Where the built-in Demo Bank answers OFX requests: this app's own /api/demo-bank/ofx unless DEMO_BANK_URL says
 * otherwise. Read on each call so tests can point it at a Demo Bank they run themselves.
 */
export const demoBankUrl = (): string => process.env.DEMO_BANK_URL || `${appUrl}/api/demo-bank/ofx`;

/** The Demo Bank is for trying Tally out and for tests: a production server offers it only when asked to. */
export const demoBankEnabled =
  env.DEMO_BANK === "on" || (env.NODE_ENV !== "production" && env.DEMO_BANK !== "off");
/**
 * How notification e-mail leaves: over SMTP when SMTP_URL is set, otherwise into the file outbox. Read on each
 * call (validated above at start-up) so tests can point it at an SMTP server they run themselves.
 */
export function mailSettings(): { smtpUrl: string | undefined; from: string; outboxDir: string } {
  const smtpUrl = process.env.SMTP_URL?.trim() || undefined;
  const from = process.env.MAIL_FROM?.trim() || `Tally <tally@${new URL(appUrl).hostname}>`;
  return { smtpUrl, from, outboxDir: path.join(dataDir, "outbox") };
}

type LocalSecretName = "AUTH_SECRET" | "CREDENTIALS_KEY";

const generators: Record<LocalSecretName, () => string> = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  CREDENTIALS_KEY: () => randomBytes(32).toString("base64"),
};

/**
 * The configured secret, or for local runs one generated once and kept in DATA_DIR/secrets.json so that
 * sessions and encrypted credentials survive restarts. A production deployment must configure it.
 */
export function secret(name: LocalSecretName): string {
  const configured = env[name];
  if (configured) return configured;
  if (serverless) throw new Error(serverlessProblem(name));
  if (isProductionDeployment) {
    throw new Error(
      `${name} is not set. A production deployment (NODE_ENV=production with DATABASE_URL) must configure it; see README.md.`,
    );
  }
  const file = path.join(dataDir, "secrets.json");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let stored: Partial<Record<LocalSecretName, string>> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8"));
  const existing = stored[name];
  if (existing) return existing;
  const generated = generators[name]();
  stored[name] = generated;
  // 0600: the file holds the key that decrypts bank passwords.
  fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  return generated;
}

/** Fails fast at startup when a production deployment lacks a required secret. */
export function assertProductionSecrets(): void {
  if (serverless) assertServerlessConfig();
  if (!isProductionDeployment) return;
  for (const name of ["AUTH_SECRET", "CREDENTIALS_KEY"] as const) secret(name);
}

// What a serverless deployment must configure, and what to set: nothing may fall back to local disk or to
// state held by one function instance.
const SERVERLESS_REQUIREMENTS = {
  DATABASE_URL:
    "set it to your managed Postgres (its pooled connection string, with DATABASE_POOLER=transaction when the pooler is in transaction mode); the embedded database cannot live on a serverless host",
  INNGEST_EVENT_KEY:
    "set it to an event key of your Inngest Cloud app (with INNGEST_SIGNING_KEY); background jobs cannot run inside a function instance that is frozen between requests",
  INNGEST_SIGNING_KEY:
    "set it to your Inngest Cloud app's signing key, so that /api/inngest accepts only Inngest's calls",
  S3_BUCKET:
    "set S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT, S3_REGION for a non-AWS store); uploaded statements cannot be kept on a function's disk",
  S3_ACCESS_KEY_ID: "set it to the access key id of a key that may read and write S3_BUCKET",
  S3_SECRET_ACCESS_KEY: "set it to the secret of that key",
  AUTH_SECRET:
    "set it to a random value of at least 32 characters (openssl rand -base64 32); a generated one cannot be kept on a serverless host",
  CREDENTIALS_KEY:
    "set it to 32 random bytes in base64 (openssl rand -base64 32), and keep it: it decrypts stored bank passwords",
  REDIS_URL:
    "set it to a Redis server (redis:// or rediss://) shared by every instance; a limit kept in one function instance limits nothing",
} as const;

type ServerlessRequirement = keyof typeof SERVERLESS_REQUIREMENTS;

function serverlessProblem(name: ServerlessRequirement): string {
  return `${name} is not set. On a serverless host (VERCEL=1 or TALLY_SERVERLESS=1) ${SERVERLESS_REQUIREMENTS[name]}. See docs/deploy.md.`;
}

/** Every variable a serverless deployment lacks, each with what to set; empty when it may start. */
export function serverlessConfigProblems(source: Env = env): string[] {
  const names = Object.keys(SERVERLESS_REQUIREMENTS) as ServerlessRequirement[];
  return names.filter((name) => !source[name]).map(serverlessProblem);
}

/** Refuses a serverless start that lacks any required setting, naming every one missing. */
export function assertServerlessConfig(source: Env = env): void {
  const problems = serverlessConfigProblems(source);
  if (problems.length > 0) throw new Error(problems.join("\n"));
}
