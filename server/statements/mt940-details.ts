import "server-only";

// The :86: field of an MT940 statement line: what the payment was, in one of three conventions.
//
// - German banks (the DFÜ agreement): a three-digit business code, then ?NN subfields. ?00 is the booking text
//   ("SEPA ÜBERWEISUNG"), ?20–?29 and ?60–?63 the purpose, ?32–?33 the other party's name. Each subfield holds
//   at most 27 characters and the bank cuts text wherever the 27 end, mid-word included, so subfields are joined
//   as written (their own spaces kept) and the field's line breaks (every 65 characters) are dropped. SEPA
//   purposes carry their own tags: EREF+ (end-to-end id), MREF+ (mandate), CRED+ (creditor id), SVWZ+ (the
//   purpose the payer wrote), ABWA+ (the party the payment was made for).
// - Dutch and other banks: /TAG/value pairs, /NAME/ the other party, /REMI/ the purpose, /TRTP/ the kind.
// - Polish banks (mBank): "LABEL: value" parts separated by semicolons, OD/DO the other party, TYT. the purpose.
// - Everything else: free text, its line breaks read as spaces.

export type PaymentDetails = {
  /** The other party, when the field names one. */
  name: string | null;
  /** What the payer wrote, or the free text. */
  purpose: string | null;
  /** What kind of booking the bank says it is ("SEPA ÜBERWEISUNG", "SEPA OVERBOEKING"). */
  bookingText: string | null;
};

// A German subfield's code opening a line ("?21", ">32").
const SUBFIELD = { "?": /^\?\d{2}/, ">": /^>\d{2}/ };

/**
 * The field's lines as one text. A line as long as the field's longest (the bank's wrap width, 65 at most) was cut
 * wherever the width ended, mid-word included, so it runs on into the next; so does a line before a subfield or a
 * tag (`opensPart`), whose text is whole. A shorter line ended where the bank chose, between words ("…>32KELDORA
 * GROUP" then "UL. ZORVEX 3"): a space stands for its break.
 */
function unwrapLines(field: string, opensPart: RegExp): string {
  const lines = field.split(/\r?\n/);
  if (lines.length === 1) return field;
  const width = Math.min(60, Math.max(...lines.map((line) => line.length)));
  let text = lines[0]!;
  for (let k = 1; k < lines.length; k++) {
    const cut = lines[k - 1]!.length >= width || opensPart.test(lines[k]!);
    text += (cut ? "" : " ") + lines[k];
  }
  return text;
}

export function readPaymentDetails(field: string): PaymentDetails {
  const german = /^\s*(\d{3})?\s*([?>])\d{2}/.exec(field);
  if (german) return readGerman(unwrapLines(field, SUBFIELD[german[2] as "?" | ">"]), german[2] as "?" | ">");
  if (/^\s*\/[A-Z]{2,4}\//.test(field)) return readSlashTags(field);
  // Free text first and the tags after it: ASN Bank writes the other party's IBAN and name on the first line,
  // then /TRTP/…/NAME/…/REMI/…. The tags name the party and the purpose better than the text before them.
  const tagsStart = slashTagsAfterText(field);
  if (tagsStart !== null) {
    const tagged = readSlashTags(field.slice(tagsStart));
    if (tagged.name !== null || tagged.purpose !== null) return tagged;
  }
  if (DUTCH_LABEL.test(field)) return readDutchLabels(field);
  if (POLISH_LABEL.test(field)) return readPolishLabels(field.replace(/\r?\n/g, ""));
  return { name: null, purpose: tidy(field.replace(/\r?\n/g, " ")), bookingText: null };
}

function readGerman(field: string, separator: "?" | ">"): PaymentDetails {
  const subfields = new Map<number, string>();
  const pattern = new RegExp(`\\${separator}(\\d{2})([^${separator === "?" ? "?" : ">"}]*)`, "g");
  for (const [, code, value] of field.matchAll(pattern)) {
    const number = Number(code);
    subfields.set(number, (subfields.get(number) ?? "") + (value ?? ""));
  }
  const joined = (numbers: number[]) =>
    numbers
      .map((n) => subfields.get(n) ?? "")
      .join("")
      .trim();
  // Triodos puts the other party's BIC and IBAN in the first purpose subfields (">20RABONL2U>21NL13RABO…"):
  // account codes, which joined to the purpose would glue onto its first word.
  const purposeNumbers = [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63].filter(
    (n, index, numbers) =>
      !isAccountCode(subfields.get(n) ?? "", subfields.get(numbers[index + 1] ?? -1) ?? ""),
  );
  const purposeText = joined(purposeNumbers);
  const sepa = readSepaTags(purposeText);
  const name = tidy(joined([32, 33])) ?? sepa.onBehalfOf;
  // A purpose of punctuation alone is a placeholder (Kontist writes "?20-" when the payer wrote nothing).
  const purpose = sepa.purpose !== null && /[\p{L}\p{N}]/u.test(sepa.purpose) ? sepa.purpose : null;
  return { name, purpose, bookingText: tidy(joined([0])) };
}

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const BIC = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** A subfield that holds only an IBAN, or only a BIC with the same country's IBAN in the next subfield. */
function isAccountCode(value: string, next: string): boolean {
  const text = value.trim();
  if (IBAN.test(text)) return true;
  const bic = BIC.exec(text);
  return bic !== null && IBAN.test(next.trim()) && next.trim().startsWith(bic[1] ?? "");
}

// "MTLG:" (Mitteilung, a message) is Dresdner Bank's older purpose tag, after EREF+ on a returned transfer.
const SEPA_TAG = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|IBAN|BIC)\+|(MTLG):/g;

/** "EREF+4711 MREF+M-1 CRED+DE98ZZZ SVWZ+Rechnung 4711" → "Rechnung 4711"; text without tags stays as it is. */
function readSepaTags(text: string): { purpose: string | null; onBehalfOf: string | null } {
  const tags = [...text.matchAll(SEPA_TAG)];
  if (tags.length === 0) return { purpose: tidy(text), onBehalfOf: null };
  const values = new Map<string, string>();
  tags.forEach((tag, index) => {
    const start = (tag.index ?? 0) + tag[0].length;
    const end = tags[index + 1]?.index ?? text.length;
    values.set(tag[1] ?? tag[2] ?? "", text.slice(start, end));
  });
  // Text before the first tag is free text some banks put first.
  const leading = text.slice(0, tags[0]?.index ?? 0);
  const purpose = tidy([leading, values.get("SVWZ") ?? "", values.get("MTLG") ?? ""].join(" "));
  return { purpose, onBehalfOf: tidy(values.get("ABWA") ?? "") };
}

// The /TAG/ names of the Dutch (Rabobank, ING, ABN AMRO) and French conventions that hold words or codes.
const SLASH_TAGS =
  /\/(TRTP|IBAN|BIC|NAME|REMI|EREF|MARF|CSID|ORDP|BENM|ID|ADDR|CNTP|ISDT|RTRN|PREF|ULTC|ULTD|ULTB|PURP|SVCL|CD|USTD|STRD|CDTRREFTP|CDTRREF|ISSR|FX|COAM|OAMT|CITY)(?=\/)/g;

function readSlashTags(lines: string): PaymentDetails {
  const field = unwrapLines(lines, /^\s*\//);
  const tags = [...field.matchAll(SLASH_TAGS)];
  const values = new Map<string, string>();
  tags.forEach((tag, index) => {
    // The slash after a tag name is left unmatched (a lookahead): it may open the next tag, as in /REMI/USTD//.
    const start = (tag.index ?? 0) + tag[0].length + 1;
    // The slash that closes a value is the next tag's opening one ("/NAME/Acme/REMI/…").
    const end = tags[index + 1]?.index ?? field.length;
    if (!values.has(tag[1] ?? "")) values.set(tag[1] ?? "", field.slice(start, end));
  });
  // REMI is often itself tagged: /REMI/USTD//Invoice 12/ (the USTD tag then holds the text).
  const purpose = values.get("USTD") ?? values.get("REMI") ?? null;
  const name = tidy(values.get("NAME") ?? "");
  const tidiedPurpose = purpose === null ? null : tidy(purpose.replace(/^\/+|\/+$/g, ""));
  return {
    name,
    // Banks that write tags without NAME or REMI (HSBC's /OCMT/ original amount before free text, Macedonian
    // banks' /BENM/ account then a line each for name and purpose) still wrote words worth showing.
    purpose: name === null && tidiedPurpose === null ? wordsBesideTags(lines) : tidiedPurpose,
    bookingText: tidy(values.get("TRTP") ?? ""),
  };
}

// Tags whose values are amounts or codes, never words: the original amount, charges, the exchange rate.
const AMOUNT_TAGS = /\/(?:OCMT|CHGS|EXCH|COAM|OAMT|FX)\/[^/\n]*\/?/g;

/**
 * The words of a slash-tagged field read line by line: amount tags dropped, tag names taken off, the rest split
 * at its slashes, and the pieces without a word (account numbers, "00//00") left out. Null when no word is left.
 */
function wordsBesideTags(lines: string): string | null {
  const pieces = lines
    .split(/\r?\n/)
    .flatMap((line) =>
      line
        .replace(AMOUNT_TAGS, " ")
        .replace(/(^|\s)\/[A-Z]{2,5}\//g, "$1/")
        .split(/\/+/),
    )
    .map((piece) => tidy(piece))
    .filter((piece): piece is string => piece !== null && /\p{L}{2}/u.test(piece));
  return pieces.length > 0 ? pieces.join(" ") : null;
}

// Where tags that structure a payment (the kind, the other party, the purpose) begin after some free text: at a
// space or a line start, with at least one more known tag after it. Null when the field has none.
function slashTagsAfterText(field: string): number | null {
  const flat = field.replace(/\r?\n/g, (lineBreak) => " ".repeat(lineBreak.length));
  const start = /(?:^|\s)\/(?:TRTP|NAME|REMI)\//.exec(flat);
  if (!start) return null;
  const at = start.index + start[0].indexOf("/");
  const known = new Set([...flat.slice(at).matchAll(SLASH_TAGS)].map((tag) => tag[1]));
  return known.size >= 2 ? at : null;
}

// Knab's "REK: NL26ABNA0999999999/NAAM: BEDRIJF VOF", after the purpose's own lines when the payer wrote one:
// REK (rekening) the other party's account, NAAM its name.
const DUTCH_LABEL = /(?:^|[\n/])\s*NAAM:/;

function readDutchLabels(field: string): PaymentDetails {
  const name = /(?:^|[\n/])\s*NAAM:\s*([^/\n]*)/.exec(field)?.[1] ?? "";
  const purpose = field
    .split(/\r?\n/)
    .filter((line) => !/^\s*(?:REK|NAAM):/.test(line))
    .join(" ");
  return { name: tidy(name), purpose: tidy(purpose), bookingText: null };
}

// mBank's "911 TRANSAKCJA COLLECT; ID IPH: XX01; Z RACH.: 5611…; OD: JAN NOWAK UL. NIJAKA 1; TYT.: PRZELEW;
// TNR: 1791…": the kind first, then "LABEL: value" parts separated by semicolons. OD (from), DO and DLA (to) name
// the other party, TYT. (title) is the purpose.
const POLISH_LABEL = /;\s*(?:OD|DO|DLA|TYT\.)\s*:/;

function readPolishLabels(field: string): PaymentDetails {
  const [first = "", ...parts] = field.split(";");
  const values = new Map<string, string>();
  for (const part of parts) {
    const labelled = /^\s*([A-ZĄĆĘŁŃÓŚŹŻ .]{1,20}?)\s*:\s*(.*)$/.exec(part);
    if (labelled && !values.has(labelled[1]!)) values.set(labelled[1]!, labelled[2]!);
  }
  return {
    name: tidy(values.get("OD") ?? values.get("DO") ?? values.get("DLA") ?? ""),
    purpose: tidy(values.get("TYT.") ?? ""),
    bookingText: tidy(first),
  };
}

/**
 * The text of a statement line's :NS: fields, the non-SWIFT extension Hungarian banks (and others) write beside
 * :86:: each line a two-digit subfield number and up to 35 characters ("22BOLT KFT"), the numbers meaning what
 * each bank says they mean. The texts are joined in the order written, without their numbers; a line without a
 * number is kept as it is. Null when they hold no text.
 */
export function readNonSwiftText(values: string[]): string | null {
  const texts = values
    .flatMap((value) => value.split(/\r?\n/))
    .map((line) => tidy(line.replace(/^\s*\d{2}(?=\D|$)/, "")))
    .filter((text): text is string => text !== null);
  return texts.length > 0 ? texts.join(" ") : null;
}

/** Runs of spaces made one, the ends trimmed; null when nothing is left. */
export function tidy(text: string): string | null {
  const tidied = text.replace(/\s+/g, " ").trim();
  return tidied === "" ? null : tidied;
}
