"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { getSyncStatusAction } from "../actions";
import type { SyncStatus } from "./types";

const POLL_MS = 1000;

export type SyncProgress =
  | { state: "idle" }
  | { state: "running"; syncId: string }
  | { state: "done"; sync: SyncStatus }
  | { state: "error"; message: string };

/**
 * Follows a sync until it finishes (polling about once a second), then refreshes the page's server data so
 * balances, "Synced … ago" and transaction counts catch up.
 */
export function useSyncProgress(initialSyncId: string | null = null) {
  const router = useRouter();
  const [progress, setProgress] = useState<SyncProgress>(
    initialSyncId ? { state: "running", syncId: initialSyncId } : { state: "idle" },
  );
  const runningId = progress.state === "running" ? progress.syncId : null;

  useEffect(() => {
    if (!runningId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await getSyncStatusAction(runningId).catch(() => null);
      if (cancelled) return;
      if (!result) {
        setProgress({
          state: "error",
          message: "Lost touch with Tally. Reload the page to see where it stands.",
        });
      } else if (!result.ok) {
        setProgress({ state: "error", message: result.error.message });
      } else if (result.data.status === "queued" || result.data.status === "running") {
        timer = setTimeout(poll, POLL_MS);
      } else {
        setProgress({ state: "done", sync: result.data });
        router.refresh();
      }
    };
    timer = setTimeout(poll, POLL_MS / 2);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [runningId, router]);

  const follow = useCallback((syncId: string) => setProgress({ state: "running", syncId }), []);
  const reset = useCallback(() => setProgress({ state: "idle" }), []);
  return { progress, follow, reset };
}
