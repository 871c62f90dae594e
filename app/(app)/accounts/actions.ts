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
import { importTargetsInput, previewTargetInput } from "@/server/statements/inputs";
import { MAX_STATEMENT_BYTES } from "@/server/statements/parse-file";
import { previewStatementUpload, type StatementPreview } from "@/server/statements/preview";
import { reconnectWithPassword, refreshConnection } from "@/server/sync/refresh";
import { acceptStatementImport, uploadOptionsInput } from "@/server/sync/statement-import";
import { describeSync, getSync } from "@/server/sync/syncs";
import type { SyncStatus } from "./_components/types";

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

// Next.js reads an action's body as a stream and stops past serverActions.bodySizeLimit (next.config.ts); the
// file's own limit is checked here before its bytes are copied.
const fileInput = z.object({
  file: z
    .file("Choose a statement file")
    .refine((file) => file.name !== "", "Choose a statement file")
    .refine((file) => file.size <= MAX_STATEMENT_BYTES, "Statement files can be at most 10 MB"),
});

/**
 * What is in a statement file before it is imported: its accounts, how a CSV's columns were read, the first
 * rows as they will be imported, and the question to answer if the file cannot say which way its amounts go.
 */
export async function previewStatementAction(formData: FormData): Promise<ActionResult<StatementPreview>> {
  return runAction(async () => {
    const user = await requireUser();
    const fields = formObject(formData);
    const { file } = parseInput(fileInput, fields);
    const target = parseInput(previewTargetInput, fields);
    const options = parseInput(uploadOptionsInput, {
      csv_mapping: fields.csv_mapping,
      qif_date_order: fields.qif_date_order,
    });
    return previewStatementUpload(
      await getDb(),
      user.id,
      { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name },
      { ...options, accountId: target.account_id, accountType: target.account_type },
    );
  });
}

/**
 * Reads the whole file now (an unreadable one is refused with the line and reason) and queues its import into
 * each chosen account; new accounts are created only when the file is accepted.
 */
export async function uploadStatementAction(
  formData: FormData,
): Promise<ActionResult<{ syncIds: string[] }>> {
  return runAction(async () => {
    const user = await requireUser();
    const fields = formObject(formData);
    const { file } = parseInput(fileInput, fields);
    const { targets } = parseInput(z.object({ targets: importTargetsInput }), fields);
    const { fileAccount: _ignored, ...options } = parseInput(uploadOptionsInput, {
      csv_mapping: fields.csv_mapping,
      qif_date_order: fields.qif_date_order,
    });
    const { syncs } = await acceptStatementImport(
      await getDb(),
      user.id,
      { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name },
      options,
      targets,
    );
    revalidatePath("/accounts");
    return { syncIds: syncs.map((sync) => sync.id) };
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
