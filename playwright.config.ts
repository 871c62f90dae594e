import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Every run gets its own embedded database, so browser tests never see a developer's data.
const dataDir = path.resolve(".test-data", `e2e-${Date.now().toString(36)}`);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI === "true" ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI === "true" ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      DATA_DIR: dataDir,
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // The browser tests link the built-in Demo Bank, which a production server offers only when asked to.
      DEMO_BANK: "on",
      // Every browser test signs up from 127.0.0.1; the per-address sign-up limit is for the open internet.
      SIGNUPS_PER_HOUR: "1000",
      // On a Postgres server the app runs as a production deployment, which must be given its secrets.
      ...(process.env.DATABASE_URL
        ? {
            AUTH_SECRET: randomBytes(32).toString("base64url"),
            CREDENTIALS_KEY: randomBytes(32).toString("base64"),
          }
        : {}),
    },
  },
});
