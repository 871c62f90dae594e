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
      <p className="text-sm text-brand-700">{headline}</p>
      {!lost ? <CsvReadSummary preview={csv} /> : null}
      {csv.signReason ? <p className="text-xs text-slate-500">{csv.signReason}</p> : null}
      {question ? (
        <fieldset className="space-y-2 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200">
          <legend className="text-sm font-semibold text-slate-900">{question.prompt}</legend>
          <p className="text-sm text-slate-700">{question.reason}</p>
          {question.options.map((option, index) => (
            <label key={option.label} className="flex items-start gap-2 text-sm text-slate-800">
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
        <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
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
    <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="px-2 py-1.5 text-left text-xs font-medium text-slate-600">
          The first rows as they will be imported
        </caption>
        <thead className="bg-slate-50 text-xs">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium text-slate-700">
              Date
            </th>
            <th scope="col" className="px-2 py-1.5 font-medium text-slate-700">
              Description
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-medium text-slate-700">
              Amount
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {preview.sample.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity
            <tr key={index}>
              <td className="px-2 py-1.5 whitespace-nowrap text-slate-700">
                {row.postedOn}
                {row.pending ? <span className="ml-1 text-xs text-amber-700">pending</span> : null}
              </td>
              <td className="max-w-56 truncate px-2 py-1.5 text-slate-700">{row.description}</td>
              <td className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums text-slate-900">
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
