import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside a React Server Component bundle; tests import server/ directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    // Tests never touch the developer's .data directory or secrets.
    // Server code logs through pino; in tests its lines would only bury the failures.
    env: { DATA_DIR: ".test-data/data", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "silent" },
    // tests/postgres holds what only a Postgres server does (two migration runs at once, a connection pool
    // under load): it runs in the Postgres pass (DATABASE_URL set, as in CI), since `npm test` on a fresh
    // machine has only the embedded database.
    include: [
      "tests/unit/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      ...(process.env.DATABASE_URL ? ["tests/postgres/**/*.test.ts"] : []),
    ],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
