"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { updateConnectionPasswordAction } from "../actions";

/** For a connection the bank stopped accepting: the new password, checked with the bank before it is kept. */
export function NewPasswordForm({
  connectionId,
  institutionName,
  onSyncStarted,
}: {
  connectionId: string;
  institutionName: string;
  onSyncStarted: (syncId: string) => void;
}) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await updateConnectionPasswordAction({ connectionId, password });
          if (result.ok) {
            setPassword("");
            setError(null);
            onSyncStarted(result.data.syncId);
          } else {
            setError(result.error.fields?.password ?? result.error.message);
          }
        });
      }}
    >
      <Field
        label={`New password for ${institutionName}`}
        type="password"
        autoComplete="off"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={error ?? undefined}
        className="min-w-56 flex-1"
      />
      <Button type="submit" disabled={pending || password === ""}>
        {pending ? "Checking with the bank…" : "Save and sync"}
      </Button>
    </form>
  );
}
