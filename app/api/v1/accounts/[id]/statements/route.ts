// POST /api/v1/accounts/:id/statements — upload an OFX, QFX, QIF, CAMT, MT940 or CSV statement (multipart field "file").
// Optional fields: "csv_mapping" (a JSON column mapping, whole or as corrections to what Tally detected, such as
// {"signConvention":"positive_is_out"}), "qif_date_order" ("MDY" or "DMY"), and "file_account" (which of the
// file's accounts to import, when it holds several).

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { AppError, parseInput } from "@/server/errors";
import { apiRoute, json, refuseNulBytes } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { readMultipartUpload } from "@/server/http/multipart";
import { MAX_STATEMENT_BYTES } from "@/server/statements/parse-file";
import { acceptStatementUpload, uploadOptionsInput } from "@/server/sync/statement-import";
import { serializeSync } from "../../../_lib/serializers";

// The file plus room for the other fields (a CSV column mapping) and the multipart framing.
const MAX_UPLOAD_BYTES = MAX_STATEMENT_BYTES + 256 * 1024;

export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const accountId = parseId((await params).id, "That account");
  // Read as it arrives and cut off past the limit: a huge or chunked body is refused without being held.
  const { file, fields } = await readMultipartUpload(request, {
    fileField: "file",
    maxFileBytes: MAX_STATEMENT_BYTES,
    maxBodyBytes: MAX_UPLOAD_BYTES,
    tooLargeMessage: "Statement files can be at most 10 MB.",
  });
  if (!file) {
    throw new AppError("invalid_input", "Attach the statement as a field named file.", {
      fields: { file: "is required" },
    });
  }
  const options = parseInput(
    uploadOptionsInput,
    refuseNulBytes({
      csv_mapping: fields.csv_mapping,
      qif_date_order: fields.qif_date_order,
      file_account: fields.file_account,
    }),
  );
  const { sync, warnings } = await acceptStatementUpload(await getDb(), user.id, accountId, file, options);
  return json({ sync: serializeSync(sync), warnings }, 202);
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
