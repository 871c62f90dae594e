"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { fieldError } from "@/lib/action-result";
import { updateProfileAction } from "../actions";

export function ProfileForm({
  profile,
  timeZones,
  currencies,
}: {
  profile: {
    name: string | null;
    monthlyIncome: string | null;
    timeZone: string | null;
    /** The currency budgets and income are in now. */
    budgetCurrency: string;
  };
  /** Every zone the server knows, so the server and the browser render the same list. */
  timeZones: string[];
  /** The currencies budgets can be kept in, the current one first. */
  currencies: string[];
}) {
  const [state, dispatch, pending] = useActionState(updateProfileAction, null);
  const [, startTransition] = useTransition();
  const fields = state && !state.ok ? state.error.fields : undefined;
  const hasFieldErrors = Boolean(fields && Object.keys(fields).some((name) => name !== "_"));
  // Until the user picks one, the browser's zone (known only after hydration).
  const [timeZone, setTimeZone] = useState(profile.timeZone ?? "UTC");
  const [budgetCurrency, setBudgetCurrency] = useState(profile.budgetCurrency);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setBrowserZone(zone);
    if (!profile.timeZone && zone) setTimeZone(zone);
  }, [profile.timeZone]);
  const zoneOptions = [...timeZones];
  for (const zone of [timeZone, browserZone]) {
    if (zone && !zoneOptions.includes(zone)) zoneOptions.unshift(zone);
  }
  return (
    <form
      // Dispatched by hand, not as a form action: a form action resets the inputs, and a refused save must
      // keep what was typed next to the messages about it.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
      noValidate
      className="space-y-4"
    >
      {state?.ok ? <Alert tone="success">Your settings are saved.</Alert> : null}
      {state && !state.ok ? (
        <Alert>{hasFieldErrors ? "Please fix the fields marked below." : state.error.message}</Alert>
      ) : null}
      <Field
        label="Name"
        name="name"
        defaultValue={profile.name ?? ""}
        autoComplete="name"
        error={fieldError(fields, "name")}
      />
      <Field
        label={`Monthly income after tax (${budgetCurrency})`}
        name="monthly_income"
        inputMode="decimal"
        placeholder="4200.00"
        defaultValue={profile.monthlyIncome ?? ""}
        hint="Used to recommend budgets. Leave empty to let Tally estimate it from your deposits."
        error={fieldError(fields, "monthly_income")}
      />
      {/* Only someone with money in more than one currency has a choice to make. */}
      {currencies.length > 1 ? (
        <SelectField
          label="Budget currency"
          name="budget_currency"
          value={budgetCurrency}
          onChange={(event) => setBudgetCurrency(event.target.value)}
          options={currencies.map((code) => ({ value: code, label: code }))}
          hint="Budgets and your income are amounts in this currency, and count only spending in it. Amounts you set stay as they are."
          error={fieldError(fields, "budget_currency")}
        />
      ) : null}
      <SelectField
        label="Time zone"
        name="time_zone"
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
        options={zoneOptions.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        hint="Decides when a new month starts for your spending and budgets."
        error={fieldError(fields, "time_zone")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
