"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionError } from "@/lib/action-result";
import { previewStatementAction, uploadStatementAction } from "../actions";
import { type MappingDraft, mappingFromDraft } from "./csv-mapping";
import { CsvSection } from "./csv-section";
import { defaultChoice, FileAccountTargets, type TargetChoice } from "./file-account-targets";
import { plural } from "./labels";
import { type NewAccount, NewAccountFields } from "./new-account-fields";
import { SyncStatusLine } from "./sync-status";
import type { CsvMapping, CsvPreviewData, ManualAccountOption, StatementPreviewData } from "./types";
import { useImportsProgress } from "./use-imports-progress";

const MAX_BYTES = 10 * 1024 * 1024;

type Target = { file_account?: string; account_id?: string; new_account?: NewAccount };

const currencyOr = (code: string | null | undefined, fallback = "USD") =>
  code && /^[A-Z]{3}$/.test(code) ? code : fallback;

export function StatementImportForm({
  manualAccounts,
  initialAccountId,
  dateFormats,
}: {
  manualAccounts: ManualAccountOption[];
  initialAccountId: string | null;
  dateFormats: readonly string[];
}) {
  const [accountMode, setAccountMode] = useState<"new" | "existing">(
    manualAccounts.length > 0 ? "existing" : "new",
  );
  const [accountId, setAccountId] = useState(initialAccountId ?? manualAccounts[0]?.id ?? "");
  const [newAccount, setNewAccount] = useState<NewAccount>({ name: "", type: "checking", currency: "USD" });
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<StatementPreviewData | null>(null);
  const [question, setQuestion] = useState<CsvPreviewData["question"]>(null);
  const [answer, setAnswer] = useState<number | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [qifOrder, setQifOrder] = useState("");
  const [choices, setChoices] = useState<Record<string, TargetChoice>>({});
  const [reading, startReading] = useTransition();
  const [submitting, startSubmit] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  /** What reading the file found, announced once it is read. */
  const [readNote, setReadNote] = useState("");
  const { progress, follow } = useImportsProgress();
  const fields = error?.fields ?? {};
  const existing = manualAccounts.find((account) => account.id === accountId);
  const withRows = preview?.accounts.filter((account) => account.transactions > 0) ?? [];
  const several = withRows.length > 1;

  /** Reads the file on the server: what it holds, how its columns were read, the first rows. */
  function read(chosen: File, options: { mapping?: CsvMapping | null; type?: string; id?: string } = {}) {
    startReading(async () => {
      const data = new FormData();
      data.set("file", chosen);
      const id = options.id ?? (accountMode === "existing" ? accountId : "");
      if (id) data.set("account_id", id);
      else data.set("account_type", options.type ?? newAccount.type);
      if (options.mapping) data.set("csv_mapping", JSON.stringify(options.mapping));
      if (qifOrder) data.set("qif_date_order", qifOrder);
      const result = await previewStatementAction(data);
      if (!result.ok) {
        setPreview(null);
        setReadNote("");
        setError({ ...result.error, fields: { file: result.error.message, ...result.error.fields } });
        return;
      }
      setError(null);
      setPreview(result.data);
      setReadNote(describeRead(result.data));
      if (!options.mapping) setQuestion(result.data.csv?.question ?? null);
      // A new account takes the file's own type and currency unless the user has set them.
      const [only] = result.data.accounts.filter((account) => account.transactions > 0);
      if (only && result.data.accounts.length >= 1) {
        setNewAccount((current) => ({
          name: current.name || (only.name ?? ""),
          type: current.name ? current.type : only.type,
          currency: currencyOr(only.currency, current.currency),
        }));
      }
    });
  }

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    setPreview(null);
    setQuestion(null);
    setAnswer(null);
    setMapping(null);
    setEditing(false);
    setDraft(null);
    setChoices({});
    setError(null);
    setReadNote("");
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError({
        code: "payload_too_large",
        message: "Statement files can be at most 10 MB.",
        fields: { file: "is larger than 10 MB" },
      });
      return;
    }
    read(chosen, { mapping: null });
  }

  /** The account the file goes into changed: a CSV's signs may read differently for a card. */
  function retarget(options: { type?: string; id?: string }) {
    if (file && preview?.format === "csv" && !mapping) read(file, { mapping: null, ...options });
  }

  function readWithMapping(next: CsvMapping) {
    setMapping(next);
    if (file) read(file, { mapping: next });
  }

  function targets(): Target[] | string {
    if (several) {
      const chosen = withRows
        .map((account) => ({
          account,
          choice: choices[account.key] ?? defaultChoice(account, manualAccounts),
        }))
        .filter(({ choice }) => choice.choice !== "skip");
      if (chosen.length === 0) return "Choose at least one account to import.";
      return chosen.map(({ account, choice }) =>
        choice.choice === "new"
          ? {
              file_account: account.key,
              new_account: { name: choice.name, type: choice.type, currency: choice.currency },
            }
          : { file_account: account.key, account_id: choice.choice },
      );
    }
    const fileAccount = withRows[0]?.key;
    if (accountMode === "existing") return [{ file_account: fileAccount, account_id: accountId }];
    return [{ file_account: fileAccount, new_account: newAccount }];
  }

  function submit() {
    setError(null);
    if (!file) {
      setError({
        code: "invalid_input",
        message: "Choose a statement file.",
        fields: { file: "is required" },
      });
      return;
    }
    if (question && answer === null) {
      setError({ code: "invalid_input", message: `Answer the question first: ${question.prompt}` });
      return;
    }
    const chosen = targets();
    if (typeof chosen === "string") {
      setError({ code: "invalid_input", message: chosen });
      return;
    }
    startSubmit(async () => {
      const upload = new FormData();
      upload.set("file", file);
      upload.set("targets", JSON.stringify(chosen));
      const inForce = mapping ?? preview?.csv?.mapping;
      if (preview?.format === "csv" && inForce) upload.set("csv_mapping", JSON.stringify(inForce));
      if (qifOrder) upload.set("qif_date_order", qifOrder);
      const result = await uploadStatementAction(upload);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      follow(result.data.syncIds);
    });
  }

  const accountFieldCount = ["name", "type", "currency"].filter((name) => fields[name]).length;
  const fileCurrency =
    withRows[0]?.currency ?? (accountMode === "existing" ? existing?.currency : newAccount.currency);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-4"
      noValidate
      aria-label="Import a statement file"
    >
      {error ? (
        <Alert>{accountFieldCount > 0 ? "Please fix the account fields marked below." : error.message}</Alert>
      ) : null}
      {!several ? (
        <fieldset className="min-w-0 space-y-3">
          <legend className="text-sm font-medium text-fg-muted">Import into</legend>
          {manualAccounts.length > 0 ? (
            <div className="flex flex-wrap gap-4 text-sm text-fg-muted">
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="account_mode"
                  checked={accountMode === "existing"}
                  onChange={() => {
                    setAccountMode("existing");
                    retarget({ id: accountId });
                  }}
                />
                An account I added before
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="account_mode"
                  checked={accountMode === "new"}
                  onChange={() => {
                    setAccountMode("new");
                    retarget({ id: "", type: newAccount.type });
                  }}
                />
                A new account
              </label>
            </div>
          ) : null}
          {accountMode === "existing" && manualAccounts.length > 0 ? (
            <SelectField
              label="Account"
              value={accountId}
              onChange={(event) => {
                setAccountId(event.target.value);
                retarget({ id: event.target.value });
              }}
              options={manualAccounts.map((account) => ({ value: account.id, label: account.name }))}
            />
          ) : (
            <NewAccountFields
              value={newAccount}
              errors={fields}
              onChange={(next, changed) => {
                setNewAccount(next);
                if (changed === "type") retarget({ id: "", type: next.type });
              }}
            />
          )}
        </fieldset>
      ) : null}
      <Field
        label="Statement file"
        name="statement_file"
        type="file"
        accept=".ofx,.qfx,.qif,.csv,.txt,.xml,.sta,.mt940"
        hint="OFX, QFX, QIF, CSV, CAMT.053 (XML) or MT940 as downloaded from your bank, up to 10 MB."
        error={fields.file}
        onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
      />
      <p role="status" aria-live="polite" className="text-sm text-fg-muted">
        {reading ? "Reading the file…" : readNote}
      </p>
      {preview?.format === "qif" ? (
        <SelectField
          label="Dates in this file"
          value={qifOrder}
          onChange={(event) => setQifOrder(event.target.value)}
          hint="QIF files do not say whether 03/04 is March 4 or 3 April."
          options={[
            { value: "", label: "Work it out from the file" },
            { value: "MDY", label: "Month first (03/04 is March 4)" },
            { value: "DMY", label: "Day first (03/04 is 3 April)" },
          ]}
        />
      ) : null}
      {preview && several ? (
        <FileAccountTargets
          accounts={withRows}
          manualAccounts={manualAccounts}
          choices={choices}
          onChange={(key, choice) => setChoices({ ...choices, [key]: choice })}
        />
      ) : null}
      {preview?.csv && file ? (
        <CsvSection
          preview={preview}
          csv={preview.csv}
          question={question}
          answer={answer}
          onAnswer={(index) => {
            const patch = question?.options[index]?.patch ?? {};
            setAnswer(index);
            if (preview.csv?.mapping) readWithMapping({ ...preview.csv.mapping, ...patch } as CsvMapping);
          }}
          editing={editing}
          onEdit={() => setEditing(true)}
          draft={draft}
          onDraft={(next) => {
            setDraft(next);
            if (preview.csv) readWithMapping(mappingFromDraft(preview.csv, next));
          }}
          dateFormats={dateFormats}
          fileName={file.name}
          currency={currencyOr(fileCurrency)}
        />
      ) : null}
      {preview && !preview.csv && withRows.length === 1 ? (
        <p className="text-sm text-fg-muted">
          {withRows[0]!.label}: {plural(withRows[0]!.transactions, "transaction")}
          {withRows[0]!.pending > 0 ? `, ${withRows[0]!.pending} pending` : ""}.
        </p>
      ) : null}
      {preview && preview.warnings.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-fg-muted">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <Button type="submit" disabled={submitting || reading || progress.state === "running"}>
        {submitting ? "Uploading…" : "Import statement"}
      </Button>
      <SyncStatusLine
        progress={progress}
        runningText="Importing your statement…"
        doneText={(sync) => sync.summary ?? `${plural(sync.imported, "transaction")} imported`}
      />
    </form>
  );
}

function describeRead(preview: StatementPreviewData): string {
  const rows = preview.accounts.reduce((sum, account) => sum + account.transactions, 0);
  if (preview.csv?.question)
    return `Found ${plural(rows, "transaction")}. One question before importing them.`;
  if (preview.problem) return `This file cannot be imported as it is: ${preview.problem}`;
  if (preview.csv && !preview.csv.mapping) return "Tally could not find this file's columns.";
  return `Found ${plural(rows, "transaction")}${preview.accounts.length > 1 ? ` in ${preview.accounts.length} accounts` : ""}.`;
}
