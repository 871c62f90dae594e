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

/** The URL to call for a connection: the Demo Bank's is resolved at call time (it moves with APP_URL). */
export function ofxUrlFor(connection: { institutionId: string; ofxUrl: string }): string {
  return connection.institutionId === DEMO_INSTITUTION_ID ? demoBankUrl() : connection.ofxUrl;
}
