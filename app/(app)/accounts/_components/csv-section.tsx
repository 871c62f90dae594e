"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import {
  CsvMappingFields,
  CsvPreviewTable,
  CsvReadSummary,
  draftFromPreview,
  type MappingDraft,
} from "./csv-mapping";
import type { CsvPreviewData, StatementPreviewData } from "./types";

type Question = NonNullable<CsvPreviewData["question"]>;

/** How a CSV will be read: what was detected (or needs the user), the one question, and the first rows. */
export function CsvSection({
  preview,
  csv,
  question,
  answer,
  onAnswer,
  editing,
  onEdit,
  draft,
  onDraft,
  dateFormats,
  fileName,
  currency,
}: {
  preview: StatementPreviewData;
  csv: CsvPreviewData;
  /** The question the file asked when it was first read; kept while the user answers it. */
  question: Question | null;
  answer: number | null;
  onAnswer: (index: number) => void;
  editing: boolean;
  onEdit: () => void;
  draft: MappingDraft | null;
  onDraft: (draft: MappingDraft) => void;
  dateFormats: readonly string[];
  fileName: string;
  currency: string;
}) {
  const id = useId();
  const lost = csv.mapping === null;
  const headline = lost
    ? `Tally could not find this file's columns: ${csv.problem ?? "its layout is unclear."} Say which column holds what.`
    : csv.source === "given"
      ? "Read with the columns you chose."
      : csv.source === "remembered"
        ? "Read with the columns you chose for this account last time."
        : csv.layoutName
          ? `Recognized: ${csv.layoutName}. No column mapping needed.`
          : "Tally read the columns of this file. No column mapping needed.";
  return (
    <div className="min-w-0 space-y-3">
      <p className="text-sm text-accent">{headline}</p>
      {!lost ? <CsvReadSummary preview={csv} /> : null}
      {csv.signReason ? <p className="text-xs text-fg-subtle">{csv.signReason}</p> : null}
      {question ? (
        <fieldset className="space-y-2 rounded-lg bg-warning-soft p-3 ring-1 ring-warning-line">
          <legend className="text-sm font-semibold text-fg">{question.prompt}</legend>
          <p className="text-sm text-fg-muted">{question.reason}</p>
          {question.options.map((option, index) => (
            <label key={option.label} className="flex items-start gap-2 text-sm text-fg">
              <input
                type="radio"
                name={`${id}-sign`}
                className="mt-0.5 h-4 w-4"
                checked={answer === index}
                onChange={() => onAnswer(index)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {preview.problem && !lost ? (
        <p className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger ring-1 ring-danger-line">
          {preview.problem}
        </p>
      ) : null}
      {preview.sample.length > 0 ? <SampleTable preview={preview} currency={currency} /> : null}
      {!lost && !editing ? (
        <Button type="button" variant="secondary" onClick={onEdit}>
          Change columns
        </Button>
      ) : null}
      {lost || editing ? (
        <>
          <CsvMappingFields
            preview={csv}
            draft={draft ?? draftFromPreview(csv)}
            onChange={onDraft}
            dateFormats={dateFormats}
          />
          <CsvPreviewTable preview={csv} fileName={fileName} />
        </>
      ) : null}
    </div>
  );
}

/** The first rows as Tally will import them: the place to spot a backwards sign or a swapped day and month. */
function SampleTable({ preview, currency }: { preview: StatementPreviewData; currency: string }) {
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-line">
      <table className="min-w-full divide-y divide-line text-left text-sm">
        <caption className="px-2 py-1.5 text-left text-xs font-medium text-fg-muted">
          The first rows as they will be imported
        </caption>
        <thead className="bg-surface-muted text-xs">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium text-fg-muted">
              Date
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium text-fg-muted">
              Description
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium text-fg-muted">
              Amount
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line bg-surface">
          {preview.sample.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
            <tr key={index}>
              <td className="px-2 py-1.5 whitespace-nowrap text-fg-muted">
                {row.postedOn}
                {row.pending ? <span className="ml-1 text-xs text-warning">pending</span> : null}
              </td>
              <td className="max-w-56 truncate px-2 py-1.5 text-fg-muted">{row.description}</td>
              <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums text-fg">
                {row.amount > 0 ? "+" : ""}
                {formatMoney(row.amount, currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
