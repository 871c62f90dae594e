"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { updateProfileAction } from "../actions";

export function ProfileForm({
  profile,
}: {
  profile: {
    name: string | null;
    monthlyIncome: string | null;
  };
}) {
  const [state, formAction, pending] = useActionState(updateProfileAction, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <form action={formAction} className="space-y-4">
      {state?.ok ? <Alert tone="success">Your settings are saved.</Alert> : null}
      {state && !state.ok ? <Alert>{state.error.message}</Alert> : null}
      <Field
        label="Name"
        name="name"
        defaultValue={profile.name ?? ""}
        autoComplete="name"
        error={fields.name}
      />
      <Field
        label="Monthly income after tax"
        name="monthly_income"
        inputMode="decimal"
        placeholder="4200.00"
        defaultValue={profile.monthlyIncome ?? ""}
        hint="Used to recommend budgets. Leave empty to let Tally estimate it from your deposits."
        error={fields.monthly_income}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
