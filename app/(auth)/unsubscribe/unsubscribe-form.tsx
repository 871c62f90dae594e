"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unsubscribeAction } from "./actions";

export function UnsubscribeForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(unsubscribeAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-3 text-sm text-fg-muted">
        <Alert tone="success">Done: Tally will not e-mail {email} any more.</Alert>
        <p>
          Notifications still appear in the app. You can turn e-mail back on in{" "}
          <Link href="/settings#notifications" className="font-medium text-accent underline">
            Settings
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <p className="text-sm text-fg-muted">
        Tally e-mails <strong className="font-medium text-fg">{email}</strong> when a budget is nearly used up
        or over, and about your bank connections. Turn those e-mails off? Notifications will still appear in
        the app.
      </p>
      {state && !state.ok ? <Alert>{state.error.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Turning e-mails off…" : "Turn off e-mails"}
      </Button>
    </form>
  );
}
