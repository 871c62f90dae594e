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
  if (!usableName) return memo ? payeeFromMemo(memo) : "";
  // A truncated NAME that MEMO repeats in full: the longer text carries the rest of the seller's name.
  if (memo && memo.length > usableName.length && squash(memo).startsWith(squash(usableName))) return memo;
  return usableName;
}

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
