"use client";

import { Field, SelectField } from "@/components/ui/field";
import { accountTypeLabels } from "./labels";
import type { ManualAccountOption } from "./types";

export type NewAccount = { name: string; type: ManualAccountOption["type"]; currency: string };

/** Name, type and currency of an account a statement file creates. */
export function NewAccountFields({
  value,
  onChange,
  nameLabel = "Account name",
  errors = {},
}: {
  value: NewAccount;
  onChange: (value: NewAccount, changed: keyof NewAccount) => void;
  nameLabel?: string;
  errors?: Record<string, string>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_minmax(0,1fr)]">
      <Field
        label={nameLabel}
        name="name"
        placeholder="Credit union checking"
        value={value.name}
        maxLength={100}
        onChange={(event) => onChange({ ...value, name: event.target.value }, "name")}
        error={errors.name}
        required
      />
      <SelectField
        label="Type"
        name="type"
        value={value.type}
        onChange={(event) => onChange({ ...value, type: event.target.value as NewAccount["type"] }, "type")}
        error={errors.type}
        options={Object.entries(accountTypeLabels).map(([type, label]) => ({ value: type, label }))}
      />
      <Field
        label="Currency"
        name="currency"
        value={value.currency}
        onChange={(event) => onChange({ ...value, currency: event.target.value.toUpperCase() }, "currency")}
        maxLength={3}
        autoCapitalize="characters"
        error={errors.currency}
      />
    </div>
  );
}
