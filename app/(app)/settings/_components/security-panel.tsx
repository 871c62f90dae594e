"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { changePasswordAction, signOutEverywhereAction } from "../actions";

/** Password change and "sign out everywhere": both end other browsers' sessions on the server. */
export function SecurityPanel({ hasPassword }: { hasPassword: boolean }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <div className="space-y-6">
      <form ref={form} action={formAction} className="space-y-4" aria-label="Change password">
        {state?.ok ? (
          <Alert tone="success">Your password is changed. Every other browser was signed out.</Alert>
        ) : null}
        {state && !state.ok ? <Alert>{state.error.message}</Alert> : null}
        {hasPassword ? (
          <Field
            label="Current password"
            name="current_password"
            type="password"
            autoComplete="current-password"
            required
            error={fields.current_password}
          />
        ) : null}
        <Field
          label={hasPassword ? "New password" : "Password"}
          name="new_password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters. Other browsers signed in to your account will be signed out."
          error={fields.new_password}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : hasPassword ? "Change password" : "Set password"}
        </Button>
      </form>
      <div className="border-t border-line pt-4">
        <p className="mb-3 text-sm text-fg-muted">
          Lost a device, or signed in on a shared computer? End every session, this one included.
        </p>
        <ConfirmButton
          label="Sign out everywhere"
          title="Sign out everywhere?"
          confirmLabel="Sign out everywhere"
          pendingLabel="Signing out…"
          onConfirm={async () => {
            const result = await signOutEverywhereAction();
            return result.ok ? null : result.error.message;
          }}
        >
          <p>
            Every browser signed in to your account is signed out, this one too. Personal access tokens keep
            working; revoke them above if you need to.
          </p>
        </ConfirmButton>
      </div>
    </div>
  );
}
