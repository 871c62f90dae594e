"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionError } from "@/lib/action-result";
import { createManualAccountAction, previewStatementAction, uploadStatementAction } from "../actions";
import { CsvMappingFields, draftFromPreview, type MappingDraft, mappingFromDraft } from "./csv-mapping";
import { accountTypeLabels, plural } from "./labels";
import { SyncStatusLine } from "./sync-status";
import type { CsvPreviewData, ManualAccountOption } from "./types";
import { useSyncProgress } from "./use-sync-progress";

const MAX_BYTES = 10 * 1024 * 1024;
// The preview needs the header and a few rows, not the whole file.
const PREVIEW_BYTES = 64 * 1024;

type Format = "ofx" | "qif" | "csv" | "other";

function formatOf(fileName: string): Format {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "ofx" || extension === "qfx") return "ofx";
  if (extension === "qif") return "qif";
  if (extension === "csv" || extension === "txt") return "csv";
  return "other";
}

/** The file's first bytes, cut at a line end so no row (or UTF-8 character) is split. */
async function previewSlice(file: File): Promise<File> {
  if (file.size <= PREVIEW_BYTES) return file;
  const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  const end = bytes.lastIndexOf(10);
  return new File([end > 0 ? bytes.subarray(0, end + 1) : bytes], file.name, { type: file.type });
}

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
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreviewData | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [reading, startReading] = useTransition();
  const [submitting, startSubmit] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const { progress, follow } = useSyncProgress();
  const format = file ? formatOf(file.name) : null;
  const fields = error?.fields ?? {};

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    setPreview(null);
    setDraft(null);
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError({
        code: "payload_too_large",
        message: "Statement files can be at most 10 MB.",
        fields: { file: "is larger than 10 MB" },
      });
      return;
    }
    if (formatOf(chosen.name) !== "csv") return;
    startReading(async () => {
      const data = new FormData();
      data.set("file", await previewSlice(chosen));
      const result = await previewStatementAction(data);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setPreview(result.data);
      setDraft(draftFromPreview(result.data));
    });
  }

  function submit(form: HTMLFormElement) {
    setError(null);
    if (!file) {
      setError({
        code: "invalid_input",
        message: "Choose a statement file.",
        fields: { file: "is required" },
      });
      return;
    }
    const data = new FormData(form);
    startSubmit(async () => {
      let targetId = accountId;
      if (accountMode === "new") {
        const created = await createManualAccountAction({
          name: data.get("name"),
          type: data.get("type"),
          currency: data.get("currency"),
        });
        if (!created.ok) {
          setError(created.error);
          return;
        }
        // From here on the account exists: a refused file can be fixed and sent to it again.
        targetId = created.data.id;
        setAccountId(targetId);
        setAccountMode("existing");
      }
      const upload = new FormData();
      upload.set("account_id", targetId);
      upload.set("file", file);
      if (preview && draft && !preview.detectedLayout) {
        upload.set("csv_mapping", JSON.stringify(mappingFromDraft(preview, draft)));
      }
      const order = data.get("qif_date_order");
      if (typeof order === "string" && order) upload.set("qif_date_order", order);
      const result = await uploadStatementAction(upload);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      follow(result.data.syncId);
    });
  }

  const accountFieldCount = ["name", "type", "currency"].filter((name) => fields[name]).length;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
      className="space-y-4"
      noValidate
      aria-label="Import a statement file"
    >
      {error ? (
        <Alert>{accountFieldCount > 0 ? "Please fix the account fields marked below." : error.message}</Alert>
      ) : null}
      <fieldset className="min-w-0 space-y-3">
        <legend className="text-sm font-medium text-slate-700">Import into</legend>
        {manualAccounts.length > 0 ? (
          <div className="flex flex-wrap gap-4 text-sm text-slate-700">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="account_mode"
                checked={accountMode === "existing"}
                onChange={() => setAccountMode("existing")}
              />
              An account I added before
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="account_mode"
                checked={accountMode === "new"}
                onChange={() => setAccountMode("new")}
              />
              A new account
            </label>
          </div>
        ) : null}
        {accountMode === "existing" && manualAccounts.length > 0 ? (
          <SelectField
            label="Account"
            value={accountId}
            onChange={(event) => setAccountId(event.target.value)}
            options={manualAccounts.map((account) => ({ value: account.id, label: account.name }))}
          />
        ) : (
          <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_minmax(0,1fr)]">
            <Field
              label="Account name"
              name="name"
              placeholder="Credit union checking"
              error={fields.name}
              required
            />
            <SelectField
              label="Type"
              name="type"
              defaultValue="checking"
              error={fields.type}
              options={Object.entries(accountTypeLabels).map(([value, label]) => ({ value, label }))}
            />
            <Field
              label="Currency"
              name="currency"
              defaultValue="USD"
              maxLength={3}
              autoCapitalize="characters"
              error={fields.currency}
            />
          </div>
        )}
      </fieldset>
      <Field
        label="Statement file"
        name="statement_file"
        type="file"
        accept=".ofx,.qfx,.qif,.csv"
        hint="OFX, QFX, QIF or CSV as downloaded from your bank, up to 10 MB."
        error={fields.file}
        onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
      />
      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        {reading ? "Reading the file…" : ""}
      </p>
      {format === "qif" ? (
        <SelectField
          label="Dates in this file"
          name="qif_date_order"
          defaultValue=""
          hint="QIF files do not say whether 03/04 is March 4 or 3 April."
          options={[
            { value: "", label: "Work it out from the file" },
            { value: "MDY", label: "Month first (03/04 is March 4)" },
            { value: "DMY", label: "Day first (03/04 is 3 April)" },
          ]}
        />
      ) : null}
      {preview && draft && file ? (
        <CsvMappingFields
          preview={preview}
          draft={draft}
          onChange={setDraft}
          dateFormats={dateFormats}
          fileName={file.name}
        />
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
