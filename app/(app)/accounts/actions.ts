"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { createManualAccount, deleteManualAccount } from "@/server/accounts/accounts";
import { deleteConnection, linkConnection } from "@/server/accounts/connections";
import { linkConnectionInput, manualAccountInput } from "@/server/accounts/schemas";
import { formObject, runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { parseInput } from "@/server/errors";
import { parseId } from "@/server/http/ids";
import { previewCsv } from "@/server/statements/csv";
import { decodeStatementBytes } from "@/server/statements/decode";
import { MAX_STATEMENT_BYTES } from "@/server/statements/parse-file";
import { reconnectWithPassword, refreshConnection } from "@/server/sync/refresh";
import { acceptStatementUpload, uploadOptionsInput } from "@/server/sync/statement-import";
import { describeSync, getSync } from "@/server/sync/syncs";
import type { CsvPreviewData, SyncStatus } from "./_components/types";

// Linking, syncing and imports change what every signed-in page shows.
function revalidateMoneyPages() {
  revalidatePath("/accounts");
  revalidatePath("/transactions");
  revalidatePath("/dashboard");
}

const [demoLinkInput, ofxLinkInput] = linkConnectionInput.options;

/** Links the Demo Bank or any OFX Direct Connect bank; the bank is asked first, and refuses wrong logins. */
export async function linkConnectionAction(
  _previous: ActionResult<{ syncId: string; institutionName: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ syncId: string; institutionName: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const form = formObject(formData);
    const credentials = { account_login: form.account_login, account_password: form.account_password };
    // Each form is checked against its own branch of the API's schema, so errors name the right fields.
    const input =
      form.kind === "ofx"
        ? (() => {
            const ofx = parseInput(ofxLinkInput, {
              account_url: form.account_url,
              org: form.org,
              fid: form.fid,
              ...credentials,
            });
            return {
              ofxUrl: ofx.account_url,
              org: ofx.org,
              fid: ofx.fid,
              login: ofx.account_login,
              password: ofx.account_password,
            };
          })()
        : (() => {
            const demo = parseInput(demoLinkInput, { institution_id: form.institution_id, ...credentials });
            return {
              institutionId: demo.institution_id,
              login: demo.account_login,
              password: demo.account_password,
            };
          })();
    const { connection, sync } = await linkConnection(await getDb(), user.id, input);
    revalidateMoneyPages();
    return { syncId: sync.id, institutionName: connection.institutionName };
  });
}

export async function refreshConnectionAction(
  connectionId: string,
): Promise<ActionResult<{ syncId: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const id = parseId(connectionId, "That connection");
    const sync = await refreshConnection(await getDb(), user.id, id);
    revalidatePath("/accounts");
    return { syncId: sync.id };
  });
}

export async function deleteConnectionAction(connectionId: string): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const id = parseId(connectionId, "That connection");
    await deleteConnection(await getDb(), user.id, id);
    revalidateMoneyPages();
    return undefined;
  });
}

export async function createManualAccountAction(
  input: unknown,
): Promise<ActionResult<{ id: string; name: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const account = await createManualAccount(await getDb(), user.id, parseInput(manualAccountInput, input));
    revalidatePath("/accounts");
    return { id: account.id, name: account.name };
  });
}

export async function deleteManualAccountAction(accountId: string): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const id = parseId(accountId, "That account");
    await deleteManualAccount(await getDb(), user.id, id);
    revalidateMoneyPages();
    return undefined;
  });
}

const previewInput = z.object({ file: z.file("Choose a CSV file") });

/**
 * The first rows of a CSV file and the column mapping Tally would use, for the mapping screen. The browser
 * sends only the file's beginning: enough for the header and sample rows.
 */
export async function previewStatementAction(formData: FormData): Promise<ActionResult<CsvPreviewData>> {
  return runAction(async () => {
    await requireUser();
    const { file } = parseInput(previewInput, formObject(formData));
    const { text } = decodeStatementBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = previewCsv(text);
    return {
      columns: preview.columns,
      sampleRows: preview.sampleRows.slice(0, 5),
      detectedLayout: preview.detectedLayout,
      mapping: preview.mapping,
    };
  });
}

// Next.js reads an action's body as a stream and stops past serverActions.bodySizeLimit (next.config.ts); the
// file's own limit is checked here before its bytes are copied.
const uploadInput = z.object({
  account_id: z.uuid("Choose an account"),
  file: z
    .file("Choose a statement file")
    .refine((file) => file.name !== "", "Choose a statement file")
    .refine((file) => file.size <= MAX_STATEMENT_BYTES, "Statement files can be at most 10 MB"),
});

/** Reads the file now (an unreadable one is refused with the line and reason) and queues its import. */
export async function uploadStatementAction(formData: FormData): Promise<ActionResult<{ syncId: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const fields = formObject(formData);
    const input = parseInput(uploadInput, fields);
    const options = parseInput(uploadOptionsInput, {
      csv_mapping: fields.csv_mapping,
      qif_date_order: fields.qif_date_order,
    });
    const sync = await acceptStatementUpload(
      await getDb(),
      user.id,
      input.account_id,
      { bytes: new Uint8Array(await input.file.arrayBuffer()), filename: input.file.name },
      options,
    );
    revalidatePath("/accounts");
    return { syncId: sync.id };
  });
}

/** Where a sync or import stands; the page polls this about once a second while it runs. */
export async function getSyncStatusAction(syncId: string): Promise<ActionResult<SyncStatus>> {
  return runAction(async () => {
    const user = await requireUser();
    const sync = await getSync(await getDb(), user.id, parseId(syncId, "That sync"));
    return {
      id: sync.id,
      status: sync.status,
      imported: sync.imported,
      duplicates: sync.duplicates,
      summary: describeSync(sync),
      error: sync.error,
    };
  });
}

const newPasswordInput = z.object({
  connectionId: z.string(),
  password: z.string("Enter the password").min(1, "Enter the password").max(200),
});

export async function updateConnectionPasswordAction(
  input: z.input<typeof newPasswordInput>,
): Promise<ActionResult<{ syncId: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { connectionId, password } = parseInput(newPasswordInput, input);
    const sync = await reconnectWithPassword(
      await getDb(),
      user.id,
      parseId(connectionId, "That connection"),
      password,
    );
    revalidatePath("/accounts");
    return { syncId: sync.id };
  });
}
