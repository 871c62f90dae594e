"use client";

import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteConnectionAction, refreshConnectionAction } from "../actions";
import { AccountRow } from "./account-row";
import { plural } from "./labels";
import { NewPasswordForm } from "./new-password-form";
import { SyncStatusLine } from "./sync-status";
import type { ConnectionView } from "./types";
import { useSyncProgress } from "./use-sync-progress";

export function ConnectionCard({ connection }: { connection: ConnectionView }) {
  const { progress, follow } = useSyncProgress(connection.activeSyncId);
  const [starting, startRefresh] = useTransition();
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const headingId = `connection-${connection.id}`;
  const syncing = starting || progress.state === "running";
  // Still following the first sync the page was rendered with, not one started with Refresh now.
  const [followingFirst, setFollowingFirst] = useState(connection.activeSyncIsFirst);

  return (
    <article aria-labelledby={headingId} className="rounded-xl bg-surface p-5 shadow-sm ring-1 ring-line">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="text-base font-semibold text-fg">
            {connection.institutionName}
          </h3>
          <p className="text-xs text-fg-muted">{connection.syncedLabel}</p>
        </div>
        {connection.status === "active" ? (
          <Badge tone="success">Active</Badge>
        ) : (
          <Badge tone="warning">Needs attention</Badge>
        )}
      </div>
      {connection.status === "needs_attention" ? (
        <div className="mt-3 rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning ring-1 ring-warning-line">
          <p>{connection.lastError ?? "The last few syncs did not succeed."}</p>
          <p className="mt-1">
            Check that you can sign in at your bank&apos;s website. If your password changed, enter the new
            one here; otherwise press Refresh now.
          </p>
          <NewPasswordForm
            connectionId={connection.id}
            institutionName={connection.institutionName}
            onSyncStarted={(syncId) => {
              setFollowingFirst(false);
              follow(syncId);
            }}
          />
        </div>
      ) : connection.lastSyncError ? (
        <p className="mt-3 text-sm text-warning">Last sync failed: {connection.lastSyncError}</p>
      ) : null}
      <ul className="mt-2 divide-y divide-line">
        {connection.accounts.map((account) => (
          <AccountRow key={account.id} account={account} />
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-line pt-3">
        <Button
          variant="secondary"
          disabled={syncing}
          onClick={() =>
            startRefresh(async () => {
              setRefreshError(null);
              const result = await refreshConnectionAction(connection.id);
              if (result.ok) {
                setFollowingFirst(false);
                follow(result.data.syncId);
              } else setRefreshError(result.error.message);
            })
          }
        >
          Refresh now
        </Button>
        <ConfirmButton
          label="Remove"
          accessibleLabel={`Remove ${connection.institutionName}`}
          title={`Remove ${connection.institutionName}?`}
          confirmLabel="Remove connection"
          pendingLabel="Removing…"
          onConfirm={async () => {
            const result = await deleteConnectionAction(connection.id);
            return result.ok ? null : result.error.message;
          }}
        >
          <p>
            This deletes {plural(connection.accounts.length, "account")} from Tally, with all of their
            transactions:
          </p>
          <ul className="list-disc pl-5">
            {connection.accounts.map((account) => (
              <li key={account.id}>
                {account.name}
                {account.mask ? ` ••${account.mask}` : ""}
              </li>
            ))}
          </ul>
          <p>Nothing changes at your bank. You can link it again later.</p>
        </ConfirmButton>
        <div className="min-w-0 flex-1">
          <SyncStatusLine
            progress={progress}
            // The link form reports the first sync aloud; the card shows it without repeating it.
            announce={!followingFirst}
            runningText={followingFirst ? "Importing your transactions…" : "Syncing…"}
            doneText={(sync) =>
              followingFirst
                ? `${plural(sync.imported, "transaction")} imported`
                : sync.imported > 0
                  ? (sync.summary ?? plural(sync.imported, "new transaction"))
                  : "No new transactions"
            }
          />
          {refreshError ? (
            <p role="alert" className="text-sm text-danger">
              {refreshError}
            </p>
          ) : null}
        </div>
      </div>
    </article>
  );
}
