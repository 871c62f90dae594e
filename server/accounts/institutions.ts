import "server-only";
import { demoBankEnabled, demoBankUrl } from "@/env";
import { DEMO_FID, DEMO_ORG } from "@/server/ofx/demo-bank-types";

export type Institution = { id: string; name: string; ofxUrl: string; org: string; fid: string };

export const DEMO_INSTITUTION_ID = "demo";
export const CUSTOM_INSTITUTION_ID = "ofx";

/**
 * Institutions Tally knows by name. Any other bank is linked with its own OFX server URL, ORG and FID.
 * The Demo Bank is offered only where it answers (off in production unless DEMO_BANK=on).
 */
export function listInstitutions(): Institution[] {
  if (!demoBankEnabled) return [];
  return [
    { id: DEMO_INSTITUTION_ID, name: "Demo Bank", ofxUrl: demoBankUrl(), org: DEMO_ORG, fid: DEMO_FID },
  ];
}

export function getInstitution(id: string): Institution | null {
  return listInstitutions().find((institution) => institution.id === id) ?? null;
}

/**
 * The key a connection's syncs are throttled under (sync-connection's throttle): one bucket per bank server,
 * since the limit is there to spare that server a burst from Tally. A bank linked by its OFX URL is keyed by
 * the URL's host: keyed by the institution id ("ofx"), every such bank would share one bucket of 5 syncs a
 * second, capping the daily refresh of all of them together at 432,000 syncs a day. The Demo Bank is Tally's
 * own code, with no server to spare: each connection is its own bucket, so only the one-sync-at-a-time limit
 * per connection holds.
 */
export function syncThrottleKey(connection: { id: string; institutionId: string; ofxUrl: string }): string {
  if (connection.institutionId === DEMO_INSTITUTION_ID) return `connection:${connection.id}`;
  if (connection.institutionId === CUSTOM_INSTITUTION_ID) return `bank:${hostOf(connection.ofxUrl)}`;
  return `institution:${connection.institutionId}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/** The URL to call for a connection: the Demo Bank's is resolved at call time (it moves with APP_URL). */
export function ofxUrlFor(connection: { institutionId: string; ofxUrl: string }): string {
  return connection.institutionId === DEMO_INSTITUTION_ID ? demoBankUrl() : connection.ofxUrl;
}
