// Builds the process's one embedded runner from inngest/index.ts and registers it as the target of
// `sendEvents`. Loaded lazily (by sendEvents' first call, or by instrumentation.ts with startCron) so that
// importing inngest/client.ts never pulls in the function files and, through them, server/.

import { registerEmbeddedDispatcher } from "@/inngest/client";
import {
  createEmbeddedRunner,
  type EmbeddedRunner,
  type EmbeddedRunnerOptions,
} from "@/inngest/embedded/runner";
import { functions } from "@/inngest/index";

// Next can evaluate this module more than once per process (instrumentation vs. route bundles, dev reloads):
// one runner per process, or concurrency limits and event dedupe would split between copies.
const jobsGlobal = globalThis as unknown as { __tallyEmbeddedRunner?: EmbeddedRunner };

export function bootEmbeddedRunner(
  options: { startCron?: boolean; runner?: EmbeddedRunnerOptions } = {},
): EmbeddedRunner {
  let runner = jobsGlobal.__tallyEmbeddedRunner;
  if (!runner) {
    runner = createEmbeddedRunner(functions, options.runner);
    jobsGlobal.__tallyEmbeddedRunner = runner;
  }
  registerEmbeddedDispatcher(runner.dispatch);
  if (options.startCron) runner.start();
  return runner;
}

/** The process's runner, created (without cron) on first use. */
export function getEmbeddedRunner(): EmbeddedRunner {
  return bootEmbeddedRunner();
}
