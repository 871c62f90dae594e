import "server-only";

import type { AccountType } from "@/server/statements/types";
import { StatementParseError } from "@/server/statements/types";

// The QIF file as a list of raw transaction records, each tagged with the account it belongs to.
// Sections other than bank-like registers (categories, classes, memorized payees, investments) are read
// past without being interpreted.

export type QifField = { code: string; value: string; line: number };

export type QifAccountKey = { name: string | null; type: AccountType };

export type QifRecord = { line: number; fields: QifField[]; account: QifAccountKey };

export type QifRecords = { records: QifRecord[]; skippedInvestment: number };

type Section =
  | { kind: "register"; type: AccountType }
  | { kind: "account" }
  | { kind: "investment" }
  | { kind: "other" }
  | { kind: "none" };

const REGISTER_TYPES: Record<string, AccountType> = {
  bank: "checking",
  ccard: "credit_card",
  cash: "other",
  "oth a": "other",
  "oth l": "other",
};

const INVESTMENT_TYPES = new Set(["invst", "port", "401(k)", "403(b)", "401(k)/403(b)"]);

function sectionFor(header: string): Section | null {
  const text = header.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "!account") return { kind: "account" };
  if (text.startsWith("!option:") || text.startsWith("!clear:")) return null;
  const type = /^!type\s*:\s*(.*)$/.exec(text)?.[1]?.trim();
  if (type === undefined) return { kind: "other" };
  const register = REGISTER_TYPES[type];
  if (register) return { kind: "register", type: register };
  if (INVESTMENT_TYPES.has(type)) return { kind: "investment" };
  return { kind: "other" };
}

export function readQifRecords(text: string): QifRecords {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const records: QifRecord[] = [];
  let skippedInvestment = 0;
  let section: Section = { kind: "none" };
  // An !Account block names the account whose register follows; it applies to the next !Type section only.
  let declared: { name: string | null; type: AccountType | null } | null = null;
  let account: QifAccountKey | null = null;
  let fields: QifField[] = [];

  const finish = () => {
    if (fields.length === 0) return;
    if (section.kind === "account") {
      const name = fields.find((f) => f.code === "N")?.value || null;
      const type = fields.find((f) => f.code === "T")?.value.toLowerCase() ?? "";
      declared = { name, type: REGISTER_TYPES[type] ?? null };
    } else if (section.kind === "register" && account) {
      records.push({ line: fields[0]?.line ?? 0, fields, account });
    } else if (section.kind === "investment") {
      skippedInvestment++;
    }
    fields = [];
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trimEnd();
    if (text.trim() === "") return;
    if (text.startsWith("!")) {
      finish();
      const next = sectionFor(text);
      if (!next) return;
      if (next.kind === "register") {
        const from: { name: string | null; type: AccountType | null } | null = declared;
        account = { name: from?.name ?? null, type: from?.type ?? next.type };
        declared = null;
      }
      section = next;
      return;
    }
    // Notes above the first header ("### exported by …", as Quiffen's samples write them) are no records.
    if (section.kind === "none" && text.startsWith("#")) return;
    if (section.kind === "none") {
      throw new StatementParseError(
        `Line ${line}: a QIF file must start with a header such as !Type:Bank`,
        line,
        "header",
      );
    }
    // "^" ends a record; some exporters write "^^" and even empty "^^" records.
    if (text.startsWith("^")) {
      finish();
      return;
    }
    fields.push({ code: text[0] ?? "", value: text.slice(1).trim(), line });
  });
  finish();
  return { records, skippedInvestment };
}
