"use client";

import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { updateProfileAction } from "../actions";

export function ProfileForm({
  profile,
  timeZones,
}: {
  profile: {
    name: string | null;
    monthlyIncome: string | null;
    timeZone: string | null;
  };
  /** Every zone the server knows, so the server and the browser render the same list. */
  timeZones: string[];
}) {
  const [state, formAction, pending] = useActionState(updateProfileAction, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  // Until the user picks one, the browser's zone (known only after hydration).
  const [timeZone, setTimeZone] = useState(profile.timeZone ?? "UTC");
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
      <SelectField
        label="Time zone"
        name="time_zone"
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
        options={zoneOptions.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        hint="Decides when a new month starts for your spending and budgets."
        error={fields.time_zone}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
