// POST /api/demo-bank/ofx — the built-in Demo Bank's OFX Direct Connect server. It speaks the same protocol
// as a real bank, so linking it exercises Tally's real OFX client over HTTP.

import { demoBankDeps } from "@/server/demo-bank/deps";
import { handleDemoBankRequest } from "@/server/ofx/demo-bank-server";

const MAX_REQUEST_BYTES = 64 * 1024;

export async function POST(request: Request) {
  const body = await request.text();
  if (body.length > MAX_REQUEST_BYTES) return new Response("Request too large", { status: 413 });
  const reply = handleDemoBankRequest(body, demoBankDeps(new Date()));
  return new Response(reply, { headers: { "Content-Type": "application/x-ofx; charset=utf-8" } });
}
