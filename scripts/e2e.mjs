// npm run test:e2e — builds the app and runs the Playwright suite against `next start`, when a browser exists.
// Outside CI a missing browser is one clear line, not a failure; in CI (CI=true) it fails the run.

import { spawnSync } from "node:child_process";
import { findChromium, playwrightOwnChromium } from "./chromium.mjs";

const found = findChromium();
const executable = found?.executablePath ?? (await playwrightOwnChromium());
if (!executable) {
  const how =
    "install Chromium (Debian/Ubuntu: apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome";
  if (process.env.CI === "true") {
    console.error(`Browser tests cannot run: no Chromium found. In CI this is a failure; ${how}.`);
    process.exit(1);
  }
  console.log(`Browser tests did not run: no Chromium found. To enable them, ${how}.`);
  process.exit(0);
}

const env = { ...process.env, PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable, NEXT_TELEMETRY_DISABLED: "1" };
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
run("npx", ["playwright", "test", ...process.argv.slice(2)]);
