// GET /api/v1/transactions/export — every transaction matching the filters as a CSV file (Mint's export
// columns), streamed a batch at a time.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, readQuery } from "@/server/http/api";
import { exportFileName, exportTransactionsCsv } from "@/server/transactions/export";
import { toTransactionFilter, transactionFilterQuery } from "@/server/transactions/inputs";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, transactionFilterQuery);
  const body = exportTransactionsCsv(await getDb(), user.id, toTransactionFilter(query));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(new Date().toISOString().slice(0, 10))}"`,
      "Cache-Control": "no-store",
    },
  });
});

export * from "@/server/http/method-not-allowed";
