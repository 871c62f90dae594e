"use client";

import { SelectField } from "@/components/ui/field";
import type { CsvMapping, CsvPreviewData } from "./types";

/** What the mapping form edits; the rest of the mapping in force (memo, type column…) is kept as it was. */
export type MappingDraft = {
  headerRow: number | null;
  date: number;
  description: number;
  amountMode: "single" | "split";
  amount: number;
  debit: number;
  credit: number;
  /** -1 for none. */
  balance: number;
  status: number;
  dateFormat: CsvMapping["dateFormat"];
  signConvention: CsvMapping["signConvention"];
  decimalSeparator: CsvMapping["decimalSeparator"];
};

export function draftFromPreview(preview: CsvPreviewData): MappingDraft {
  const mapping = preview.mapping;
  const last = Math.max(0, preview.columns.length - 1);
  const split =
    mapping?.amount === undefined && (mapping?.debit !== undefined || mapping?.credit !== undefined);
  return {
    headerRow: mapping?.headerRow ?? preview.headerRow ?? null,
    date: mapping?.date ?? 0,
    description: mapping?.description ?? Math.min(1, last),
    amountMode: split ? "split" : "single",
    amount: mapping?.amount ?? Math.min(2, last),
    debit: mapping?.debit ?? Math.min(2, last),
    credit: mapping?.credit ?? Math.min(3, last),
    balance: mapping?.balance ?? -1,
    status: mapping?.status ?? -1,
    dateFormat: mapping?.dateFormat ?? "MM/DD/YYYY",
    signConvention: mapping?.signConvention ?? "negative_is_out",
    decimalSeparator: mapping?.decimalSeparator ?? ".",
  };
}

/** The whole mapping to read the file with: the one in force, corrected by the draft. */
export function mappingFromDraft(preview: CsvPreviewData, draft: MappingDraft): CsvMapping {
  const {
    amount: detectedAmount,
    fee,
    otherCurrencyAmount,
    debit: _d,
    credit: _c,
    typeColumn,
    balance: detectedBalance,
    balanceBeforeRow,
    status: _s,
    ...base
  } = preview.mapping ?? ({} as Partial<CsvMapping>);
  const common = {
    ...base,
    headerRow: draft.headerRow,
    date: draft.date,
    description: draft.description,
    dateFormat: draft.dateFormat,
    signConvention: draft.signConvention,
    decimalSeparator: draft.decimalSeparator,
    ...(draft.balance >= 0 ? { balance: draft.balance } : {}),
    // ASN's balance is the one before each row; another column the user picks is read as written.
    ...(balanceBeforeRow && draft.balance === detectedBalance ? { balanceBeforeRow } : {}),
    ...(draft.status >= 0 ? { status: draft.status } : {}),
  };
  // Revolut's fee goes with the amount column it was found beside, not with another the user picks.
  const keepsFee = fee !== undefined && draft.amount === detectedAmount;
  // So does RBC's second currency column ("USD$" beside "CAD$").
  const keepsOtherCurrency = otherCurrencyAmount !== undefined && draft.amount === detectedAmount;
  return draft.amountMode === "single"
    ? {
        ...common,
        amount: draft.amount,
        ...(typeColumn === undefined ? {} : { typeColumn }),
        ...(keepsFee ? { fee } : {}),
        ...(keepsOtherCurrency ? { otherCurrencyAmount } : {}),
      }
    : { ...common, debit: draft.debit, credit: draft.credit };
}

const SIGN_LABELS: Record<CsvMapping["signConvention"], string> = {
  negative_is_out: "Negative amounts are money out (most banks)",
  positive_is_out: "Positive amounts are money out (some card exports)",
  credits_marked: "Only credits are marked (CR or +); everything else is money out",
};

/** The columns as Tally reads them, in words: "Date: Buchungstag (DD.MM.YYYY)". */
export function CsvReadSummary({ preview }: { preview: CsvPreviewData }) {
  const mapping = preview.mapping;
  if (!mapping) return null;
  const name = (index: number | undefined) =>
    index === undefined ? null : (preview.columns[index] ?? `Column ${index + 1}`);
  const amount =
    mapping.amount !== undefined
      ? `${name(mapping.amount)}${mapping.typeColumn !== undefined ? `, with debit or credit in ${name(mapping.typeColumn)}` : ""}${
          mapping.otherCurrencyAmount
            ? `, or ${name(mapping.otherCurrencyAmount.column)} for amounts in ${mapping.otherCurrencyAmount.currency}`
            : ""
        }`
      : `money out in ${name(mapping.debit)}, money in in ${name(mapping.credit)}`;
  const rows: [string, string | null][] = [
    ["Date", `${name(mapping.date)} (${mapping.dateFormat})`],
    ["Purchase date", name(mapping.transactionDate)],
    ["Description", name(mapping.description)],
    ["Description of money in", name(mapping.descriptionIn)],
    ["Details", name(mapping.memo)],
    [
      "Amount",
      `${amount}; decimal ${mapping.decimalSeparator === "," ? "comma" : "point"}${
        mapping.amount !== undefined && mapping.typeColumn === undefined
          ? `; ${SIGN_LABELS[mapping.signConvention].toLowerCase()}`
          : ""
      }`,
    ],
    ["Balance", name(mapping.balance)],
    ["Pending or posted", name(mapping.status)],
    ["Currency", name(mapping.currencyColumn) ?? mapping.currency ?? null],
    ["Account", name(mapping.account) ?? name(mapping.accountName)],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {rows
        .filter((row): row is [string, string] => row[1] !== null)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-fg-muted">{label}</dt>
            <dd className="min-w-0 break-words text-fg-muted">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function CsvPreviewTable({ preview, fileName }: { preview: CsvPreviewData; fileName: string }) {
  const { columns, sampleRows: rows } = preview;
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-line">
      <table className="min-w-full divide-y divide-line text-left text-xs">
        <caption className="sr-only">First rows of {fileName}</caption>
        <thead className="bg-surface-muted">
          <tr>
            {columns.map((name, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may repeat names
              <th key={i} scope="col" className="px-2 py-1.5 font-medium whitespace-nowrap text-fg-muted">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line bg-surface">
          {rows.slice(0, 5).map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
            <tr key={r}>
              {columns.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={c} className="max-w-48 truncate px-2 py-1.5 whitespace-nowrap text-fg-muted">
                  {row[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The form for correcting (or, for a file Tally could not read, giving) the column mapping. */
export function CsvMappingFields({
  preview,
  draft,
  onChange,
  dateFormats,
}: {
  preview: CsvPreviewData;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  dateFormats: readonly string[];
}) {
  const columnOptions = preview.columns.map((name, i) => ({ value: String(i), label: name }));
  const optional = [{ value: "-1", label: "None" }, ...columnOptions];
  const set = (patch: Partial<MappingDraft>) => onChange({ ...draft, ...patch });
  // Only a file whose first row could be either names or data offers the choice.
  const headerToggle = preview.headerRow === null || preview.headerRow === 0;
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-line p-4">
      <legend className="px-1 text-sm font-semibold text-fg">Map the columns</legend>
      {headerToggle ? (
        <label className="flex items-center gap-2 text-sm text-fg-muted">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-control"
            checked={draft.headerRow !== null}
            onChange={(event) => set({ headerRow: event.target.checked ? 0 : null })}
          />
          The first row holds column names
        </label>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Date column"
          value={String(draft.date)}
          onChange={(event) => set({ date: Number(event.target.value) })}
          options={columnOptions}
        />
        <SelectField
          label="Description column"
          value={String(draft.description)}
          onChange={(event) => set({ description: Number(event.target.value) })}
          options={columnOptions}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-fg-muted">Amounts are in</legend>
        <div className="flex flex-wrap gap-4 text-sm text-fg-muted">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="amount_mode"
              checked={draft.amountMode === "single"}
              onChange={() => set({ amountMode: "single" })}
            />
            One amount column
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="amount_mode"
              checked={draft.amountMode === "split"}
              onChange={() => set({ amountMode: "split" })}
            />
            Separate money out and money in columns
          </label>
        </div>
      </fieldset>
      {draft.amountMode === "single" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Amount column"
            value={String(draft.amount)}
            onChange={(event) => set({ amount: Number(event.target.value) })}
            options={columnOptions}
          />
          <SelectField
            label="Sign of money out"
            value={draft.signConvention}
            onChange={(event) =>
              set({ signConvention: event.target.value as MappingDraft["signConvention"] })
            }
            options={Object.entries(SIGN_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Money out (debit) column"
            value={String(draft.debit)}
            onChange={(event) => set({ debit: Number(event.target.value) })}
            options={columnOptions}
          />
          <SelectField
            label="Money in (credit) column"
            value={String(draft.credit)}
            onChange={(event) => set({ credit: Number(event.target.value) })}
            options={columnOptions}
          />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Date format"
          value={draft.dateFormat}
          onChange={(event) => set({ dateFormat: event.target.value as MappingDraft["dateFormat"] })}
          options={dateFormats.map((format) => ({ value: format, label: format }))}
        />
        <SelectField
          label="Decimal separator"
          value={draft.decimalSeparator}
          onChange={(event) =>
            set({ decimalSeparator: event.target.value as MappingDraft["decimalSeparator"] })
          }
          options={[
            { value: ".", label: "Point (1,234.56)" },
            { value: ",", label: "Comma (1.234,56)" },
          ]}
        />
        <SelectField
          label="Balance column"
          value={String(draft.balance)}
          onChange={(event) => set({ balance: Number(event.target.value) })}
          options={optional}
        />
        <SelectField
          label="Pending or posted column"
          value={String(draft.status)}
          onChange={(event) => set({ status: Number(event.target.value) })}
          options={optional}
        />
      </div>
    </fieldset>
  );
}
