import "server-only";

// Which raw text describes the seller. NAME is capped at 32 characters and often cut off; some banks leave
// it out or fill it with zeros and put the payee in MEMO, sometimes as "KIND;PAYEE;CHANNEL". The text is
// kept raw (inner spaces included) because categorisation normalises it later and matches on it.

const NUMERIC = /^[\d\s.-]*$/;

export function chooseDescription(
  name: string | null,
  memo: string | null,
  payeeName: string | null,
): string {
  const usableName = name && !NUMERIC.test(name) ? name : (payeeName ?? null);
  // A NAME of numbers only with nothing better beside it (a UK transfer's sort code and account number) still
  // says more than nothing.
  if (!usableName) return memo ? payeeFromMemo(memo) : (name ?? "");
  // A truncated NAME that MEMO repeats in full: the longer text carries the rest of the seller's name.
  if (memo && memo.length > usableName.length && squash(memo).startsWith(squash(usableName))) return memo;
  return (memo && continuedInMemo(usableName, memo)) ?? usableName;
}

// OFX 1.x caps NAME at 32 characters.
const NAME_CAP = 32;

/**
 * A NAME cut at the cap whose last words MEMO starts with, in full: U.S. Bank's "VISA PURCHASE (NON-PIN) MCDONALD"
 * and "Download from usbank.com. MCDONALDS F3094PALO ALTO CA". The kind from NAME, the seller from MEMO.
 */
function continuedInMemo(name: string, memo: string): string | null {
  if (name.length < NAME_CAP) return null;
  const cut = name.replace(/\s+/g, " ").trim();
  const rest = memo.replace(DOWNLOAD_NOTE, "").replace(/\s+/g, " ").trim();
  for (let start = cut.indexOf(" ") + 1; start > 0; start = cut.indexOf(" ", start) + 1) {
    const tail = cut.slice(start).toUpperCase();
    if (tail.length >= 2 && rest.length > tail.length && rest.toUpperCase().startsWith(tail))
      return `${cut.slice(0, start)}${rest}`;
  }
  return null;
}

// U.S. Bank opens every memo with where the file came from.
const DOWNLOAD_NOTE = /^download from [\w.-]+\.\s*/i;

/** "PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds Transfer" → the middle part. */
function payeeFromMemo(memo: string): string {
  const parts = memo
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  // Only when the first part reads like a bank's transaction kind, so a memo such as "Rent; thanks" stays whole.
  const [kind, payee] = parts;
  return kind && payee && /^[A-Z][A-Z .&/-]*$/.test(kind) ? payee : memo;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim().toUpperCase();
}
