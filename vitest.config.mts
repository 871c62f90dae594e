import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Most test files leave the process as they found it, so they share one module graph per worker: importing the
// categorization data and the server modules once per worker instead of once per file takes minutes off a run.
// A file that changes the process itself (mocks a module, stubs the environment or a global, spies on a function,
// fakes timers, boots the job runner, or sets process.env) gets a fresh process of its own, found here by reading
// the file, so a new test that does any of that is isolated without anyone remembering to list it.
const CHANGES_THE_PROCESS =
  /\bvi\.(mock|doMock|unmock|stubEnv|stubGlobal|spyOn|useFakeTimers|resetModules)\b|bootEmbeddedRunner|support\/job-worker|process\.env\.\w+\s*=(?!=)|process\.env\[[^\]]+\]\s*=(?!=)|delete process\.env/;

const usesDatabaseServer = Boolean(process.env.DATABASE_URL);
const folders = ["unit", "integration", ...(usesDatabaseServer ? ["postgres"] : [])];
// Recursive, as the globs it replaces were (tests/unit/**/*.test.ts): a test in a subfolder still runs.
const testFiles = folders.flatMap((folder) =>
  fs
    .readdirSync(path.join(root, "tests", folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => `tests/${folder}/${name.split(path.sep).join("/")}`),
);
const isolated = testFiles.filter((file) =>
  CHANGES_THE_PROCESS.test(fs.readFileSync(path.join(root, file), "utf8")),
);
const shared = (folder: string) =>
  testFiles.filter((file) => file.startsWith(`tests/${folder}/`) && !isolated.includes(file));

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
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores, which is a single worker on a 2-core CI machine; the
    // database tests spend much of their time waiting, so at least two keep both cores busy. Larger machines keep
    // the default.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    // tests/postgres holds what only a Postgres server does (two migration runs at once, a connection pool
    // under load): it runs in the Postgres pass (DATABASE_URL set, as in CI), since `npm test` on a fresh
    // machine has only the embedded database.
    projects: [
      { extends: true, test: { name: "unit", include: shared("unit"), isolate: false } },
      {
        extends: true,
        test: {
          name: "database",
          include: [...shared("integration"), ...shared("postgres")],
          isolate: false,
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: { name: "isolated", include: isolated, globalSetup: ["tests/support/global-setup.ts"] },
      },
    ],
  },
});
