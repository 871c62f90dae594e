// A stand-in for the app's job process, for the kill tests (tests/integration/jobs-kill.test.ts): opens the
// database the environment names (DATABASE_URL, else the PGlite directory under DATA_DIR), and either
//   WORKER_MODE=run: runs the real function list in the durable embedded runner until there is nothing left,
//     printing "PAUSED <function> <step> <phase>" and hanging when WORKER_PAUSE_AT ("function:step-prefix:phase")
//     matches a step, so the test can SIGKILL it there; "DRAINED" once done;
//   WORKER_MODE=recategorize: recategorizes WORKER_ARGS ({ userId, transactionId, categoryId }) through the
//     domain function, prints "WROTE" and hangs (its event waits in the outbox).
// Run with: node --conditions=react-server --import tsx tests/support/job-worker.ts

import { getDatabaseHandle } from "@/db";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { embeddedFunctions } from "@/inngest/index";
import type { JobLog } from "@/inngest/log";

const forever = () => new Promise<never>(() => {});
const say = (line: string) => process.stdout.write(`${line}\n`);
const log: JobLog = {
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`${message}\n`),
  error: (message) => process.stderr.write(`${message}\n`),
};

async function main() {
  const handle = await getDatabaseHandle();
  if (process.env.WORKER_MODE === "recategorize") {
    const { recategorizeTransaction } = await import("@/server/transactions/recategorize");
    const args = JSON.parse(process.env.WORKER_ARGS ?? "{}");
    await recategorizeTransaction(handle.db, args.userId, args.transactionId, {
      categoryId: args.categoryId,
      applyToSeller: true,
    });
    say("WROTE");
    await forever();
  }
  const [pauseFunction, pauseStep, pausePhase] = (process.env.WORKER_PAUSE_AT ?? "").split(":");
  const runner = createEmbeddedRunner(embeddedFunctions, {
    database: getDatabaseHandle,
    pollIntervalMs: 50,
    leaseMs: 1500,
    baseDelayMs: 50,
    log,
    onStep: async ({ functionId, stepId, phase }) => {
      if (functionId === pauseFunction && stepId.startsWith(pauseStep ?? "") && phase === pausePhase) {
        say(`PAUSED ${functionId} ${stepId} ${phase}`);
        await forever();
      }
    },
  });
  runner.start();
  await runner.drain({ horizonMs: 0 });
  say("DRAINED");
  await runner.stop();
  await handle.close();
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
