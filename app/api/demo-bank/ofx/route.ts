// POST /api/demo-bank/ofx — the built-in Demo Bank's OFX Direct Connect server. It speaks the same protocol
// as a real bank, so linking it exercises Tally's real OFX client over HTTP.

import { demoBankEnabled } from "@/env";
import { demoBankDeps } from "@/server/demo-bank/deps";
import { notFound } from "@/server/errors";
import { errorResponse, readTextWithLimit } from "@/server/http/api";
import { handleDemoBankRequest } from "@/server/ofx/demo-bank-server";

const MAX_REQUEST_BYTES = 64 * 1024;

export async function POST(request: Request) {
  // Off in production unless DEMO_BANK=on: a public server should not hand out a fake bank.
  if (!demoBankEnabled) return errorResponse(notFound("The Demo Bank"));
  // Read no further than a request can be: a chunked body has no length to refuse it by.
  const body = await readTextWithLimit(request, MAX_REQUEST_BYTES).catch(() => null);
  if (body === null) return new Response("Request too large", { status: 413 });
  const reply = handleDemoBankRequest(body, demoBankDeps(new Date()));
  return new Response(reply, { headers: { "Content-Type": "application/x-ofx; charset=utf-8" } });
}
