"use client";

import { useActionState, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createTokenAction, deleteTokenAction } from "../actions";

/** Copies to the clipboard and says so; where the clipboard is unavailable, the token stays selectable. */
function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <Button
        variant="secondary"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied("copied"),
            () => setCopied("failed"),
          )
        }
      >
        {copied === "copied" ? "Copied" : "Copy"}
      </Button>
      <span role="status" className="sr-only">
        {copied === "copied"
          ? "Token copied to the clipboard"
          : copied === "failed"
            ? "Copying failed; select the token instead"
            : ""}
      </span>
    </>
  );
}

type TokenRow = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

const formatWhen = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "Never";

export function TokensPanel({ tokens }: { tokens: TokenRow[] }) {
  const [state, formAction, pending] = useActionState(createTokenAction, null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};

  return (
    <div className="space-y-6">
      {state?.ok ? (
        <Alert tone="success">
          <p className="font-medium">
            Token “{state.data.name}” created. Copy it now: it will not be shown again.
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              data-testid="new-token"
              className="block min-w-0 flex-1 break-all rounded bg-surface px-2 py-1 font-mono text-xs"
            >
              {state.data.token}
            </code>
            <CopyButton text={state.data.token} />
          </div>
        </Alert>
      ) : null}
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <Field
          label="Token name"
          name="name"
          placeholder="Budget script"
          className="min-w-56 flex-1"
          error={fields.name}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {deleteError ? <Alert>{deleteError}</Alert> : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-fg-muted">No tokens yet. Create one to use the REST API from scripts.</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg ring-1 ring-line">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="text-sm font-medium text-fg">{token.name}</p>
                <p className="text-xs text-fg-muted">
                  Created {formatWhen(token.createdAt)} · Last used {formatWhen(token.lastUsedAt)}
                </p>
              </div>
              {confirming === token.id ? (
                <div className="flex items-center gap-2">
                  <span className="text-sm text-fg-muted">Revoke this token?</span>
                  <Button
                    variant="danger"
                    disabled={deleting}
                    onClick={() =>
                      startDelete(async () => {
                        const result = await deleteTokenAction(token.id);
                        setDeleteError(result.ok ? null : result.error.message);
                        setConfirming(null);
                      })
                    }
                  >
                    {deleting ? "Revoking…" : "Revoke"}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(null)}>
                    Cancel
                  </Button>
                </div>
              ) : (
                <Button
                  variant="secondary"
                  onClick={() => setConfirming(token.id)}
                  aria-label={`Revoke ${token.name}`}
                >
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
