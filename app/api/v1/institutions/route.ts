// GET /api/v1/institutions — the institutions Tally knows, the Demo Bank among them.

import { listInstitutions } from "@/server/accounts/institutions";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api";

export const GET = apiRoute(async (request) => {
  await requireApiUser(request);
  const data = listInstitutions().map((institution) => ({
    id: institution.id,
    name: institution.name,
    ofx_url: institution.ofxUrl,
    org: institution.org,
    fid: institution.fid,
  }));
  return json({ data, next_cursor: null });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
