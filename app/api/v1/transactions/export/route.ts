// GET /api/v1/transactions/export — every transaction matching the filters as a CSV file (Mint's export
// columns, then each amount's currency), streamed a batch at a time.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, readQuery } from "@/server/http/api";
import { exportFileName, exportTransactionsCsv } from "@/server/transactions/export";
import { requireFilterTargets } from "@/server/transactions/filters";
import { toTransactionFilter, transactionFilterQuery } from "@/server/transactions/inputs";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, transactionFilterQuery);
  const db = await getDb();
  const filter = toTransactionFilter(query);
  // Checked before the stream starts: once it has, the status can no longer say 404.
  await requireFilterTargets(db, user.id, filter);
  const body = exportTransactionsCsv(db, user.id, filter);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(user)}"`,
      "Cache-Control": "no-store",
    },
  });
});

export * from "@/server/http/method-not-allowed";
