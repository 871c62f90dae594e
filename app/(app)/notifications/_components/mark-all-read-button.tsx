"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { announceNotificationsChanged } from "@/lib/notification-events";
import { markAllNotificationsReadAction } from "../actions";

export function MarkAllReadButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllNotificationsReadAction();
            setError(result.ok ? null : result.error.message);
            announceNotificationsChanged();
          })
        }
      >
        {pending ? "Marking…" : "Mark all as read"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
