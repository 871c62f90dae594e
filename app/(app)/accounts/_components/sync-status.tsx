"use client";

import type { SyncStatus } from "./types";
import type { SyncProgress } from "./use-sync-progress";

/**
 * The live line under a form or card: always rendered, so screen readers hear each change of its text.
 * A failure is repeated in an alert.
 */
export function SyncStatusLine({
  progress,
  runningText,
  doneText,
  announce = true,
}: {
  progress: SyncProgress;
  /** False when another live region on the page already reports this same sync. */
  announce?: boolean;
  runningText: string;
  doneText: (sync: SyncStatus) => string;
}) {
  const failure =
    progress.state === "error"
      ? progress.message
      : progress.state === "done" && progress.sync.status === "failed"
        ? (progress.sync.error ?? "The sync failed. Try again in a few minutes.")
        : null;
  const text =
    progress.state === "running"
      ? runningText
      : progress.state === "done" && progress.sync.status === "succeeded"
        ? doneText(progress.sync)
        : "";
  return (
    <>
      <p
        role={announce ? "status" : undefined}
        aria-live={announce ? "polite" : undefined}
        className="text-sm text-fg-muted"
      >
        {progress.state === "running" ? (
          <span className="inline-flex items-center gap-2">
            <span
              aria-hidden="true"
              className="h-3 w-3 animate-spin rounded-full border-2 border-primary border-t-transparent"
            />
            {text}
          </span>
        ) : (
          text
        )}
      </p>
      {failure ? (
        <p
          role={announce ? "alert" : undefined}
          className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger ring-1 ring-danger-line"
        >
          {failure}
        </p>
      ) : null}
    </>
  );
}
