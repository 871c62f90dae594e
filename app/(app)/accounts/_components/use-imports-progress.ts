"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { getSyncStatusAction } from "../actions";
import { plural } from "./labels";
import type { SyncStatus } from "./types";
import type { SyncProgress } from "./use-sync-progress";

const POLL_MS = 1000;

/**
 * Follows the imports one upload started (one per account in the file) until all have finished, and reports
 * them as one: the rows imported and already in Tally added up, the first failure if any.
 */
export function useImportsProgress() {
  const router = useRouter();
  const [syncIds, setSyncIds] = useState<string[]>([]);
  const [progress, setProgress] = useState<SyncProgress>({ state: "idle" });

  useEffect(() => {
    if (syncIds.length === 0) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const results = await Promise.all(syncIds.map((id) => getSyncStatusAction(id).catch(() => null)));
      if (cancelled) return;
      const failed = results.find((result) => !result?.ok);
      if (failed !== undefined) {
        setProgress({
          state: "error",
          message:
            failed && !failed.ok
              ? failed.error.message
              : "Lost touch with Tally. Reload the page to see where it stands.",
        });
        return;
      }
      const syncs = results.map((result) => (result?.ok ? result.data : null)).filter((s) => s !== null);
      if (syncs.some((sync) => sync.status === "queued" || sync.status === "running")) {
        timer = setTimeout(poll, POLL_MS);
        return;
      }
      setProgress({ state: "done", sync: combine(syncs) });
      router.refresh();
    };
    setProgress({ state: "running", syncId: syncIds[0]! });
    timer = setTimeout(poll, POLL_MS / 2);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [syncIds, router]);

  const follow = useCallback((ids: string[]) => setSyncIds(ids), []);
  return { progress, follow };
}

function combine(syncs: SyncStatus[]): SyncStatus {
  const failed = syncs.find((sync) => sync.status === "failed");
  const imported = syncs.reduce((sum, sync) => sum + sync.imported, 0);
  const duplicates = syncs.reduce((sum, sync) => sum + sync.duplicates, 0);
  return {
    id: syncs[0]?.id ?? "",
    status: failed ? "failed" : "succeeded",
    imported,
    duplicates,
    summary:
      syncs.length === 1 ? (syncs[0]?.summary ?? null) : acrossAccounts(syncs.length, imported, duplicates),
    error: failed?.error ?? null,
  };
}

/** One sentence for a file that went into several accounts: "3 transactions imported into 2 accounts." */
function acrossAccounts(accounts: number, imported: number, duplicates: number): string {
  const already = duplicates > 0 ? `, ${duplicates.toLocaleString("en-US")} already in Tally` : "";
  return `${plural(imported, "transaction")} imported into ${accounts} accounts${already}.`;
}
