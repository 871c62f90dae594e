// Builds the process's one embedded runner from inngest/index.ts and registers it as the target of
// `sendEvents`. Loaded lazily (by sendEvents' first call, or by instrumentation-node.ts, which starts it) so
// that importing inngest/client.ts never pulls in the function files and, through them, server/.

import { serverless } from "@/env";
import { registerEmbeddedDispatcher } from "@/inngest/client";
import {
  createEmbeddedRunner,
  type EmbeddedRunner,
  type EmbeddedRunnerOptions,
} from "@/inngest/embedded/runner";
import { embeddedFunctions } from "@/inngest/index";

// Next can evaluate this module more than once per process (instrumentation vs. route bundles, dev reloads):
// one runner per process, or each copy would claim runs under its own lease.
const jobsGlobal = globalThis as unknown as { __tallyEmbeddedRunner?: EmbeddedRunner };

/**
 * The process's runner, created on first call with `runner` options (later calls reuse it). `start` makes it
 * work in the background: claim runs, relay the outbox, fire cron ticks. Without it, only drain() works.
 */
export function bootEmbeddedRunner(
  options: { start?: boolean; runner?: EmbeddedRunnerOptions } = {},
): EmbeddedRunner {
  // A function instance is frozen between requests and discarded at will: runs it claimed would stall.
  if (serverless)
    throw new Error("The embedded job runner does not run on a serverless host: jobs go to Inngest.");
  let runner = jobsGlobal.__tallyEmbeddedRunner;
  if (!runner) {
    runner = createEmbeddedRunner(embeddedFunctions, options.runner);
    jobsGlobal.__tallyEmbeddedRunner = runner;
  }
  registerEmbeddedDispatcher(runner.dispatch);
  if (options.start) runner.start();
  return runner;
}

/** The process's runner, created (not started) on first use. */
export function getEmbeddedRunner(): EmbeddedRunner {
  return bootEmbeddedRunner();
}
