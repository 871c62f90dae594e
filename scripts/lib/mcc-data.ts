// The descriptions of the merchant category codes (ISO 18245) in server/categorize/data/mcc-descriptions.json, from
// the mcc package (MIT, see data/NOTICE.md), whose table gives each code four wordings: an edited modern one, the
// USDA's, the IRS's and one combining them. A card issuer's export often gives the code's description rather than
// the code ("Grocery Stores, Supermarkets"); the engine reads such a label as the code it describes, through the
// code table of bank-categories.json. Run by scripts/build-categorize-data.ts, or alone:
//   npm install --no-save --prefix /tmp/mcc mcc@2
//   npx tsx scripts/lib/mcc-data.ts --mcc /tmp/mcc

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type MccRow = {
  mcc: string;
  edited_description: string;
  combined_description: string;
  usda_description: string;
  irs_description: string;
};

/** Typographic dashes and quotes as the ASCII a bank's export prints; runs of spaces as one. */
const plain = (text: string): string =>
  text
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

export function buildMccDescriptions(prefix: string): void {
  const dir = path.join(prefix, "node_modules", "mcc");
  const version = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string })
    .version;
  const rows = JSON.parse(readFileSync(path.join(dir, "mcc_codes.json"), "utf8")) as MccRow[];
  const byCode = new Map<string, Set<string>>();
  for (const row of rows) {
    const code = row.mcc.padStart(4, "0");
    if (!/^\d{4}$/.test(code)) throw new Error(`mcc: unexpected code "${row.mcc}"`);
    const wordings = byCode.get(code) ?? new Set<string>();
    for (const text of [
      row.edited_description,
      row.combined_description,
      row.usda_description,
      row.irs_description,
    ]) {
      const wording = plain(text ?? "");
      if (wording !== "") wordings.add(wording);
    }
    byCode.set(code, wordings);
  }
  const codes = [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, wordings]) => [code, [...wordings].sort()]);
  writeFileSync(
    path.join(process.cwd(), "server/categorize/data/mcc-descriptions.json"),
    `${JSON.stringify({
      about: `Built by scripts/lib/mcc-data.ts from the mcc package ${version} (MIT, see NOTICE.md): each merchant category code with the wordings of its description (edited, USDA, IRS, combined), typographic dashes and quotes as ASCII. The code decides the category, through the code table of bank-categories.json.`,
      codes,
    }).replace(/\],\["/g, '],\n["')}\n`,
  );
  console.log(`mcc ${version}: ${codes.length} merchant category codes`);
}

if (process.argv[1]?.endsWith("mcc-data.ts")) {
  const i = process.argv.indexOf("--mcc");
  buildMccDescriptions(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : "/tmp/mcc");
}
