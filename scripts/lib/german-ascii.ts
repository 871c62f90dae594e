// German text as ASCII terminals and exports print it: Ä, Ö and Ü written AE, OE and UE ("BAECKEREI MUELLER
// MUENCHEN"). Cleaning folds Ü to U ("MÜLLER" and "MULLER" meet), but UE is two letters no fold can tell from an
// English "ue" (BLUE, QUEEN, AVENUE), so the data build adds the spelling with AE/OE/UE beside the folded one for
// German words, names and towns instead.

const DIGRAPHS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "AE", Ö: "OE", Ü: "UE" };

/** The text with its umlauts written as two letters, or null when it has none. */
export function germanAscii(text: string): string | null {
  if (!/[äöüÄÖÜ]/.test(text)) return null;
  return text.replace(/[äöüÄÖÜ]/g, (letter) => DIGRAPHS[letter]!);
}

/** The countries where ASCII text writes umlauts so: Germany, Austria, Switzerland, Liechtenstein, Luxembourg. */
export const GERMAN_SPEAKING = new Set(["de", "at", "ch", "li", "lu"]);
