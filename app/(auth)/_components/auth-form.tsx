"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

type Mode = "signin" | "signup";

export function AuthForm({
  mode,
  action,
  callbackUrl,
}: {
  mode: Mode;
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  callbackUrl?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  // Field problems are shown beside each field; the banner only summarizes them.
  const message =
    state && !state.ok
      ? Object.keys(fields).length > 0
        ? "Please fix the fields marked below."
        : state.error.message
      : null;
  // Controlled so a failed attempt keeps what was typed (form actions reset uncontrolled inputs).
  const [email, setEmail] = useState("");
  const signingUp = mode === "signup";

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {message ? <Alert>{message}</Alert> : null}
      {signingUp ? (
        <Field label="Name (optional)" name="name" autoComplete="name" error={fields.name} />
      ) : null}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fields.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={signingUp ? "new-password" : "current-password"}
        required
        minLength={signingUp ? 10 : undefined}
        hint={signingUp ? "At least 10 characters." : undefined}
        error={fields.password}
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending
          ? signingUp
            ? "Creating your account…"
            : "Signing in…"
          : signingUp
            ? "Create account"
            : "Sign in"}
      </Button>
      <p className="text-center text-sm text-fg-muted">
        {signingUp ? (
          <>
            Already have an account?{" "}
            <Link className="font-medium text-accent underline" href="/login">
              Sign in
            </Link>
          </>
        ) : (
          <>
            New to Tally?{" "}
            <Link className="font-medium text-accent underline" href="/signup">
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
