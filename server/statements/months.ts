// Month names as banks write them in English, German, French, Dutch, Spanish, Italian, Portuguese and the
// Scandinavian languages, full and abbreviated ("May", "Mär.", "janv.", "mrt", "ene", "gen", "out"). Written
// out here rather than taken from Intl, whose data depends on how Node was built (a small-icu build knows
// English only).

const MONTHS: readonly (readonly string[])[] = [
  ["january", "januar", "janner", "janvier", "januari", "enero", "gennaio", "janeiro"],
  ["february", "februar", "fevrier", "februari", "febrero", "febbraio", "fevereiro"],
  ["march", "marz", "maerz", "mars", "maart", "marzo", "marco"],
  ["april", "avril", "abril", "aprile"],
  ["may", "mai", "mei", "mayo", "maggio", "maio", "maj"],
  ["june", "juni", "juin", "junio", "giugno", "junho"],
  ["july", "juli", "juillet", "julio", "luglio", "julho"],
  ["august", "aout", "augustus", "agosto", "augusti"],
  ["september", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
  ["october", "oktober", "octobre", "octubre", "ottobre", "outubro"],
  ["november", "novembre", "noviembre"],
  ["december", "dezember", "decembre", "diciembre", "dicembre", "dezembro"],
];

// Abbreviations that are not the start of a full name above.
const EXTRA_ABBREVIATIONS: Record<string, number> = { mrz: 3, mrt: 3 };

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, accents removed, trailing dot dropped: "Mär." → "mar", "févr." → "fevr". */
export function foldWord(word: string): string {
  // Plain ASCII has no accents to take off (most cells of most files): skip the Unicode decomposition, which
  // was the costliest step of reading a large CSV.
  const bare = NON_ASCII.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "") : word;
  return bare.toLowerCase().replace(/\.$/, "");
}

/**
 * The month number (1–12) a word names, or null. A word counts when it is a full name, a known abbreviation,
 * or the first three or more letters of names that all mean the same month ("Sept", "Janv", "Dez").
 */
export function monthNumber(word: string): number | null {
  const folded = foldWord(word);
  if (folded.length < 3 || !/^\p{L}+$/u.test(folded)) return null;
  const extra = EXTRA_ABBREVIATIONS[folded];
  if (extra !== undefined) return extra;
  let found: number | null = null;
  MONTHS.forEach((names, index) => {
    if (names.some((name) => name.startsWith(folded))) {
      // A prefix shared by two different months names neither.
      found = found === null || found === index + 1 ? index + 1 : -1;
    }
  });
  return found === null || found === -1 ? null : found;
}
