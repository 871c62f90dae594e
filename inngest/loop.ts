// Runs a "pass" (relay the outbox, claim runs …) now and again: on a timer, when woken, and a few times in the
// second after a kick. A kick follows an outbox write whose transaction may not have committed yet; on
// Postgres its rows are invisible until then, so the loop looks again shortly instead of waiting a whole
// interval. Passes never overlap: a wake during a pass runs one more pass after it.

import { errorSummary } from "@/inngest/errors";
import type { JobLog } from "@/inngest/log";

export interface Loop {
  start(): void;
  /** Runs a pass soon (now, or after the current one). */
  wake(): void;
  /** Like wake, then again a few times over the next ~2 s. */
  kick(): void;
  /** Stops the timers and waits for the pass under way. */
  stop(): Promise<void>;
}

const KICK_FOLLOW_UPS_MS = [5, 25, 100, 400, 1500];

/** `pass` resolves true when there may be more to do right away (a full batch). */
export function createLoop(
  name: string,
  pass: () => Promise<boolean>,
  options: { intervalMs: number; log: JobLog },
): Loop {
  let stopped = true;
  let running: Promise<void> | undefined;
  let again = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  let followUps: ReturnType<typeof setTimeout>[] = [];
  let failures = 0;

  const runPasses = async () => {
    do {
      again = false;
      try {
        if (await pass()) again = true;
        failures = 0;
      } catch (error) {
        // A database that is down, say: report once per streak, keep trying on the timer.
        if (failures++ === 0) options.log.error(`[jobs] ${name} failed: ${errorSummary(error)}`);
      }
    } while (again && !stopped);
  };

  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runPasses().finally(() => {
      running = undefined;
    });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      // unref: a loop must not keep a script or a test worker alive on its own.
      interval = setInterval(wake, options.intervalMs);
      interval.unref?.();
      wake();
    },
    wake,
    kick() {
      wake();
      for (const timer of followUps) clearTimeout(timer);
      followUps = KICK_FOLLOW_UPS_MS.map((ms) => {
        const timer = setTimeout(wake, ms);
        timer.unref?.();
        return timer;
      });
    },
    async stop() {
      stopped = true;
      clearInterval(interval);
      for (const timer of followUps) clearTimeout(timer);
      followUps = [];
      await running;
    },
  };
}
