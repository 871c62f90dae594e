// POST /api/v1/accounts/:id/statements — upload an OFX, QFX, QIF or CSV statement (multipart field "file").
// Optional fields: "csv_mapping" (a JSON column mapping, whole or as corrections to what Tally detected, such as
// {"signConvention":"positive_is_out"}), "qif_date_order" ("MDY" or "DMY"), and "file_account" (which of the
// file's accounts to import, when it holds several).

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { AppError, parseInput } from "@/server/errors";
import { apiRoute, json } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { MAX_STATEMENT_BYTES } from "@/server/statements/parse-file";
import { acceptStatementUpload, uploadOptionsInput } from "@/server/sync/statement-import";
import { serializeSync } from "../../../_lib/serializers";

// Multipart overhead on top of the file itself.
const MAX_UPLOAD_BYTES = MAX_STATEMENT_BYTES + 64 * 1024;

export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const accountId = parseId((await params).id, "That account");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
    throw new AppError("payload_too_large", "Statement files can be at most 10 MB.");
  }
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the statement as multipart/form-data with a field named file.",
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_input", "The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new AppError("invalid_input", "Attach the statement as a field named file.", {
      fields: { file: "is required" },
    });
  }
  const options = parseInput(uploadOptionsInput, {
    csv_mapping: form.get("csv_mapping") ?? undefined,
    qif_date_order: form.get("qif_date_order") ?? undefined,
    file_account: form.get("file_account") ?? undefined,
  });
  const { sync, warnings } = await acceptStatementUpload(
    await getDb(),
    user.id,
    accountId,
    { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || "statement" },
    options,
  );
  return json({ sync: serializeSync(sync), warnings }, 202);
});
