"use client";

import Link from "next/link";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { updateNotificationSettingsAction } from "../actions";

const MAX_THRESHOLDS = 5;

export type NotificationSettings = {
  notifyThresholds: number[];
  emailNotifications: boolean;
  notifySyncCompleted: boolean;
};

type Row = { key: number; value: string };

export function NotificationSettingsForm({
  settings,
  outboxAvailable,
}: {
  settings: NotificationSettings;
  /** E-mail goes to the file outbox (no SMTP server, not production): say where to read it. */
  outboxAvailable: boolean;
}) {
  const [state, formAction, pending] = useActionState(updateNotificationSettingsAction, null);
  const nextKey = useRef(settings.notifyThresholds.length);
  const [rows, setRows] = useState<Row[]>(() =>
    settings.notifyThresholds.map((value, key) => ({ key, value: String(value) })),
  );
  const listId = useId();

  // Saved: show the percentages as stored (sorted, each once).
  useEffect(() => {
    if (!state?.ok) return;
    setRows(state.data.notifyThresholds.map((value) => ({ key: nextKey.current++, value: String(value) })));
  }, [state]);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};

  const add = () => setRows((current) => [...current, { key: nextKey.current++, value: "" }]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));
  const change = (key: number, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, value } : row)));

  return (
    <form action={formAction} aria-label="Notification settings" className="space-y-5">
      {state?.ok ? <Alert tone="success">Your notification settings are saved.</Alert> : null}
      {state && !state.ok ? <Alert>{state.error.message}</Alert> : null}
      <fieldset className="space-y-3" aria-describedby={`${listId}-hint`}>
        <legend className="text-sm font-medium text-fg-muted">
          Tell me when a category reaches these percentages of its budget
        </legend>
        <p id={`${listId}-hint`} className="text-xs text-fg-subtle">
          Tally always tells you when a category goes over its budget (100%). Percentages under 100 warn
          before that; ones above 100 tell how far past it the spending has gone. Whole numbers from 1 to 500.
          When one purchase passes several at once, you hear only the highest, and never a lower one later
          that month.
        </p>
        {fields.notify_thresholds ? <p className="text-xs text-danger">{fields.notify_thresholds}</p> : null}
        <ul className="space-y-2">
          {rows.map((row, index) => (
            <li key={row.key} className="flex items-end gap-2">
              <Field
                label={`Percentage ${index + 1}`}
                name="notify_thresholds"
                inputMode="numeric"
                value={row.value}
                onChange={(event) => change(row.key, event.target.value)}
                error={fields[`notify_thresholds.${index}`]}
                className="w-40"
              />
              <span aria-hidden="true" className="pb-2 text-sm text-fg-muted">
                %
              </span>
              <Button
                variant="ghost"
                className="mb-0.5"
                disabled={rows.length === 1}
                aria-label={`Remove percentage ${index + 1}${row.value ? ` (${row.value}%)` : ""}`}
                onClick={() => remove(row.key)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <Button variant="secondary" onClick={add} disabled={rows.length >= MAX_THRESHOLDS}>
          Add a percentage
        </Button>
        {rows.length >= MAX_THRESHOLDS ? (
          <p className="text-xs text-fg-subtle">Five percentages at most.</p>
        ) : null}
      </fieldset>
      <div className="space-y-2">
        <Checkbox name="email_notifications" checked={settings.emailNotifications}>
          E-mail me my notifications too
        </Checkbox>
        <Checkbox name="notify_sync_completed" checked={settings.notifySyncCompleted}>
          Tell me each time a sync brings new transactions
        </Checkbox>
        {outboxAvailable ? (
          <p className="text-xs text-fg-subtle">
            No mail server is set up, so e-mails are kept in your{" "}
            <Link href="/outbox" className="font-medium text-accent underline">
              outbox
            </Link>{" "}
            instead of being sent.
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save notification settings"}
      </Button>
    </form>
  );
}

function Checkbox({
  name,
  checked,
  children,
}: {
  name: string;
  checked: boolean;
  children: React.ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 text-sm text-fg-muted">
      <input
        type="checkbox"
        name={name}
        defaultChecked={checked}
        className="mt-0.5 h-4 w-4 rounded border-control"
      />
      <span>{children}</span>
    </label>
  );
}
