import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Runs the app's real start-up checks (server/operations/startup.ts) in a fresh process with only the
 * environment given, as a server start would: "ready" on stdout when it would serve, exit 1 and the reason
 * on stderr when it refuses.
 */
export function runStartupChecks(
  environment: Record<string, string>,
  nodeEnv: "development" | "production",
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      'const m = await import("./server/operations/startup.ts"); await (m.prepareToServeOrExit ?? m.default.prepareToServeOrExit)(); console.log("ready"); process.exit(0);',
    ],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
      env: { PATH: process.env.PATH, NODE_ENV: nodeEnv, LOG_LEVEL: "silent", ...environment },
    },
  );
}
