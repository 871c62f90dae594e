// German, Danish and Norwegian text as ASCII terminals and exports print it: Ä, Ö and Ü written AE, OE and UE
// ("BAECKEREI MUELLER MUENCHEN"), Æ, Ø and Å written AE, OE and AA ("KOEBENHAVN K"). Cleaning folds Ü to U ("MÜLLER"
// and "MULLER" meet) and Ø to O, but UE or OE is two letters no fold can tell from an English "ue" or "oe" (BLUE,
// QUEEN, SHOE), so the data build adds the spelling with the two letters beside the folded one instead: for German
// words, names and towns, and for Danish and Norwegian towns.

const DIGRAPHS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "AE", Ö: "OE", Ü: "UE" };

/** The text with its umlauts written as two letters, or null when it has none. */
export function germanAscii(text: string): string | null {
  if (!/[äöüÄÖÜ]/.test(text)) return null;
  return text.replace(/[äöüÄÖÜ]/g, (letter) => DIGRAPHS[letter]!);
}

/** The countries where ASCII text writes umlauts so: Germany, Austria, Switzerland, Liechtenstein, Luxembourg. */
export const GERMAN_SPEAKING = new Set(["de", "at", "ch", "li", "lu"]);

// "AABYHOEJ" for Åbyhøj, where folding makes "ABYHOJ".
const NORDIC_DIGRAPHS: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", Æ: "AE", Ø: "OE", Å: "AA" };

/** The text with its Æ, Ø and Å written as two letters, or null when it has none. */
export function danoNorwegianAscii(text: string): string | null {
  if (!/[æøåÆØÅ]/.test(text)) return null;
  return text.replace(/[æøåÆØÅ]/g, (letter) => NORDIC_DIGRAPHS[letter]!);
}

/** Denmark, Norway and the Faroe Islands, whose towns' ASCII spellings are danoNorwegianAscii's. */
export const DANO_NORWEGIAN = new Set(["dk", "no", "fo"]);

/** A town's name as an ASCII terminal of its country prints it, when that differs from the folded spelling. */
export function asciiSpelling(text: string, country: string): string | null {
  if (GERMAN_SPEAKING.has(country)) return germanAscii(text);
  if (DANO_NORWEGIAN.has(country)) return danoNorwegianAscii(text);
  return null;
}
