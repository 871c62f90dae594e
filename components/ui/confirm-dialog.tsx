"use client";

import { useId, useRef, useState, useTransition } from "react";
import { Alert } from "./alert";
import { Button, buttonClasses } from "./button";

/**
 * A button that asks before doing something destructive, in a native modal <dialog>: focus moves into it and
 * stays there, Escape cancels, and focus returns to the button afterwards. `onConfirm` returns an error
 * message to show in the dialog, or null when done.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  confirmLabel,
  pendingLabel,
  onConfirm,
  children,
}: {
  label: string;
  /** A longer name for screen readers when several such buttons share a page ("Remove Demo Bank"). */
  accessibleLabel?: string;
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => Promise<string | null>;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const titleId = useId();
  const bodyId = useId();

  return (
    <>
      <Button
        variant="secondary"
        aria-label={accessibleLabel}
        aria-haspopup="dialog"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
          // The safe choice gets the focus.
          cancel.current?.focus();
        }}
      >
        {label}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-surface p-0 text-fg shadow-xl ring-1 ring-line"
      >
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div id={bodyId} className="space-y-2 text-sm text-fg-muted">
            {children}
          </div>
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex flex-wrap justify-end gap-2">
            <button
              ref={cancel}
              type="button"
              className={buttonClasses("secondary")}
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const message = await onConfirm();
                  if (message) setError(message);
                  else dialog.current?.close();
                })
              }
            >
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
