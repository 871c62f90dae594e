"use client";

import { SelectField } from "@/components/ui/field";
import { layoutName } from "./labels";
import type { CsvMapping, CsvPreviewData } from "./types";

/** What the mapping form edits; the rest of a guessed mapping (memo, type column…) is kept as it was. */
export type MappingDraft = {
  headerRow: number | null;
  date: number;
  description: number;
  amountMode: "single" | "split";
  amount: number;
  debit: number;
  credit: number;
  dateFormat: string;
  signConvention: CsvMapping["signConvention"];
  decimalSeparator: CsvMapping["decimalSeparator"];
};

export function draftFromPreview(preview: CsvPreviewData): MappingDraft {
  const mapping = preview.mapping;
  const last = Math.max(0, preview.columns.length - 1);
  const split =
    mapping?.amount === undefined && (mapping?.debit !== undefined || mapping?.credit !== undefined);
  return {
    headerRow: mapping?.headerRow ?? null,
    date: mapping?.date ?? 0,
    description: mapping?.description ?? Math.min(1, last),
    amountMode: split ? "split" : "single",
    amount: mapping?.amount ?? Math.min(2, last),
    debit: mapping?.debit ?? Math.min(2, last),
    credit: mapping?.credit ?? Math.min(3, last),
    dateFormat: mapping?.dateFormat ?? "MM/DD/YYYY",
    signConvention: mapping?.signConvention ?? "negative_is_out",
    decimalSeparator: mapping?.decimalSeparator ?? ".",
  };
}

/** The mapping to send with the upload. */
export function mappingFromDraft(preview: CsvPreviewData, draft: MappingDraft): Record<string, unknown> {
  const { amount: _a, debit: _d, credit: _c, typeColumn, ...base } = preview.mapping ?? {};
  const common = {
    ...base,
    headerRow: draft.headerRow,
    date: draft.date,
    description: draft.description,
    dateFormat: draft.dateFormat,
    signConvention: draft.signConvention,
    decimalSeparator: draft.decimalSeparator,
  };
  return draft.amountMode === "single"
    ? { ...common, amount: draft.amount, ...(typeColumn === undefined ? {} : { typeColumn }) }
    : { ...common, debit: draft.debit, credit: draft.credit };
}

/** The table as the draft reads it: toggling "first row is a header" moves that row in or out of the body. */
function tableFor(preview: CsvPreviewData, draft: MappingDraft): { columns: string[]; rows: string[][] } {
  const guessedHeader = preview.mapping?.headerRow ?? null;
  if (guessedHeader === null && draft.headerRow === 0 && preview.sampleRows.length > 0) {
    const [first = [], ...rest] = preview.sampleRows;
    return { columns: preview.columns.map((name, i) => first[i] || name), rows: rest };
  }
  if (guessedHeader === 0 && draft.headerRow === null) {
    return {
      columns: preview.columns.map((_, i) => `Column ${i + 1}`),
      rows: [preview.columns, ...preview.sampleRows],
    };
  }
  return { columns: preview.columns, rows: preview.sampleRows };
}

export function CsvPreviewTable({
  preview,
  draft,
  fileName,
}: {
  preview: CsvPreviewData;
  draft: MappingDraft;
  fileName: string;
}) {
  const { columns, rows } = tableFor(preview, draft);
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-xs">
        <caption className="sr-only">First rows of {fileName}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((name, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may repeat names
              <th key={i} scope="col" className="px-2 py-1.5 font-medium whitespace-nowrap text-slate-700">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.slice(0, 5).map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
            <tr key={r}>
              {columns.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={c} className="max-w-48 truncate px-2 py-1.5 whitespace-nowrap text-slate-600">
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

export function CsvMappingFields({
  preview,
  draft,
  onChange,
  dateFormats,
  fileName,
}: {
  preview: CsvPreviewData;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  dateFormats: readonly string[];
  fileName: string;
}) {
  if (preview.detectedLayout) {
    return (
      <div className="min-w-0 space-y-3">
        <p role="status" className="text-sm text-brand-700">
          Recognized: {layoutName(preview.detectedLayout)}. No column mapping needed.
        </p>
        <CsvPreviewTable preview={preview} draft={draft} fileName={fileName} />
      </div>
    );
  }
  const { columns } = tableFor(preview, draft);
  const columnOptions = columns.map((name, i) => ({ value: String(i), label: name }));
  const set = (patch: Partial<MappingDraft>) => onChange({ ...draft, ...patch });
  const headerToggle = (preview.mapping?.headerRow ?? null) === null || preview.mapping?.headerRow === 0;
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Map the columns</legend>
      <p className="text-sm text-slate-600">
        Tally does not know this layout yet. Tell it which column holds what; the first rows are shown below.
      </p>
      <CsvPreviewTable preview={preview} draft={draft} fileName={fileName} />
      {headerToggle ? (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-slate-300"
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
        <legend className="text-sm font-medium text-slate-700">Amounts are in</legend>
        <div className="flex flex-wrap gap-4 text-sm text-slate-700">
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
            options={[
              { value: "negative_is_out", label: "Negative amounts are money out (most banks)" },
              { value: "positive_is_out", label: "Positive amounts are money out (some cards)" },
            ]}
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
          onChange={(event) => set({ dateFormat: event.target.value })}
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
      </div>
    </fieldset>
  );
}
