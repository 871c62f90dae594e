import { clsx } from "clsx";
import type { Ref } from "react";

/**
 * The polite status line after a category change: what changed, and an Undo while the change can still be undone.
 * Focusable (not in the tab order), so a list that loses the row the user was on can put focus here.
 */
export function ChangeStatus({
  message,
  canUndo,
  undoing,
  onUndo,
  className,
  ref,
}: {
  message: string | null;
  canUndo: boolean;
  undoing: boolean;
  onUndo: () => void;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-live="polite"
      className={clsx(
        "flex min-h-6 flex-wrap items-center gap-3 text-sm text-accent outline-none",
        className,
      )}
    >
      {message ? <span>{message}</span> : null}
      {canUndo ? (
        <button
          type="button"
          disabled={undoing}
          className="rounded font-medium text-accent underline"
          onClick={onUndo}
        >
          {undoing ? "Undoing…" : "Undo"}
        </button>
      ) : null}
    </div>
  );
}
