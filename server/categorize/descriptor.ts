// Reads the structure some bank text has before it is cleaned: ACH entries, whose fields say who sent the money
// (the company), why (DES: / CO ENTRY DESCR:) and to whom (INDN: / IND NAME:, the account holder: never a seller),
// and paper checks, which have a number and no seller. No `import "server-only"`: shared with the tsx scripts.

import { cleanDescription } from "@/server/categorize/clean";
import prefixes from "@/server/categorize/data/prefixes.json";

export type Descriptor = {
  /** The text the seller is read from: the ACH company, or the whole description. */
  sellerText: string;
  /** The ACH purpose ("PAYROLL", "AUTOPAY"), read by the bank words only; "" when none. */
  purpose: string;
  /** A paper check's number when the text is only a check; null otherwise. */
  checkNumber: string | null;
  /**
   * The seller text is a credit transfer's or a direct debit's other party, as the kind of operation said (a kind
   * left out of the purpose, see readFortisDetails): a brand's name there may be a person's, as after a transfer's
   * wrapper.
   */
  transfer?: boolean;
  /**
   * The seller text may open with the terminal's town, up to its field's 13 characters, before the acceptor (Crédit
   * Mutuel's "PAIEMENT CB 1203 TOULOUSE KELDORA CARTE …"): a brand is then looked for after it too (see normalize.ts).
   */
  townFirst?: boolean;
};

// Bank of America: "ACME CORP DES:PAYROLL ID:XXXXX INDN:JOHN DOE CO ID:XXXXX PPD"
const BOFA_ACH = /^(.*?)\s*\bDES:\s*(.*?)\s*(?:\bID:|\bINDN:|\bCO ID:|$)/i;
/** A Pix's wording right before DES: (see readDescriptor): Bradesco's transfer and its payment by QR code. */
const PIX_BEFORE_DES = /\bPIX(?:\s+QR\s+CODE\s+(?:ESTATICO|DINAMICO|ESTÁTICO|DINÂMICO))?\s*$/i;
const DES_LABEL = /\s*\bDES:\s*/i;
// Chase: "ORIG CO NAME:ACME CORP ORIG ID:123 DESC DATE:260715 CO ENTRY DESCR:PAYROLL SEC:PPD ... IND NAME:JOHN DOE"
const CHASE_ACH = /\bORIG CO NAME:\s*(.*?)\s*(?:\bORIG ID:|\bDESC DATE:|\bCO ENTRY DESCR:|$)/i;
const CHASE_PURPOSE = /\bCO ENTRY DESCR:\s*(.*?)\s*(?:\bSEC:|\bTRACE#|\bEED:|\bIND ID:|\bIND NAME:|$)/i;
// Many US credit unions print an ACH entry's fields with their own labels: "Withdrawal KELDORA CREDIT CRD TYPE: EPAY
// ID: 1234 DATA: 5678 CO: KELDORA CREDIT CRD NAME: JOHN DOE %% ACH ECC WEB %% ACH Trace 0910…". CO: is the company
// (the seller), TYPE: its entry description (the purpose, as DES: is), NAME: the account holder (never a seller);
// ID:, DATA: and what follows %% are numbers and the network's own codes. The text before TYPE: is the kind of
// operation and the company's name again, sometimes with the entry description ("Deposit ZORVEX PAYROLL / TYPE: …").
const CU_ACH_FIELD = String.raw`(?=\bTYPE:|\bID:|\bDATA:|\bCO:|\bNAME:|%%|$)`;
const CU_ACH_TYPE = new RegExp(String.raw`^(.*?)[\s/]*\bTYPE:\s*(.*?)\s*${CU_ACH_FIELD}`, "i");
const CU_ACH_COMPANY = new RegExp(String.raw`\bCO:\s*(.*?)\s*${CU_ACH_FIELD}`, "i");
// "CHECK 1042", "CHECK #1042", "CHK 1042", "CHEQUE 001042", "Check No. 1042", "DRAFT 1042", "1042" with a check number.
// A trailing "(Cash)" is some brokers' account label, not part of the text.
const CHECK =
  /^\s*(?:check|chk|cheque|chq|share draft|draft|cheque no|check no|check paid|paper check)\s*(?:no\.?|number|num|#|:)?\s*#?\s*0*(\d{1,10})(?:-\d+)?\s*(?:\([^)]*\))?\s*$/i;

/** A check starts with one of these ("CHECK", "CHK", "CHQ", "DRAFT", "SHARE DRAFT", "PAPER CHECK") or a digit. */
const PLAIN_START = /^\s*(?:c(?:h|k)|dr|sh|pa|\d)/i;

/**
 * PLAIN_START.test without running a regex for the usual text, which starts with a printable ASCII character:
 * this runs for every description. Anything else (leading spaces, other alphabets) asks the regex.
 */
function mayStartCheck(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!(c > 32 && c < 127)) return PLAIN_START.test(text);
  if (c >= 48 && c <= 57) return true;
  // `| 32` lower-cases an ASCII letter; no other character lands on these letters.
  const first = c | 32;
  const second = text.charCodeAt(1) | 32;
  if (first === 99 /* c */) return second === 104 /* h */ || second === 107 /* k */;
  if (first === 100 /* d */) return second === 114 /* r */;
  if (first === 115 /* s */) return second === 104 /* h */;
  if (first === 112 /* p */) return second === 97 /* a */;
  return false;
}

/**
 * The opening words of the layouts whose readers need the whole text: card lines (see CARD_LINES), Romanian,
 * Hungarian, Indonesian, Vietnamese and M-Pesa lines (GEORGE_FIELDS, ERSTE_HU_FIELDS, BCA_TRANSFER,
 * VIETCOMBANK_TRANSFER, MPESA_LINE) and India's IMPS transfers.
 */
const LAYOUT_OPENINGS: readonly string[] = [
  "PAIEMENT CB ",
  "PAIEMENT PSC ",
  "Einkauf ",
  "TWINT Einkauf",
  "DOP. ",
  "UZN. ",
  "ZWROT MC ",
  "ZWROT VISA ",
  "Plata la comerciant ",
  "Anulare tranzactie ",
  "Plata POS comerciant,",
  "Plata debit direct,",
  "Transfer George,",
  "Incasare,",
  "Kártyás vásárlás - ",
  "Átutalás",
  "TRSF E-BANKING ",
  "MBVCB.",
  "Pay Bill ",
  "Merchant Payment ",
  "Buy Goods and Services ",
  "Customer Transfer ",
  "Funds received ",
  "IMPS-",
  "IMPS/",
];

/**
 * True when the description has no structure to read (no field labels, no semicolons, no SVWZ+, no MT940 subfield
 * codes, not a check): its descriptor is the text itself. Most descriptions are like this, and the caller can skip
 * building one.
 */
export function isPlainDescription(description: string, checkNumber?: string | null): boolean {
  if (checkNumber) return false;
  if (description.charCodeAt(0) === 47 /* / */ || description.charCodeAt(1) === 47 /* / */) return false;
  // Layouts known by their opening words (see LAYOUT_OPENINGS), asked here as cheap prefixes rather than their patterns.
  if (startsUpi(description) || mayStartCheck(description)) return false;
  for (const opening of LAYOUT_OPENINGS) if (description.startsWith(opening)) return false;
  let dashSeen = false;
  let slashSeen = false;
  // One pass over the text, every row being asked: a field's label or separator, or where a layout's marker starts
  // (":", ";", "?", "^", "~", "%%", "SVWZ+", "/DE ", "UPI/", ".PP", " , ", " ACH ", " POS WITHDRAWAL ", ",6.35").
  for (let i = 0; i < description.length; i++) {
    switch (description.charCodeAt(i)) {
      case 58 /* : */:
      case 59 /* ; */:
      case 124 /* | */:
      case 63 /* ? */:
      case 94 /* ^ */:
      case 126 /* ~ */:
        return false;
      case 37 /* % */:
        if (description.charCodeAt(i + 1) === 37) return false;
        break;
      // A Turkish line's fields between dashes (see TURKISH_FIELDS), asked at the first dash only.
      case 45 /* - */:
        if (!dashSeen) {
          dashSeen = true;
          if (TURKISH_FIELDS.test(description)) return false;
        }
        break;
      // A quoted name after its legal form (see QUOTED_COMPANY).
      case 34 /* " */:
      case 171 /* « */:
        if (QUOTED_COMPANY.test(description)) return false;
        break;
      case 43 /* + */:
        if (i >= 4 && description.startsWith("SVWZ", i - 4)) return false;
        break;
      case 47 /* / */:
        if (description.startsWith("/DE ", i) || (i >= 3 && description.startsWith("UPI", i - 3)))
          return false;
        // A Nigerian transfer's fields between slashes (see PARTY_FIELDS), asked at the first slash only.
        if (!slashSeen) {
          slashSeen = true;
          if (PARTY_FIELDS.test(description)) return false;
        }
        break;
      case 44 /* , */:
        {
          // An amount joined on by a comma (Santander's "CARD PAYMENT TO …,6.35 GBP, RATE …"): see
          // readCardPaymentAmount.
          const next = description.charCodeAt(i + 1);
          if (next >= 48 && next <= 57) return false;
          break;
        }
      case 46 /* . */:
        if (description.charCodeAt(i + 1) === 80 && description.charCodeAt(i + 2) === 80) return false;
        break;
      case 32 /* space */:
        {
          const next = description.charCodeAt(i + 1);
          if (next === 44 /* , */ && description.charCodeAt(i + 2) === 32) return false;
          if (next === 65 /* A */ && description.startsWith(" ACH ", i)) return false;
          // Emirates NBD's card line (see EMIRATES_CARD).
          if (next === 67 /* C */ && description.startsWith(" CARD NO", i)) return false;
          if (next === 80 /* P */ && description.startsWith(" POS WITHDRAWAL ", i)) return false;
          // A Sparkasse card payment's card field (see SPARKASSE_CARD).
          if (next === 68 /* D */ && description.startsWith(" Debitk.", i)) return false;
          // N26's kinds of transaction, joined after the payee (see readN26Columns).
          if (
            next === 77 /* M */ &&
            (description.startsWith(" MasterCard Payment", i) ||
              description.startsWith(" Maestro Payment", i))
          )
            return false;
          if (next === 79 /* O */ && description.startsWith(" Outgoing Transfer", i)) return false;
          if (next === 68 /* D */ && description.startsWith(" Direct Debit", i)) return false;
          // An Austrian card payment (see AUSTRIAN_CARD).
          if (
            next === 75 /* K */ &&
            description.startsWith(" Karte ", i) &&
            /^(?:Bezahlung|Abhebung) Karte /i.test(description)
          )
            return false;
          // Italian fields without a colon (see readItalianFields, ITALIAN_CARD): " CAUSALE ", " BENEF. ", " SEPA DA ", " DEL ".
          if (next === 67 /* C */ && description.startsWith(" CAUSALE ", i)) return false;
          if (next === 66 /* B */ && description.startsWith(" BENEF. ", i)) return false;
          if (next === 83 /* S */ && description.startsWith(" SEPA DA ", i)) return false;
          if (
            next === 68 /* D */ &&
            description.startsWith(" DEL ", i) &&
            ITALIAN_CARD_KIND.test(description)
          )
            return false;
          break;
        }
    }
  }
  return true;
}

// Dutch banks' SEPA fields as /TAG/value pairs, kept whole in ABN AMRO's exports and in :86: text read as it is:
// "/TRTP/SEPA OVERBOEKING/IBAN/NL…/BIC/…/NAME/ACME BV/REMI/Factuur 12/EREF/…". /NAME/ is the other party (the
// seller), /TRTP/ the kind of payment and /REMI/ what the payer wrote (read by the bank words, and the kind says
// whether the name may be a person's, as a transfer's wrapper in front of it would).
const TRTP = /^\s*\/TRTP\/([^/]*)/i;
const SLASH_NAME = /\/NAME\/([^/]*)/i;
const SLASH_REMI = /\/REMI\/(.*?)(?:\/(?:EREF|MARF|CSID|IBAN|BIC|ORDP|BENM|ISDT|NAME|ADDR|ID)\/|$)/i;

// A UPI payment printed payee first ("UPI/KELDORA STORES/123456789012/Pay via Razorpay", Kotak's layout): the payee,
// then the 12-digit reference, then what the payer wrote, which is the purpose and no part of the name. Banks that
// print the reference first ("UPI/123456789012/KELDORA/okaxis/Payment") are read by the handle after the name.
// A code in the payee's place ("UPI/DR/…", "UPI/P2M/…") has two letters at most, so the payee needs three; they are
// counted by a lookahead over disjoint classes, which cannot backtrack without end on a long name with no reference.
const UPI_PAYEE_FIRST = /^(UPI\s*\/\s*(?=(?:[^/\p{L}]*\p{L}){3})[^/]*?)\s*\/\s*\d{9,}\s*(?:\/(.*))?$/iu;

/**
 * Whether the text opens with "UPI/", or "UPI-" as HDFC prints a UPI payment (any case): compared by code, since
 * every description is asked.
 */
function startsUpi(text: string): boolean {
  const separator = text.charCodeAt(3);
  return (
    (text.charCodeAt(0) | 32) === 117 &&
    (text.charCodeAt(1) | 32) === 112 &&
    (text.charCodeAt(2) | 32) === 105 &&
    (separator === 47 || separator === 45)
  );
}

function readUpiPayeeFirst(description: string): Descriptor | null {
  const fields = UPI_PAYEE_FIRST.exec(description);
  if (fields === null) return null;
  return { sellerText: fields[1]!, purpose: fields[2]?.trim() ?? "", checkNumber: null };
}

// The reference-first layouts end in what the payer wrote after the payee's handle: "UPI/123456789012/KELDORA
// SHARMA/keldora@okaxis/Rent", State Bank's "UPI/DR/…/KELDORA SHARMA/SBIN/keldora@oksbi/Rent", HDFC's
// "UPI-KELDORA SHARMA-keldora@okaxis-UTIB0001234-123456789012-RENT", and its IMPS transfer after the payee's masked
// account, "IMPS-123456789012-KELDORA SHARMA-SBIN-XXXXXXX1234-RENT". That remark is the purpose, read by the bank
// words only ("Rent" pays the rent; "Payment", "NA", "Sent from Paytm" say nothing); the rest is read as before.
const UPI_REMARK_AFTER_HANDLE = /^(UPI\s*\/.*\/[^/@\s]+@[^/\s]+)\s*\/\s*([^/]+)$/iu;
const UPI_REMARK_AFTER_REFERENCE = /^(UPI-.*-\d{12})-([^-]+)$/iu;
const IMPS_REMARK_AFTER_ACCOUNT = /^(IMPS-\d{9,}-.*-X*\d{3,})-([^-]+)$/iu;

// Axis Bank prints a UPI payment's kind (P2M to a merchant, P2A to an account), the reference, the payee, what the
// payer wrote and the payee's bank: "UPI/P2M/123456789012/KELDORA STORES/Groceries/YES BANK LIMITED YBS"; and an IMPS
// transfer's payee, bank, then remark: "IMPS/P2A/123456789012/KELDORA SHARMA/HDFC BANK/Rent". The bank is no part of
// the payee's name, and "UPI" in the remark's place says nothing.
const AXIS_UPI = /^(UPI)\/P2[AM]\/\d{9,}\/([^/]+)\/([^/]*)\/[^/]*$/iu;
const AXIS_IMPS = /^(IMPS)\/P2A\/\d{9,}\/([^/]+)\/[^/]*\/([^/]*)$/iu;

// State Bank's reference-first layout: "UPI/DR/123456789012/KELDORA S/SBIN/keldora@oksbi/Rent". The payee's bank
// is four letters between the name and the handle, and the name is cut at eight characters, which often leaves a
// word's first letter or two ("SWIGGY L", "SAPNA BO"): that fragment is no word of the name.
const SBI_UPI = /^(UPI)\/(?:DR|CR)\/\d{9,}\/([^/]+)\/[A-Za-z]{4}\/[^/@\s]+@[^/\s]+(?:\/([^/]*))?$/iu;
const CUT_FRAGMENT = /(?<=\S)\s+\p{L}{1,2}$/u;

// What a payments app writes in the remark when the payer wrote nothing (PhonePe's "Payment from Phone", Paytm's "Sent
// from Paytm", "UPI"): no purpose, so its words ("phone") are not read as what was bought.
const APP_REMARK = /^(?:payment from phone|sent (?:from|using|via) paytm|paid via \w+|pay via \w+|upi)$/i;

/** The payer's remark, or "" when it is only the app's own words (APP_REMARK). */
const remarkOf = (text: string): string => (APP_REMARK.test(text) ? "" : text);

function readSbiUpi(description: string): Descriptor | null {
  const fields = SBI_UPI.exec(description);
  if (fields === null) return null;
  const name = fields[2]!.trim();
  return {
    sellerText: `${fields[1]}/${name.length === 8 ? name.replace(CUT_FRAGMENT, "") : name}`,
    purpose: remarkOf((fields[3] ?? "").replace(/-+\s*$/, "").trim()),
    checkNumber: null,
  };
}

function readAxisPayment(description: string): Descriptor | null {
  const fields = AXIS_UPI.exec(description) ?? AXIS_IMPS.exec(description);
  if (fields === null) return null;
  const remark = fields[3]!.trim();
  return {
    sellerText: `${fields[1]}/${fields[2]!.trim()}`,
    purpose: remarkOf(remark),
    checkNumber: null,
  };
}

// State Bank of India prints its own words for the transfer in front of a UPI payment's usual text: "TO TRANSFER-UPI/
// DR/123456789012/KELDORA/YESB/keldora@ybl/Payment--", "WDL TFR UPI/DR/…", "DEP TFR UPI/CR/…". The text after them
// is read as the UPI payment it is.
const SBI_TRANSFER_LEAD = /^(?:WDL TFR|DEP TFR|TO TRANSFER|BY TRANSFER)[\s-]+(?=UPI\/)/i;

// PostFinance's payment from e-finance names the payee's postal account first, then the payee and the purpose in
// columns of their own: "E-FINANCE 01-12345-8; SWISSCOM (SCHWEIZ) AG; RECHNUNG 02.2024". The text after the account
// is read as such columns are.
const POSTFINANCE_PAYMENT = /^E-FINANCE\s+[\dX]{2}-[\dX]+-[\dX]\s*;\s*/i;

function readRemarkAfterPayee(description: string): Descriptor | null {
  const fields =
    UPI_REMARK_AFTER_HANDLE.exec(description) ??
    UPI_REMARK_AFTER_REFERENCE.exec(description) ??
    IMPS_REMARK_AFTER_ACCOUNT.exec(description);
  if (fields === null) return null;
  return { sellerText: fields[1]!, purpose: remarkOf(fields[2]!.trim()), checkNumber: null };
}

// Nubank's account export names a Pix's other party between dashes, then that party's tax number (a CPF masked
// "•••.123.456-••", a CNPJ "12.345.678/0001-90") and bank: "Transferência enviada pelo Pix - KELDORA SILVA -
// •••.123.456-•• - ITAÚ UNIBANCO S.A. (0341) Agência: 1 Conta: 12345-6". The party's bank is no part of its name
// (it had read as a company paying in), so the name ends at its tax number.
const NUBANK_PIX = /^(.*?\bpelo Pix)\s+-\s+(.+?)\s+-\s+[•*\d][\d•*./-]*\s+-\s/iu;

// Banco Inter's OFX prints the other party's name as NAME, then a Pix's MEMO with the same name after the party's
// account: "TIM S A Pix enviado: \"Cp :60701190-TIM S A\"". Joined, the name would be read twice around the bank's
// words; the memo alone says both how the money moved and to whom, as Nubank's "Pix recebido: \"Cp :…\"" does.
const INTER_PIX = /^.+?\s+(Pix (?:enviado|recebido):)\s*("Cp\s*:.*)$/iu;

/** The Pix's other party, read from Nubank's or Banco Inter's layout (above). */
function readPixMemo(description: string): Descriptor | null {
  const fields = NUBANK_PIX.exec(description) ?? INTER_PIX.exec(description);
  if (fields === null) return null;
  return { sellerText: `${fields[1]} ${fields[2]}`, purpose: "", checkNumber: null };
}

/**
 * A Chinese licence plate, as a bill prints it beside the payee: the province's character, the city's letter, then five
 * or six letters, digits or the masking stars of an export ("豫C12345", "粤B·D12345", "贵A*****").
 */
const LICENCE_PLATE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\s?[A-Z][·\s]?[A-Z0-9*]{5,6}$/iu;

function readSlashTags(description: string): Descriptor | null {
  const kind = TRTP.exec(description);
  if (kind === null) return null;
  const name = SLASH_NAME.exec(description)?.[1]?.trim() ?? "";
  if (name === "") return null;
  const remark = SLASH_REMI.exec(description)?.[1]?.replace(/^(?:USTD|STRD)?\/+|\/+$/g, "") ?? "";
  return { sellerText: name, purpose: `${kind[1]!.trim()} ${remark}`.trim(), checkNumber: null };
}

// ABN AMRO's own exports label the same SEPA fields with words, the kind of payment first: "SEPA Overboeking
// IBAN: NL… BIC: … Naam: ACME BV Omschrijving: Factuur 12 Kenmerk: …", "SEPA Incasso algemeen doorlopend
// Incassant: NL…ZZZ… Naam: ACME BV Machtiging: … Omschrijving: …", "SEPA iDEAL IBAN: … Naam: … Omschrijving: …".
// Naam is the other party, as /NAME/ is; the kind and Omschrijving (what the payer wrote) are the purpose.
const DUTCH_LABEL = String.raw`\b(?:IBAN|BIC|Naam|Incassant|Omschrijving|Kenmerk|Machtiging|Betalingskenm\.?|Voor|Referentie|Valutadatum):`;
const DUTCH_NAME = new RegExp(String.raw`\bNaam:\s*(.*?)\s*(?=${DUTCH_LABEL}|$)`, "i");
const DUTCH_REMARK = new RegExp(String.raw`\bOmschrijving:\s*(.*?)\s*(?=${DUTCH_LABEL}|$)`, "i");
const DUTCH_FIRST_LABEL = new RegExp(DUTCH_LABEL, "i");

// Polish and Czech banks' exports that join a payment's fields with their labels: PKO BP's "Przelew z rachunku
// Rachunek odbiorcy: … Nazwa odbiorcy: ACME SP. Z O.O. Adres odbiorcy: … Tytuł: FAKTURA 12", its card payment
// "Płatność kartą Tytuł: 0008… Lokalizacja: Adres: ACME 3165 Miasto: KRAKOW Kraj: POLSKA Data wykonania operacji: …",
// ČSOB's "Transakce platební kartou Místo: ACME BRNO Částka: 742,10 CZK …", and ING România's "Cumparare POS Nr. card:
// … Terminal: ACME CLUJ RO CLUJ-NAPOCA Data: …", "Transfer Home'Bank Beneficiar: ACME SRL In contul: … Detalii: …". The
// named party (the payee, the payer, the card's acceptor) is the seller; the kind of payment in front and what the
// payer wrote (Tytuł, Zpráva, Detalii) the purpose.
const EAST_LABELS = String.raw`(?<![\p{L}\d])(?:Nazwa (?:odbiorcy|nadawcy)|Adres(?: (?:odbiorcy|nadawcy))?|Rachunek (?:odbiorcy|nadawcy|kredytu)|Tytu[łl]|Lokalizacja|Miasto|Kraj|Data (?:wykonania operacji|i czas operacji|transakcji)|Oryginalna kwota operacji|Numer (?:karty|telefonu(?: odbiorcy| nadawcy)?|referencyjny)|Identyfikator p[łl]atno[śs]ci|Referencje w[łl]asne zleceniodawcy|M[íi]sto|[ČC][áa]stka|N[áa]zev proti[úu][čc]tu|Proti[úu][čc]et|Zpr[áa]va(?: pro p[řr][íi]jemce)?|VS|KS|SS|Nr\. card|Terminal|Beneficiar|Ordonator|In contul|Din contul|Banca|Detalii|Referinta|Data|Autorizare):`;
const EAST_LABEL = new RegExp(EAST_LABELS, "iu");
const EAST_PARTY = new RegExp(
  String.raw`(?<![\p{L}\d])(Nazwa (?:odbiorcy|nadawcy)|Lokalizacja:\s*Adres|M[íi]sto|N[áa]zev proti[úu][čc]tu|Terminal|Beneficiar|Ordonator):\s*(.*?)\s*(?=${EAST_LABELS}|$)`,
  "iu",
);
const EAST_PURPOSE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:Tytu[łl]|Zpr[áa]va(?: pro p[řr][íi]jemce)?|Detalii):\s*(.*?)\s*(?=${EAST_LABELS}|$)`,
  "iu",
);
/** A quick look for the party labels' words before the patterns are run. */
const MAY_HAVE_EAST_LABELS = /Nazwa |Lokalizacja:|sto:|proti|Terminal:|Beneficiar:|Ordonator:/i;

function readEastLabels(description: string): Descriptor | null {
  if (!MAY_HAVE_EAST_LABELS.test(description)) return null;
  const party = EAST_PARTY.exec(description);
  if (party === null || party[2] === "") return null;
  const kind = description.slice(0, Math.max(0, description.search(EAST_LABEL))).trim();
  const remark = EAST_PURPOSE.exec(description)?.[1] ?? "";
  const read: Descriptor = { sellerText: party[2]!, purpose: `${remark} ${kind}`.trim(), checkNumber: null };
  // A transfer's other party, unlike a card's acceptor, may be a person.
  if (!/^(?:Lokalizacja|M[íi]sto|Terminal)/iu.test(party[1]!)) read.transfer = true;
  return read;
}

// Baltic, Ukrainian and Russian payees as their registers write them, the legal form first and the name quoted: 'UAB
// "Bitė Lietuva" Sąskaita Nr. …', 'ТОВ «Київські енергетичні послуги» …'. The quoted name is the seller, what
// follows it the purpose.
const QUOTED_COMPANY =
  /^(?:UAB|AB|V[šs][įi]|DNSB|MB|I[įi]|SIA|AS|ТОВ|ПрАТ|ПАТ|АТ|ООО|ОАО|ЗАО|ПАО|АО|КП|БФ)\s+["«„“](.+?)["»“”]\s*(.*)$/iu;

function readQuotedCompany(description: string): Descriptor | null {
  const quoted = QUOTED_COMPANY.exec(description);
  if (quoted === null || quoted[1]!.trim() === "") return null;
  return { sellerText: quoted[1]!, purpose: quoted[2]!, checkNumber: null };
}

function readDutchLabels(description: string): Descriptor | null {
  if (description.search(/naam:/i) < 0) return null;
  const name = DUTCH_NAME.exec(description)?.[1] ?? "";
  if (name === "") return null;
  const kind = description.slice(0, Math.max(0, description.search(DUTCH_FIRST_LABEL))).trim();
  const remark = DUTCH_REMARK.exec(description)?.[1] ?? "";
  return { sellerText: name, purpose: `${kind} ${remark}`.trim(), checkNumber: null };
}

// German and Austrian banks' exports that join the SEPA fields into one text with German labels (Raiffeisen ELBA,
// Erste George, several ofx/csv converters): "Zahlungsempfänger: ACME GmbH Verwendungszweck: Rechnung 12 IBAN
// Zahlungsempfänger: AT… BIC Zahlungsempfänger: … Mandat: …", "ONLINE BANKING VOM 26.03 UM 08:20 Empfänger: …
// Zahlungsreferenz: …", "Auftraggeber: ACME Verwendungszweck: …". The named party (Zahlungsempfänger, Empfänger,
// Auftraggeber, Zahlungspflichtiger, Begünstigter) is the seller; what the payer wrote (Verwendungszweck,
// Zahlungsreferenz) and the kind of payment in front are the purpose. A card payment names no party: the acceptor is
// the text of the first of those two fields that is left once the card's own data is taken off ("Verwendungszweck:
// ACME SHOP WIEN 1020 Zahlungsreferenz: ePAYMENT 101,70 IE K1 04.04. 20:16 Kartenfolge-Nr.: 1": ePAYMENT or POS, the
// amount, the country, the card and the time say how it was paid, not what for, and ePAYMENT is no card bill's
// payment).
const GERMAN_PARTY =
  "Zahlungsempf(?:ä|ae?)nger|Empf(?:ä|ae?)nger|Auftraggeber|Zahlungspflichtiger|Beg(?:ü|ue?)nstigter";
const GERMAN_LABEL = new RegExp(
  String.raw`(?:\b(?:IBAN|BIC)\s+(?:${GERMAN_PARTY}):|(?<![\w-])(?:${GERMAN_PARTY}|Verwendungszweck|Zahlungsreferenz|Empf(?:ä|ae?)nger-Kennung|Auftraggeberreferenz|Mandat|Mandatsreferenz|Gl(?:ä|ae?)ubiger-ID|Kartenfolge-Nr\.?|Kundendaten|Kundenreferenz|End-to-End-Ref\.?|Kto\/IBAN|BLZ\/BIC|Buchungstext|null):)`,
  "gi",
);
const GERMAN_PARTY_LABEL = new RegExp(`^(?:${GERMAN_PARTY}):$`, "i");
// comdirect labels what the payer wrote, or a card payment's acceptor, "Buchungstext:" ("Kartenverfügung Buchungstext:
// KELDORA SAGT DANKE//STUTTGART/DE …", "Übertrag / Überweisung Empfänger: … Kto/IBAN: … Buchungstext: Miete").
const GERMAN_PURPOSE_LABEL = /^(?:Verwendungszweck|Zahlungsreferenz|Buchungstext):$/i;
const GERMAN_CARD_DATA =
  /(?:^|\s+)(?:(?:ePAYMENT|POS)\s+)?(?:\d+(?:\.\d{3})*,\d{2}\s+[A-Z]{2,3}\s+)?[A-Z]\d\s+\d{2}\.\d{2}\.(?:\s+\d{1,2}:\d{2})?\s*$/;

// A payment provider collecting for a seller names it in the purpose ("PayPal Europe S.a.r.l. …" with "1234/. ACME,
// Ihr Einkauf bei ACME"): the seller is the one named there, not the provider.
const PURCHASE_AT = new RegExp(
  String.raw`\b(?:${prefixes.purchaseAt.map((phrase) => phrase.split(" ").join(String.raw`\s+`)).join("|")})\s+(.+)$`,
  "i",
);

/**
 * The descriptor for a party and its purpose, or for the seller a provider's purpose names. What the payer wrote
 * comes before the kind of payment: where both name a category equally ("Miete", "ÜBERWEISUNG"), it says what the
 * money was for.
 */
function partyAndPurpose(party: string, purpose: string, kind: string): Descriptor {
  const seller = PURCHASE_AT.exec(purpose)?.[1]?.trim();
  if (seller) return { sellerText: seller, purpose: kind, checkNumber: null };
  return { sellerText: party, purpose: `${purpose} ${kind}`.trim(), checkNumber: null };
}

/**
 * A quick look for the endings of the labels that decide (…empfänger:, Auftraggeber:, …zweck:, …referenz:,
 * Buchungstext:).
 */
const MAY_HAVE_GERMAN_LABELS = /(?:nger|geber|zweck|referenz|tigter|ungstext):/i;

function readGermanLabels(description: string): Descriptor | null {
  if (!MAY_HAVE_GERMAN_LABELS.test(description)) return null;
  GERMAN_LABEL.lastIndex = 0;
  let match = GERMAN_LABEL.exec(description);
  if (match === null) return null;
  const lead = description.slice(0, match.index).trim();
  let party = "";
  const purposes: string[] = [];
  while (match !== null) {
    const label = match[0];
    const from = match.index + label.length;
    const next = GERMAN_LABEL.exec(description);
    const value = description.slice(from, next === null ? description.length : next.index).trim();
    if (GERMAN_PARTY_LABEL.test(label)) {
      if (party === "") party = value;
    } else if (GERMAN_PURPOSE_LABEL.test(label)) {
      const text = value.replace(GERMAN_CARD_DATA, "").trim();
      if (text !== "") purposes.push(text);
    }
    match = next;
  }
  if (party === "" && purposes.length === 0) return null;
  if (party !== "") return partyAndPurpose(party, purposes.join(" "), lead);
  return {
    sellerText: purposes[0]!,
    purpose: [lead, ...purposes.slice(1)].join(" ").trim(),
    checkNumber: null,
  };
}

// Belgian banks of the Fortis family print the kind of operation padded to a fixed width, the date and the amount
// with its sign, then the details: "PAIEMENT PAR CARTE DE BANQUE   23-12   39,99-AVEC LA CARTE XXXX 1234 5678 90XX
// ACME STORE LIEGE 4000 23/12/2026 DATE VALEUR : 23/12/2026" (the acceptor follows the masked card number, up to the
// date), "VOTRE ORDRE PERMANENT AU PROFIT   07-01   10,00-DU COMPTE 000-0000000-00 DE ACME ASBL COMMUNICATION: 12
// DATE VALEUR : …" (the party follows the account number), "DOMICILIATION EUROPEENNE DE   03-02   11,00-ACME ASBL
// NUMERO DE MANDAT : …" and "VIREMENT EUROPEEN A   08-11   11,96-ACME BE00000000000000 BIC ACMEBEBB VIA WEB BANKING
// COMMUNICATION : …" (the party right after the amount, up to its account or the next label). The account export
// prints the details alone, the party first: "ACME BE00000000000000BIC ACMEBEBB VIA MOBILE BANKING COMMUNICATION :
// 1234 EXECUTE LE 05-02 DATE VALEUR : 05/02/2017". The kind and COMMUNICATION are the purpose.
// Its Dutch export prints the same details with Dutch labels, the kind first: "BETALING MET DEBETKAART NUMMER 4871
// 04XX XXXX 0000 ACME TOWN 30/11/2026 BANCONTACT BANKREFERENTIE : … VALUTADATUM : …" (the acceptor as in French),
// "OVERSCHRIJVING IN EURO OP REKENING BE00 0000 0000 0000 BIC ACMEBEBB VIA WEB BANKING ACME MEDEDELING : …" and
// "UW DOORLOPENDE OPDRACHT TEN GUNSTE VAN REKENING BE00 … BIC ACMEBEBB ACME MEDEDELING : …" (the party after the
// account, its BIC and the channel), "EUROPESE DOMICILIERING VAN ACME MANDAAT NUMMER : …" (the party up to a label).
const FORTIS_HEAD = /^\s*(.*?)\s{2,}\d{2}-\d{2}\s+[\d.]*\d,\d{2}[+-]\s*/;
// The card's number in masked groups, with the lone check digit some cards print last ("6703 04XX XXXX X315 7"); the
// date may be glued to the town ("BRUS.07-02-2017").
const FORTIS_CARD =
  /\b(?:AVEC LA CARTE(?: DE DEBIT)?(?: NUMERO)?|MET (?:DE )?(?:DEBET|BANK)?KAART(?: NUMMER)?)\s+[X\d]{4}(?:\s+[X\d]{2,4}){2,3}(?:\s+[X\d](?=\s))?\s+(.*?)\s*(?:\b\d{4,5}\s+)?\d{2}[/-]\d{2}[/-]\d{4}\b/i;
const FORTIS_ACCOUNT = /^(?:.*\b)?(?:DU|AU) COMPTE\s+[\d-]+(?:\s+DE\s+|\s+|$)/i;
// The Dutch export's account before the party: "… OP REKENING BE00 0000 0000 0000 BIC ACMEBEBB VIA WEB BANKING ".
const FORTIS_ACCOUNT_FIRST =
  /^(.*?\b(?:REKENING|COMPTE))\s+[A-Z]{2}\d{2}(?:\s?[\dA-Z]{4}){2,7}\s*BIC\s+[A-Z\d]{8,11}(?:\s+VIA\s+[A-Z/]+\s*BANKING)?\s+/i;
// Where the party's name ends: its account (an IBAN, spaced or not, then its BIC, even glued: "BE00…0000BIC"), or the
// next label. The dates' labels and COMMUNICATION may be glued to what comes before them ("… NUMERO 336DATE VALEUR",
// "BIC ACMEBEBBCOMMUNICATION: …").
const FORTIS_PARTY_END =
  /\s*(?:\b[A-Z]{2}\d{2}[\dA-Z ]{8,34}?\s*BIC\b|\b(?:BIC|NUMERO DE MANDAT|REFERENCE|VIA|MANDAAT NUMMER|REFERTE|BANKREFERENTIE)\b|(?:COMMUNICATION|MEDEDELING)\s*:|(?:EXECUTE LE|DATE VALEUR|UITGEVOERD OP|VALUTADATUM)\b)/i;
const FORTIS_COMMUNICATION =
  /(?:COMMUNICATION|MEDEDELING)\s*:\s*(.*?)\s*(?:EXECUTE LE\b|DATE VALEUR\b|UITGEVOERD OP\b|(?:BANK)?REFERENTIE\b|VALUTADATUM\b|$)/i;
const FORTIS_DATES = /(?:EXECUTE LE|DATE VALEUR|VALUTADATUM)\b/i;
const FORTIS_TRANSFER_KIND =
  /\b(?:VIREMENT|ORDRE PERMANENT|DOMICILIATION|OVERSCHRIJVING|DOORLOPENDE OPDRACHT|DOMICILIERING)\b/i;

function readFortisDetails(description: string): Descriptor | null {
  const head = FORTIS_HEAD.exec(description);
  // Without the header, only the export's details: a party closed by its account or a label, and Fortis's dates.
  if (head === null && !FORTIS_DATES.test(description)) return null;
  let kind = head?.[1] ?? "";
  let details = head === null ? description : description.slice(head[0].length);
  const card = FORTIS_CARD.exec(details);
  if (card !== null) {
    const acceptor = card[1]!.trim();
    return acceptor === "" ? null : { sellerText: acceptor, purpose: kind, checkNumber: null };
  }
  const accountFirst = FORTIS_ACCOUNT_FIRST.exec(details);
  if (accountFirst !== null) {
    kind = `${kind} ${accountFirst[1]!}`.trim();
    details = details.slice(accountFirst[0].length);
  }
  // "… DU COMPTE 000-0000000-00 DE ACME" in the details, or in the kind ("VIREMENT DU COMPTE 000-… 21-12 1,00+DE ACME").
  const account = FORTIS_ACCOUNT.exec(details);
  const afterAccount =
    account !== null
      ? details.slice(account[0].length)
      : FORTIS_ACCOUNT.test(kind)
        ? details.replace(/^DE\s+/i, "")
        : details;
  const end = FORTIS_PARTY_END.exec(afterAccount);
  if (end === null || (head === null && end.index === 0)) return null;
  const party = afterAccount.slice(0, end.index).trim();
  if (party === "") return null;
  const communication = FORTIS_COMMUNICATION.exec(afterAccount)?.[1] ?? "";
  // A transfer's or a direct debit's kind says how the money moved, not what for: the party and what its
  // communication says decide ("… DE ACME SPRL … COMMUNICATION: LOYER DU MOIS" is rent, a person's name nothing).
  const transfer = FORTIS_TRANSFER_KIND.test(kind);
  return {
    sellerText: party,
    purpose: `${communication} ${transfer ? "" : kind}`.trim(),
    checkNumber: null,
    transfer,
  };
}

// Other Belgian banks' transfers and direct debits (KBC, Belfius, ING Belgium, Argenta): the kind, the party, its
// account, then what the payer wrote after "Mededeling:" or "Communication:" ("Europese overschrijving naar KELDORA BV
// BE12 3456 7890 1234 Mededeling: factuur 12", "Virement européen vers KELDORA SRL BE… Communication: minerval",
// "Domiciliëring KELDORA Mededeling: …"). The kind stays in front of the party, where the cleaning reads it as a
// wrapper (a transfer's payee may be a person's name or a business's); a structured communication
// (+++123/4567/89012+++) is only a number.
const BELGIAN_REMARK = /\s(?:Mededeling|Communication)\s*:\s*(.*)$/i;
const ACCOUNT_AT_END = /\s+[A-Z]{2}\d{2}(?:\s?[\dA-Z]{4}){2,7}\s*$/i;
const STRUCTURED_COMMUNICATION = /\+\+\+[\d/]+\+\+\+/g;

function readBelgianRemark(description: string): Descriptor | null {
  const remark = BELGIAN_REMARK.exec(description);
  if (remark === null) return null;
  const party = description.slice(0, remark.index).replace(ACCOUNT_AT_END, "").trim();
  if (party === "") return null;
  const purpose = remark[1]!.replace(STRUCTURED_COMMUNICATION, " ").trim();
  return { sellerText: party, purpose, checkNumber: null };
}

/**
 * KBC's direct debit names its creditor in a field of its own, then the creditor's and the mandate's references
 * ("EUROPESE DOMICILIERING SCHULDEISER : LUMINUS NV REF. SCHULDEISER : BE46ZZZ… MANDAATREFERTE : … MEDEDELING : …",
 * in French "CREANCIER : … REF. CREANCIER : …"): the creditor is the seller, and the kind of payment is read with
 * the purpose.
 */
function withBelgianCreditor(read: Descriptor): Descriptor {
  const creditor = BELGIAN_CREDITOR.exec(read.sellerText);
  if (creditor === null || creditor[2] === "") return read;
  return { ...read, sellerText: creditor[2]!, purpose: `${creditor[1]!.trim()} ${read.purpose}`.trim() };
}

const BELGIAN_CREDITOR =
  /^(.*?)\b(?:SCHULDEISER|CREANCIER|CRÉANCIER)\s*:\s*(.*?)\s*(?=\bREF\.?\s*(?:SCHULDEISER|CREANCIER|CRÉANCIER)\b|\bMANDAATREFERTE\b|\bREFERENCE DU MANDAT\b|$)/i;

// German banks' SEPA text with its tags (MT940 :86: fields as several banks' CSV exports print them): "ACME GmbHSEPA-
// BASISLASTSCHRIFT SVWZ+ Rechnung 12 EREF+ … MREF+ … CRED+ …", "J. DOESEPA-ÜBERWEISUNG IBAN+ … BIC+ … SVWZ+ Miete
// KREF+ …". The party comes first, glued to the kind of payment (SEPA-…); SVWZ+ is what the payer wrote.
const SEPA_TAG = /\b(?:IBAN|BIC|SVWZ|EREF|KREF|MREF|CRED|ABWA|ABWE|DEBT|COAM|OAMT|PURP)\s?\+/gi;
/** The same tags, for a yes-or-no test that leaves no lastIndex behind. */
const SEPA_TAG_AT_ALL = new RegExp(SEPA_TAG.source, "i");
const SEPA_KIND = /SEPA-/i;
const SEPA_KIND_TEXT = "SEPA-";
const PURPOSE_TAG = "SVWZ+";

// French banks print a direct debit's or a transfer's fields with labels: Société Générale's "PRELEVEMENT EUROPEEN
// 1234567890 DE: ACME ENERGIE ID: FR12ZZZ123456 MOTIF: ABONNEMENT REF: … MANDAT …" (a transfer sent names its payee
// after POUR:, "VIR EUROPEEN EMIS LOGITEL POUR: ACME SARL MOTIF: …") and the slash tags of others
// ("VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE /REF …"). DE is the other party (the seller), MOTIF the purpose; the
// kind of operation in front is read with the purpose. ID, REF and MANDAT are the creditor's and the bank's numbers.
const FRENCH_PARTY =
  /(?:\bDE:|\bPOUR:|(?:^|\s)\/DE\s)\s*(.*?)\s*(?=\bID:|\bMOTIF:|\bREF:|\bMANDAT\b|\s\/[A-Z]{2,6}\b|$)/i;
const FRENCH_PURPOSE =
  /(?:\bMOTIF:|(?:^|\s)\/MOTIF\s)\s*(.*?)\s*(?=\bID:|\bREF:|\bMANDAT\b|\s\/[A-Z]{2,6}\b|$)/i;

function readFrenchLabels(description: string): Descriptor | null {
  const party = FRENCH_PARTY.exec(description);
  if (party === null || party[1] === "") return null;
  const kind = description.slice(0, party.index).trim();
  const read = partyAndPurpose(party[1]!, FRENCH_PURPOSE.exec(description)?.[1] ?? "", kind);
  // A transfer's other party ("VIR SEPA RECU /DE …") may be a person named like a brand.
  if (kind !== "" && cleanDescription(kind).afterTransfer) read.transfer = true;
  return read;
}

// Italian banks' fields. Intesa Sanpaolo, UniCredit and Poste label a transfer's or a direct debit's other party and
// what the payer wrote: "DISPOSIZIONE DI BONIFICO BONIFICO SEPA A FAVORE DI: ACME SRL CAUSALE: FATTURA 12", "BONIFICO
// A VOSTRO FAVORE DISPOSTO DA: ACME SPA CAUSALE: …", "Bonifico SEPA Italia Ord: ACME SRL Causale: …" (Ben: for the
// payee), "RICARICA POSTEPAY … BENEF. MARIO ROSSI CAUSALE REGALO", and a direct debit's creditor after its id: "ADDEBITO
// SDD CORE Scad. … Creditor id. IT55ZZZ0000123 ACME S.P.A. Id Mandato …". Intesa's credit names its payer after "SEPA
// DA" and the purpose after "PER": "BONIFICO A VOSTRO FAVORE BONIFICO SEPA DA ACME SRL PER PREMIO DI RISULTATO".
const ITALIAN_PARTY =
  /(?:\bA FAVORE DI:?|\bDISPOSTO DA:|\bOrd:|\bBen:|\bBENEF\.|\bCreditor id\.\s*\S+)\s*(.*?)\s*(?=\bCAUSALE\b|\bId Mandato\b|\bRIF\.|$)/i;
const ITALIAN_PURPOSE = /\bCAUSALE\b:?\s*(.*)$/i;
const ITALIAN_PAYER_FOR = /\bSEPA DA\s+(.*?)\s+PER\s+(.*)$/i;

// UniCredit's card line names the amount, the day and the terminal's country before the acceptor, and the card
// after it: "PAGAMENTO POS 52,30 EUR DEL 05.03.2024 A (ITA) COOP ALLEANZA 3.0 CARTA N. XXXX …" (a refund: "ACCREDITO
// STORNO PAGAMENTO POS …"); Fineco's and Poste's name the day, and the hour, only: "ACQUISTO ONLINE DEL 03/04/2024
// STEAM PURCHASE", "PAGAMENTO POS DEL 13/03/2024 ORE 17.45 MCDONALDS …".
const ITALIAN_CARD_KIND =
  /^(?:ACCREDITO |STORNO |PAGAMENTO |ACQUISTO )+(?:POS|CONTACTLESS|INTERNET|ONLINE|CARTA)\b/i;
const ITALIAN_CARD =
  /^((?:ACCREDITO\s+|STORNO\s+|PAGAMENTO\s+|ACQUISTO\s+)+(?:POS|CONTACTLESS|INTERNET|ONLINE|CARTA))\s+(?:[\d.,]+\s+[A-Z]{3}\s+)?DEL\s+[\d./-]+\s+(?:ORE\s+[\d.:]+\s+)?(?:A\s+\([A-Z]{3}\)\s+)?(.*?)(?:\s+CARTA\s+N\b.*)?$/i;

// A Sparkasse card payment's purpose field (the day, the card's number and its expiry) joined before the acceptor,
// as its CSV-CAMT export's columns follow each other: "KARTENZAHLUNG 2024-04-03T17:42 Debitk.1 2027-12 REWE Markt
// GmbH-Zw//Muenchen/DE", "KARTENZAHLUNG 2024-03-27 Debitk.1 VISA Debit BÄCKEREI …". The acceptor is the seller.
const SPARKASSE_CARD =
  /^((?:KARTENZAHLUNG|Kartenzahlung)(?:\s+[A-Z]+)?)\s+\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?\s+Debitk\.\d+\s+(?:\d{4}-\d{2}\s+)?(?:(?:VISA|Visa|Mastercard|girocard)(?:\s+Debit)?\s+)?(.+)$/;

// ING España's card line names the shop, its town, the card and the card's fee on the purchase, most often none:
// "Compra KELDORA FLORS, Moncada, Tarjeta 4XXXXXXXXXXX1234 , Comision 0,00". The shop is the seller; the fee's word
// is no fee charged.
const ING_SPAIN_CARD =
  /^((?:Compra|Pago|Devoluci[oó]n)(?:\s+en)?)\s+(.+?),\s*[^,]*,\s*Tarjeta\s+[\dX*]+\s*,\s*Comisi[oó]n\s+[\d.,]+\s*$/i;

// N26's export joined column by column: the payee, its IBAN (none for a card), the kind of transaction, then the
// payment's reference: "ROESTWERK KELDORA MasterCard Payment", "Keldora GmbH DE12XXXX0000 Direct Debit Beitrag 03/25",
// "Jana Keldora DE08XXXX3390 Outgoing Transfer Geschenk". The kind says how the money moved, never what for: a card
// purchase's "MasterCard Payment" is no card bill paid, so only the reference is read with the payee. A card's kind
// is read only last, as N26 prints it with no reference: "ONLINE MasterCard Payment …" from another bank is its bill.
const N26_KIND =
  /^(.+?)(?:\s+[A-Z]{2}\d{2}[\dX]{8,30}\s+(Outgoing Transfer|Direct Debit|Income|Credit Transfer)(?:\s+(.*))?|\s+(MasterCard Payment|Maestro Payment|Reversal))$/;

function readN26Columns(description: string): Descriptor | null {
  const read = N26_KIND.exec(description);
  if (read === null) return null;
  const kind = read[2] ?? read[4]!;
  const reference = read[3] ?? "";
  // A reversal is money back: its word is kept for the bank words. A transfer's payee may be a person.
  return {
    sellerText: read[1]!,
    purpose: kind === "Reversal" ? `${kind} ${reference}`.trim() : reference,
    checkNumber: null,
    transfer: read[2] !== undefined && kind !== "Direct Debit",
  };
}

// Austrian banks' exports. A card payment names the card's network and masked number before the acceptor, and BAWAG's
// the terminal's own fields between bars: "Bezahlung Karte MC/XXXXXXXX1 BILLA DANKT 0732\WIEN\1070 03.04. 18:12",
// "Bezahlung Karte MC/XXXXXXXX4|POS 21,34 AT K4 02.04. 19:10|BILLA DANKT 0611 1070 WIEN". A transfer's or a direct
// debit's fields are joined by bars too: the kind and the other party, then what the payer wrote, then the IBAN:
// "Gutschrift KELDORA GMBH|Honorar 04/2025|AT XXXX …", "Überweisung Jana Keldora|Putzhilfe April".
const AUSTRIAN_CARD =
  /^(Bezahlung Karte|Abhebung Bankomat|Abhebung Karte|Bargeldbehebung)\s+(?:MC|VISA|VI|MAESTRO|MA|BK|DC)\/[\dX*]+\s*(?:\|\s*POS\s+[\d.,]+\s+[A-Z]{2}\s+K\d+\s+[\d.]+\s+[\d:]+\s*\|)?\s*(.*)$/i;
const AUSTRIAN_KIND =
  /^(Gutschrift|[ÜU]e?berweisung|Lastschrift|Dauerauftrag|Einzahlung|Abbuchung|Retoure)\s+(.*)$/i;

// Swiss banks' card lines join the kind, the card, the acceptor and its town with commas: Zürcher Kantonalbank's
// "Einkauf ZKB Visa Debit Card Nr. XXXX 1234, KELDORA MARKT, Zuerich", "Einkauf Debit Mastercard 05.04.2025,
// KELDORA AG, Karte XXXX1234" and TWINT's "TWINT Einkauf, KELDORA AG, Bern". The acceptor is the seller.
const SWISS_CARD =
  /^((?:TWINT\s+)?Einkauf(?:\s+[^,]*?(?:Card|Karte|Mastercard|Maestro)(?:\s+Nr\.)?[\s\dX.*]*)?),\s*([^,]+)(?:,.*)?$/i;

function readAustrianFields(description: string): Descriptor | null {
  if (description.indexOf("|") < 0) return null;
  const fields = description.split("|").map((field) => field.trim());
  const first = AUSTRIAN_KIND.exec(fields[0]!);
  if (first === null || first[2] === "") return null;
  const purpose = fields[1] !== undefined && !/^[A-Z]{2}\s*[\dX]{2}[\dX ]+$/.test(fields[1]) ? fields[1] : "";
  // The kind stays in front of the party, where the leads read it: a transfer's wrapper ("Überweisung") leaves a
  // person's name uncategorized, a direct debit's names the biller.
  return { sellerText: fields[0]!, purpose, checkNumber: null };
}

// Banca Mediolanum's card line joins its fields with dashes: "Pagamento Pos - 05/03/2025 12:02 - KELDORA OTTICA -
// MILANO - Carta XXXX1234". The acceptor is the field after the day and hour.
const DASHED_CARD =
  /^(Pagamento Pos|Pagamento carta|Prelievo(?: ATM)?)\s+-\s+[\d/.]+(?:\s+[\d:.]+)?\s+-\s+(.+?)(?:\s+-\s+[^-]*)?\s+-\s+Carta\s+[\dX*]+\s*$/i;

// Crédit Mutuel's and CIC's card line: the day, then the terminal's town, then the acceptor, then the card: "PAIEMENT CB
// 1203 TOULOUSE KELDORA CARTE 12345678" ("PSC" for a contactless payment).
const TOWN_FIRST_CARD = /^(PAIEMENT (?:CB|PSC))\s+\d{4}\s+(.+?)\s+CARTE\s+[\dX*]+\s*$/;

// Belgian banks' exports in French (ING Belgique, Argenta) join their fields with dashes: a card payment's day (and
// hour) before the acceptor and its card after ("Paiement Bancontact contactless 08/03 - 15:22 - KELDORA 4000 LIEGE BEL
// - Carte n° 6703 …", "Achat en ligne Visa Debit 03/04 - KELDORA.COM - Carte n° …"), or the acceptor first and the
// day after ("Paiement Bancontact sans contact KELDORA - 26/04/2025 16:45 - Carte 6703 …"); a direct debit's creditor
// before its invoice ("Domiciliation européenne KELDORA SA - Facture 0254 - Réf. mandat : …"); a transfer's other
// party before its account and what the payer wrote ("Virement européen de KELDORA BE40 XXXX … - Communication : …").
const BELGIAN_CARD_DAY_FIRST =
  /^((?:Paiement|Achat|Retrait)\b[^-]*?)\s+\d{2}\/\d{2}(?:\/\d{4})?\s+-\s+(?:\d{1,2}:\d{2}\s+-\s+)?(.+?)\s+-\s+Carte\b.*$/i;
const BELGIAN_CARD_DAY_AFTER =
  /^((?:Paiement|Achat|Retrait)\s+(?:Bancontact|Maestro|Visa|Mastercard)(?:\s+(?:sans contact|contactless|en ligne|Debit))*)\s+(.+?)\s+-\s+\d{2}\/\d{2}\/\d{4}(?:\s+[\d:]+)?\s+-\s+Carte\b.*$/i;
const BELGIAN_DIRECT_DEBIT = /^(Domiciliation europ[ée]enne)\s+(.+?)\s+-\s+(.*)$/i;
const BELGIAN_TRANSFER =
  /^(Virement (?:europ[ée]en|SEPA|instantan[ée])(?: SEPA)?(?: de| en faveur de| vers)?)\s+(.+?)\s+[A-Z]{2}\d{2}(?:\s+[\dX]{4}){2,}(?:\s+-\s+Communication\s*:\s*(.*?))?(?:\s+-\s+Date valeur.*)?$/i;

function readBelgianDashes(description: string): Descriptor | null {
  const debit = BELGIAN_DIRECT_DEBIT.exec(description);
  if (debit !== null) return { sellerText: debit[2]!, purpose: `${debit[3]} ${debit[1]}`, checkNumber: null };
  const transfer = BELGIAN_TRANSFER.exec(description);
  if (transfer !== null)
    return { sellerText: transfer[2]!, purpose: transfer[3] ?? "", checkNumber: null, transfer: true };
  return null;
}

// What the payer wrote, joined after a bar by a converter ("VIREMENT EUROPÉEN DE … ACME SA … | SALAIRE"): the text
// before the bar is read as any other, and the communication after it joins its purpose. One bar, and no field label
// after it: Venmo's "Payment to … | Note: …" is read by the name before its labels.
function barCommunication(description: string): { before: string; after: string } | null {
  const bar = description.indexOf(" | ");
  if (bar <= 0 || description.indexOf(" | ", bar + 3) >= 0 || description.indexOf(":", bar) >= 0) return null;
  return { before: description.slice(0, bar), after: description.slice(bar + 3).trim() };
}

// Santander Bank Polska's credit card statement: the kind, the card's number, the amount and its currency, then the
// acceptor: "DOP. MC 5543XXXXXXXX2290 PŁATNOŚĆ KARTĄ 24.80 PLN ACME WARSZAWA", "ZWROT MC … ZWROT PŁATNOŚCI KARTĄ 199.90
// PLN ACME BERLIN" (a refund), "UZN. MC … 312.00 PLN ACME AMSTERDAM".
const POLISH_CARD =
  /^((?:DOP\.|UZN\.|ZWROT)\s+(?:MC|VISA|VS)\s+[\dX*]{8,}(?:\s+(?:ZWROT\s+)?P[ŁL]ATNO[ŚS](?:[ĆC]|CI)\s+KART[ĄA])?)\s+[\d.,]+\s+[A-Z]{3}\s+(.+)$/iu;

// Sbanken's card line: the card's last digits, the day, the currency and the amount before the acceptor, the rate
// after it: "*1234 23.03 NOK 87.00 ACME BERGEN Kurs: 1.0000". Read apart, so a name that opens with a digit ("7-ELEVEN")
// is not taken for the amount's.
const SBANKEN_CARD = /^(\*[\dX]{4})\s+\d{2}\.\d{2}\s+[A-Z]{3}\s+[\d.,]+\s+(.+?)\s+Kurs:\s*[\d.,]+\s*$/;

// Banca Transilvania's card line, its columns joined with semicolons: the kind, then the terminal's day and id before
// the acceptor, and the amount and the card's fee after it: "Plata la POS;POS 05/02/2025 TID:G5510932 ACME 0847
// CLUJ-NAPOCA RO valoare tranzactie: 64.35 RON RRN:… comision tranzactie 0.00 RON;". The fee named there is most often
// none, and no fee of the purchase's.
const TRANSILVANIA_CARD =
  /^((?:Plata la POS|Anulare|Retragere|Incasare)[^;]*);E?POS\s+\d{2}\/\d{2}\/\d{4}\s+TID:\S+\s+(.+?)\s+valoare tranzactie:.*$/i;

// Raiffeisen România's card statement: the kind, the card, the day, then the acceptor and the authorisation: "Plata la
// comerciant 4XXXXXXXXXXX3307 03.02.2025 ACME CLUJ-NAPOCA ROU Aut. 644650" ("Anulare tranzactie …", a refund).
const RAIFFEISEN_RO_CARD =
  /^(Plata la comerciant|Anulare tranzactie|Retragere numerar)\s+[\dX*]{8,}\s+(?:\d{2}\.\d{2}\.\d{4}\s+)?(.+?)(?:\s+Aut\.\s*\d+)?$/i;

// BCR's George export joins its fields with commas: the kind, the acceptor or the payee, then its town, country, card
// and time, or the payee's account and what the payer wrote: "Plata POS comerciant, ACME 1172, CLUJ NAPOCA, RO, card
// ***5523, …", "Transfer George, catre POPESCU ANA, RO08…, taxa inot", "Plata debit direct, ACME SA, cod abonat …".
const GEORGE_FIELDS =
  /^(Plata POS comerciant|Plata debit direct|Transfer George|Incasare),\s*(?:catre\s+)?([^,]+),\s*(.*)$/i;
const GEORGE_CARD_KIND = /^Plata POS comerciant$/i;
const IBAN_FIELD = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

function readGeorgeFields(description: string): Descriptor | null {
  const fields = GEORGE_FIELDS.exec(description);
  if (fields === null) return null;
  const kind = fields[1]!;
  if (GEORGE_CARD_KIND.test(kind)) return { sellerText: fields[2]!, purpose: kind, checkNumber: null };
  // What the payer wrote follows the party's account; a direct debit's customer number says nothing.
  const rest = fields[3]!.split(",").map((field) => field.trim());
  const remark = IBAN_FIELD.test(rest[0] ?? "") ? rest.slice(1).join(" ") : "";
  // A transfer's kind names the channel, which says nothing of what the money was for; a direct debit's names a bill.
  const debit = /debit/i.test(kind);
  return {
    sellerText: fields[2]!,
    purpose: debit ? `${remark} ${kind}`.trim() : remark,
    checkNumber: null,
    transfer: !debit,
  };
}

// Banca Transilvania's transfers, their columns joined with semicolons: the kind, the payer's tax id, what the payer
// wrote, the party and its account: "Plata OP intra - canal electronic;INTRETINERE 02 AP 23;ASOC DE PROPRIETARI …;
// RO48BTRL…", "Incasare OP - canal electronic;C.I.F.:31XXXXXX;PRIMA 2025;ACME SRL;RO71INGB…;INGBROBU;REF. …", "Transfer BT
// Pay;catre POP ELENA;bona martie;RO27…". The party is the field before the account, or the one "catre" (to) opens.
const TRANSILVANIA_TRANSFER = /^(?:Plata OP|Incasare OP|Transfer BT Pay|Transfer intre conturi)/i;

function readTransilvaniaTransfer(description: string): Descriptor | null {
  if (!TRANSILVANIA_TRANSFER.test(description)) return null;
  const fields = description
    .split(";")
    .map((field) => field.trim())
    .filter((field) => field !== "" && !/^C\.?I\.?F\.?:/i.test(field));
  const account = fields.findIndex((field, i) => i > 0 && IBAN_FIELD.test(field));
  const to = fields.findIndex((field, i) => i > 0 && /^catre\s/i.test(field));
  const at = to > 0 ? to : account > 1 ? account - 1 : -1;
  if (at <= 0) return null;
  const party = fields[at]!.replace(/^catre\s+/i, "");
  const remark = fields.filter((_, i) => i > 0 && i !== at && (account < 0 || i < account)).join(" ");
  // The kind names the channel ("Transfer BT Pay", "Plata OP"), which says nothing of what the money was for.
  return { sellerText: party, purpose: remark, checkNumber: null, transfer: true };
}

// Turkish banks join a line's fields with hyphens: the kind, the party or the acceptor, then what the payer wrote or
// the acceptor's town: "İşCep FAST Gönderim-AYŞE KARA-kira nisan", "Otomatik Ödeme-ACME ELEKTRİK A.Ş.-Tesisat
// No:…", "Bankamatik Kartı ile Alışveriş-ACME MARKETLER-IZMIR", "POS İade-ACME-IZMIR" (a refund).
const TURKISH_FIELDS =
  /^((?:İşCep |Maximum Mobil |Mobil |İnternet )?(?:FAST Gönderim|FAST Gelen|Havale Gönderim|EFT Gönderim|Otomatik Ödeme|Fatura Ödeme|Bankamatik Kartı(?: Temassız)?(?: ile)? Alışveriş|POS İade|POS Harcama|Kart ile Alışveriş))-([^-]+)(?:-(.*))?$/iu;

function readTurkishFields(description: string): Descriptor | null {
  const fields = TURKISH_FIELDS.exec(description);
  if (fields === null || fields[2]!.trim() === "") return null;
  const kind = fields[1]!;
  const card = /Alışveriş|İade|Harcama/iu.test(kind);
  const read: Descriptor = {
    sellerText: fields[2]!,
    purpose: `${card ? "" : (fields[3] ?? "")} ${kind}`.trim(),
    checkNumber: null,
  };
  if (/FAST|Havale|EFT/iu.test(kind)) read.transfer = true;
  return read;
}

// Erste Hungary's George export joins its fields with spaced dashes: the kind, the party or the acceptor, then what the
// payer wrote after "Közlemény:" or the day and the card: "Átutalás - ACME KFT. - Közlemény: SZLA 12", "Kártyás vásárlás
// - ACME 0244 BUDAPEST HU - 2025.03.07 - Kártya: XXXX1029".
const ERSTE_HU_FIELDS =
  /^((?:Kártyás vásárlás|Átutalás(?: jóváírás| terhelés)?|Azonnali átutalás|Csoportos beszedés|Visszatérítés))\s+-\s+(.+?)(?:\s+-\s+(.*))?$/iu;

function readErsteHuFields(description: string): Descriptor | null {
  const fields = ERSTE_HU_FIELDS.exec(description);
  if (fields === null) return null;
  const kind = fields[1]!;
  const remark = /^Közlemény:\s*(.*)$/iu.exec(fields[3] ?? "")?.[1] ?? "";
  const read: Descriptor = { sellerText: fields[2]!, purpose: `${remark} ${kind}`.trim(), checkNumber: null };
  if (/átutalás/iu.test(kind)) read.transfer = true;
  return read;
}

// Nigerian banks' and fintechs' transfers name the other party, its bank and what the payer wrote, between bars or
// slashes: "Outward transfer to ACME LAUNDRY | Moniepoint MFB | duvet", "MOB.TRF TO JANE DOE/OPAY/house help",
// "NIP TRANSFER TO ACME LTD/ZENITH BANK/rent", "FBNMOBILE:TRF TO ACME PARISH/offering", "NIP FRM ACME LTD/salary". Money
// moves this way to shops and tradesmen as much as to people: the party and the payer's words decide, as after a
// transfer's wrapper, and the channel's words are no purpose.
const PARTY_FIELDS =
  /^(?:Reversal\s*-\s*)?(?:(?:Outward|Inward)\s+)?(?:(?:NIP|MOB\.?|[A-Z]{2,12}MOBILE:?)\s*)?(?:(?:TRANSFER|TRF)\s+(?:TO|FROM|FRM|KE|DARI)|FRM|CR|INWARD FROM)\s*[\s/|]\s*(.*[|/].*)$/i;
const BANK_FIELD =
  /(?:\bBANK\b|\bMFB\b|MICROFINANCE|\b(?:OPAY|MONIEPOINT|KUDA|PALMPAY|GTB|GTBANK|UBA|FCMB|ACCESS|ZENITH|WEMA|PROVIDUS|ECOBANK|STANBIC|FIDELITY|STERLING|POLARIS|KEYSTONE)\b|DIGITAL SERVICES)/i;
const NUMBER_FIELD = /^[\dX*]{6,}$/i;
const ACCOUNT_ABBREVIATION = /\bA\/C\b/i;
const PARTY_NAME = /^\p{L}[\p{L}'’.&,\s-]*\p{L}[\p{L}'’.&,\s-]*\p{L}$/u;

function readPartyFields(description: string): Descriptor | null {
  const fields = PARTY_FIELDS.exec(description);
  if (fields === null || ACCOUNT_ABBREVIATION.test(description)) return null;
  // The party is the first field that is neither a bank nor an account's number ("TRANSFER KE | 0XXXX87 | ANA", as
  // Indonesian banks print the party's account before its name).
  const rest = fields[1]!
    .split(/\s*[|/]\s*/)
    .filter(
      (field) =>
        field !== "" && !BANK_FIELD.test(field) && !NUMBER_FIELD.test(field) && !/^REF:/i.test(field),
    );
  // A name of letters, not a masked number and a day ("MBR ***0123 ACCT 3 12/1").
  if (rest.length === 0 || !PARTY_NAME.test(rest[0]!)) return null;
  return { sellerText: rest[0]!, purpose: rest.slice(1).join(" "), checkNumber: null, transfer: true };
}

// Croatian exports label the kind, then name the party and what the payer wrote between slashes: "Plaćanje: ACME
// D.O.O. / Pretplata 11/2024 / HR01 …", "Uplata: ACME D.O.O. / Dar za dijete", "Prijenos: Ana Horvat / Vlastiti prijenos".
const CROATIAN_FIELDS = /^(Plaćanje|Placanje|Uplata|Prijenos|Isplata):\s*([^/]+?)\s*(?:\/\s*(.*))?$/iu;

function readCroatianFields(description: string): Descriptor | null {
  const fields = CROATIAN_FIELDS.exec(description);
  if (fields === null || fields[2]!.trim() === "") return null;
  const remark = (fields[3] ?? "")
    .split(/\s*\/\s*/)
    .filter((field) => !/^[A-Z]{2}\d{2}[\dX\s]{8,}$/i.test(field))
    .join(" ");
  const read: Descriptor = { sellerText: fields[2]!, purpose: remark, checkNumber: null };
  if (!/^Pla/iu.test(fields[1]!)) read.transfer = true;
  return read;
}

// BCA's internet-banking transfer: the day, the channel's code and the teller's, then a biller's code and the payee
// ("TRSF E-BANKING DB 0503/FTFVA/WS95031 70001/ACME - - 0812…", a virtual account paid) or the amount and the payee and
// what the payer wrote ("TRSF E-BANKING DB 3003/FTSCY/WS95051 2200000.00 ANA WIJAYA GAJI MAR", to an account).
const BCA_TRANSFER =
  /^TRSF E-BANKING (?:DB|CR) \d{4}\/(FT[A-Z]{3})\/\S+\s+(?:\d+\/|[\d.,]+\s+)(.+?)(?:\s+-\s+-.*)?$/i;

function readBcaTransfer(description: string): Descriptor | null {
  const fields = BCA_TRANSFER.exec(description);
  if (fields === null || fields[2]!.trim() === "") return null;
  const read: Descriptor = { sellerText: fields[2]!, purpose: "", checkNumber: null };
  // A virtual account (FTFVA) is a biller's; a transfer to an account (FTSCY) may be a person's.
  if (fields[1]!.toUpperCase() !== "FTFVA") read.transfer = true;
  return read;
}

// M-Pesa's statement names the kind, the till's, pay bill's or phone's number, then the payee after a dash, and a pay
// bill's account after "Acc.": "Pay Bill Online to 150501 - ACME Acc. 0112…", "Merchant Payment to 905566 - ACME",
// "Buy Goods and Services to 774410 - ACME", "Customer Transfer to - 2547******890 JANE DOE". A payment to or from a
// person (a customer transfer, funds received) is read as after a transfer's wrapper: a person's name is the user's to
// file.
const MPESA_LINE =
  /^((?:Pay Bill|Merchant Payment|Buy Goods and Services|Customer Transfer|Funds received|Business Payment)(?: Online| Fuliza M-?Pesa)?)\s+(?:to|from)\s*(?:[\d*]+\s*)?-\s*(?:[\d*]{6,}\s+)?(.+?)(?:\s+Acc\.\s*(.*))?$/i;

function readMpesaLine(description: string): Descriptor | null {
  const fields = MPESA_LINE.exec(description);
  if (fields === null || fields[2]!.trim() === "") return null;
  const kind = fields[1]!;
  if (/^(?:Customer Transfer|Funds received)/i.test(kind))
    return { sellerText: fields[2]!, purpose: "", checkNumber: null, transfer: true };
  // A pay bill's account names the payer's reference, sometimes what it paid ("…#FEES ZAWADI").
  return { sellerText: fields[2]!, purpose: fields[3] ?? "", checkNumber: null };
}

// Vietcombank's app transfer: its references, what the payer wrote, then the payer's and the payee's accounts and
// names: "MBVCB.5611029384.112233.HP T3 2024.CT tu 1031XXXXXX NGUYEN VAN A toi 0441XXXXXX ACME tai Techcombank". The
// payee is the seller and may be a person; what the payer wrote is the purpose.
const VIETCOMBANK_TRANSFER =
  /^MBVCB\.[\d.]*?([^.]*(?:\.[^.]*)*?)\.CT tu \S+ .+? toi \S+ (.+?)(?: tai \S.*)?$/i;

function readVietcombankTransfer(description: string): Descriptor | null {
  const fields = VIETCOMBANK_TRANSFER.exec(description);
  if (fields === null || fields[2]!.trim() === "") return null;
  return { sellerText: fields[2]!, purpose: fields[1]!, checkNumber: null, transfer: true };
}

// Emirates NBD's card line: the kind, the card, the day glued to its month, then the acceptor: "POS TXN CARD NO
// 4XXXXXXXXXXX3187 02MAR24 ACME DUBAI ARE", "ECOM CARD NO … ACME DUBAI ARE", "REVERSAL POS TXN CARD NO …" (a refund).
const EMIRATES_CARD =
  /^((?:REVERSAL\s+)?(?:POS TXN|ECOM|ATM TXN|POS)?)\s*CARD NO\.?\s*[\dX*]{8,}\s+\d{2}[A-Z]{3}\d{2}\s+(.+)$/i;

/**
 * The card lines above, each a pattern whose first group is the kind of payment and whose second is the acceptor: one
 * reader for all of them. The kind is the purpose, read by the bank words ("ACCREDITO STORNO …" is a refund).
 */
const CARD_LINES: readonly { pattern: RegExp; townFirst?: boolean }[] = [
  { pattern: ITALIAN_CARD },
  { pattern: DASHED_CARD },
  { pattern: SPARKASSE_CARD },
  { pattern: ING_SPAIN_CARD },
  { pattern: TOWN_FIRST_CARD, townFirst: true },
  { pattern: AUSTRIAN_CARD },
  { pattern: SWISS_CARD },
  { pattern: BELGIAN_CARD_DAY_FIRST },
  { pattern: BELGIAN_CARD_DAY_AFTER },
  { pattern: POLISH_CARD },
  { pattern: SBANKEN_CARD },
  { pattern: TRANSILVANIA_CARD },
  { pattern: RAIFFEISEN_RO_CARD },
  { pattern: EMIRATES_CARD },
];

function readCardLine(description: string): Descriptor | null {
  for (const { pattern, townFirst } of CARD_LINES) {
    const card = pattern.exec(description);
    if (card === null || card[2] === "") continue;
    const read: Descriptor = { sellerText: card[2]!, purpose: card[1]!, checkNumber: null };
    if (townFirst) read.townFirst = true;
    return read;
  }
  return null;
}

function readItalianFields(description: string): Descriptor | null {
  const payerFor = ITALIAN_PAYER_FOR.exec(description);
  const party = payerFor ?? ITALIAN_PARTY.exec(description);
  if (party === null || party[1] === "") return null;
  const kind = description.slice(0, party.index).trim();
  const purpose = payerFor !== null ? payerFor[2]! : (ITALIAN_PURPOSE.exec(description)?.[1] ?? "");
  const read = partyAndPurpose(party[1]!, purpose, kind);
  // A transfer's other party ("BONIFICO … A FAVORE DI: …") may be a person named like a brand.
  if (/\b(?:BONIFICO|RICARICA|GIROCONTO)\b/i.test(kind) || /^Bonifico\b/i.test(description))
    read.transfer = true;
  return read;
}

function readSepaTags(description: string): Descriptor | null {
  const purposeAt = description.search(/\bSVWZ\+/i);
  if (purposeAt < 0) return null;
  SEPA_TAG.lastIndex = 0;
  const first = SEPA_TAG.exec(description);
  if (first === null) return null;
  const head = description.slice(0, first.index);
  const kindAt = head.search(SEPA_KIND);
  const party = (kindAt >= 0 ? head.slice(0, kindAt) : head).trim();
  if (party === "") return null;
  const kind = kindAt >= 0 ? head.slice(kindAt + SEPA_KIND_TEXT.length).trim() : "";
  return partyAndPurpose(party, remarkAfter(description, purposeAt), kind);
}

/** What the payer wrote: the text after the SVWZ+ tag at `purposeAt`, up to the next tag (EREF+, MREF+, …). */
function remarkAfter(text: string, purposeAt: number): string {
  const remarkAt = purposeAt + PURPOSE_TAG.length;
  SEPA_TAG.lastIndex = remarkAt;
  const next = SEPA_TAG.exec(text);
  return text.slice(remarkAt, next === null ? text.length : next.index).trim();
}

// An MT940 :86: field with its subfields as a converter leaves it when it does not decode them:
// "805?00Abschluss?10905?20SVWZ+Abschluss per 30.11.20?2125…",
// "166?00SEPA-Lastschrift?20EREF+…?21SVWZ+Rechnung 12?32ACME GMBH". The codes: ?00 the booking text (the kind
// of payment), ?20–?29 and ?60–?63 the purpose, split every 27 characters wherever a word falls (so the
// pieces join without a space), ?32–?33 the other party's name; the rest are bank codes and account numbers.
// A line may also begin mid-field ("?26SVWZ+… eBay S?27.a r.l."), a piece of a longer one. Some banks mark
// the subfields with "^" instead ("000^20comision …^32ACME SA", BRD in Romania), or with "~", as Polish banks do
// ("073~00ZAKUP PRZY UŻYCIU KARTY~20ACME 1234 WARSZAWA~32ACME"), read alike.
const MT940_START = /(?:^|\d{3})([?^~])(?:00|[2-3]\d|6[0-3])/;
/** Each subfield code after its mark, by the mark the field opened with. */
const MT940_SUBFIELDS: Readonly<Record<string, RegExp>> = {
  "?": /\?(\d{2})/g,
  "^": /\^(\d{2})/g,
  "~": /~(\d{2})/g,
};

function readMt940Subfields(description: string): Descriptor | null {
  const start = MT940_START.exec(description);
  if (start === null) return null;
  const subfield = MT940_SUBFIELDS[start[1]!]!;
  let booking = "";
  let purpose = "";
  let party = "";
  subfield.lastIndex = 0;
  let match = subfield.exec(description);
  while (match !== null) {
    const code = Number(match[1]);
    const from = match.index + match[0].length;
    const next = subfield.exec(description);
    const value = description.slice(from, next === null ? description.length : next.index);
    if (code === 0) booking = value.trim();
    else if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) purpose += value;
    else if (code === 32 || code === 33) party += value;
    match = next;
  }
  // The payer's own words after SVWZ+; the references around them (EREF+, MREF+, CRED+) name no one, nor do the tags
  // alone.
  const purposeAt = purpose.search(/SVWZ\+/i);
  const remark =
    purposeAt >= 0 ? remarkAfter(purpose, purposeAt) : SEPA_TAG_AT_ALL.test(purpose) ? "" : purpose.trim();
  if (party.trim() !== "") return partyAndPurpose(party.trim(), remark, booking);
  if (remark !== "") return partyAndPurpose(remark, "", booking);
  return booking === "" ? null : { sellerText: booking, purpose: "", checkNumber: null };
}

// PayPal's direct debit as German and Dutch banks print it: "PP.1234.PP . ACME SHOP, Ihr Einkauf bei ACME SHOP", first
// or after the debit's own words and PayPal's name ("SEPA-BASISLASTSCHRIFT PayPal Europe S.a.r.l. … PP.1234.PP …"). The
// seller is the name before the comma; the repeat after it may be cut anywhere by the bank's fixed-width lines
// ("Ihr Einka  uf bei …").
const PAYPAL_DEBIT = /(?:^|\s)PP\.\d+\.PP\s*\.?\s*([^,]+?)\s*(?:,|$)/;

function readPayPalDebit(description: string): Descriptor | null {
  const name = PAYPAL_DEBIT.exec(description)?.[1];
  return name ? { sellerText: name, purpose: "", checkNumber: null } : null;
}

// Kiwibank's foreign card purchase: "POS W/D 15.49USD @ 0.7012 conversion rate ;(Inc. $0.61 currency conversion
// commission) ACME GAMES REYKJAVIK".
const CONVERSION_NOTE = /\bconversion rate$/i;
const KIWIBANK_PAY = /^PAY\s+(\S.*?)\s+;\s*(.*)$/;
const COMMISSION_NOTE = /^\([^)]*\)\s*/;

// NatWest's and Royal Bank of Scotland's CSV joins a row's fields with " , ", and opens the text with an apostrophe
// that keeps a spreadsheet from reading it as a formula. A card payment: the card's last four digits and the day
// ("4829 01MAR24", "XXXX 01MAR24"), C or CD, then the acceptor, its town and country, and for a foreign one the
// amount in its currency and the rate ("8.40 EUR VRATE 1.1598 N-S TRN FEE 0.23"): the rate's field is the
// conversion's, and no fee is the row's. A cash machine's withdrawal prints the time after the day and CASH for the
// acceptor, then the machine's owner ("XXXX 24FEB24 11:42 , CASH , ACME BANK BELFAST"). Any other row: the payee, then
// its reference and the channel's fields ("AVIVA , HM0123456789", "A MACLEOD , SAVINGS , VIA MOBILE - PYMT , FP
// 02/03/24 1012 , 400000104512349876").
const SPACED_COMMA = " , ";
// An export that joins the row's type in front of its description ("POS XXXX 06FEB24 C , …", "C/L XXXX 09FEB24 ,
// RBS …", "BAC ACME LTD , SALARY , FP …"): the type, no part of the name. C/L is Royal Bank of Scotland's Cashline, a cash
// machine's withdrawal, whose acceptor is the machine's owner.
const ROW_TYPE = /^(POS|C\/L|BAC|D\/D|S\/O|DPC|TFR|BGC|CHP|ITL)\s+(?=\S)/i;
const CARD_AND_DAY = /^(?:\d{4}|X{4})\s+\d{2}[A-Z]{3}\d{2}(?:\s+\d{2}:\d{2})?(?:\s+CD?)?$/i;
const FOREIGN_AMOUNT = /^[\d.,]+\s+[A-Z]{3}\s+VRATE\b/i;
const PAYMENT_CHANNEL = /^(?:VIA (?:MOBILE|ONLINE) - PYMT|FP \d{2}\/\d{2}\/\d{2})/i;
// A reference of one word with a digit in it; not an amount ("… , 1080.00", a QIF payee's column joined on).
const REFERENCE_FIELD = /^(?=\S*\d)(?!\d+[.,]\d{2}$)\S+$/;

function readSpacedCommaFields(description: string): Descriptor | null {
  if (description.indexOf(SPACED_COMMA) < 0) return null;
  const quoted = description.charCodeAt(0) === 39; /* ' */
  const fields = (quoted ? description.slice(1) : description).split(SPACED_COMMA).map((f) => f.trim());
  const rowType = ROW_TYPE.exec(fields[0]!);
  if (rowType !== null) fields[0] = fields[0]!.slice(rowType[0].length);
  if (CARD_AND_DAY.test(fields[0]!)) {
    const acceptor = fields.slice(1).filter((field) => !FOREIGN_AMOUNT.test(field));
    if (rowType !== null && rowType[1]!.toUpperCase() === "C/L")
      return { sellerText: acceptor.join(" "), purpose: "CASH WITHDRAWAL", checkNumber: null };
    if (/^CASH$/i.test(acceptor[0] ?? ""))
      return { sellerText: acceptor.slice(1).join(" "), purpose: "CASH WITHDRAWAL", checkNumber: null };
    return { sellerText: acceptor.join(" "), purpose: "", checkNumber: null };
  }
  const channel = fields.some((field) => PAYMENT_CHANNEL.test(field));
  // Without the apostrophe or the channel's fields, only a payee and one reference are read so: other banks' text
  // may hold " , " inside a name.
  if (!quoted && !channel && !(fields.length === 2 && REFERENCE_FIELD.test(fields[1]!))) return null;
  return {
    sellerText: fields[0]!,
    purpose: fields
      .slice(1)
      .filter((field) => !PAYMENT_CHANNEL.test(field) && !REFERENCE_FIELD.test(field))
      .join(" "),
    checkNumber: null,
    ...(channel ? { transfer: true } : {}),
  };
}

// Some US banks print an ACH entry's fields in a row and its kind last: the company's name in its 16 characters, its
// entry description, then "ACH DEBIT" or "ACH CREDIT" and the entry's class ("HOWELL-OREGON EL ELEC BILL ACH DEBIT
// PPD", "MO FAMILY SUPPOR CHILD SUP ACH CREDIT PPD"). The name is the seller and the entry description the purpose,
// as DES: is in the labelled layouts; where the name is shorter the two cannot be told apart, and are read together.
const ACH_AT_END = /^(.+?)\s+(ACH (?:DEBIT|CREDIT))(?:\s+(?:PPD|WEB|CCD|TEL|POP|ARC|BOC|CIE|RCK|IAT))?\s*$/;
const ACH_COMPANY_NAME_LENGTH = 16;

function readAchAtEnd(description: string): Descriptor | null {
  const fields = ACH_AT_END.exec(description);
  if (fields === null) return null;
  const entry = fields[1]!;
  // The kind is read with the purpose: money in from a company by ACH CREDIT is income when nothing says more.
  const kind = fields[2]!;
  if (entry.length > ACH_COMPANY_NAME_LENGTH + 1 && entry.charCodeAt(ACH_COMPANY_NAME_LENGTH) === 32)
    return {
      sellerText: entry.slice(0, ACH_COMPANY_NAME_LENGTH),
      purpose: `${entry.slice(ACH_COMPANY_NAME_LENGTH + 1).trim()} ${kind}`,
      checkNumber: null,
    };
  return { sellerText: entry, purpose: kind, checkNumber: null };
}

// A card payment with the channel's words after the acceptor, then the day and the card ("PRICE CUTTER PLUS #28 WEST
// PLAIN POS WITHDRAWAL 02/05 CARD XXXX"): read as the lead they are elsewhere, in front.
const CARD_CHANNEL_AT_END = /^(.+?)\s+(POS WITHDRAWAL)\s+\d{2}\/\d{2}(?:\s+CARD\s+\S+)?\s*$/i;

function readCardChannelAtEnd(description: string): Descriptor | null {
  const fields = CARD_CHANNEL_AT_END.exec(description);
  if (fields === null) return null;
  return { sellerText: `${fields[2]} ${fields[1]}`, purpose: "", checkNumber: null };
}

// New Zealand's banks print a payment's kind as a code in front of the other party: A/P (an automatic payment the
// holder set up, to a business or a person), D/C (a direct credit, from either), B/P (a bill payment) and D/D (a
// direct debit), both to a business ("B/P INLAND REVENUE DEPT …", "A/P SHARESIES LIMITED TOP UP"). The code is
// no part of the name: read as "BP" it was BP's petrol.
const PAYMENT_KIND_CODE = /^([AB]\/P|D\/[CD])\s+(?=\S)/i;

function readPaymentKindCode(description: string): Descriptor | null {
  const code = PAYMENT_KIND_CODE.exec(description);
  if (code === null) return null;
  const kind = code[1]!.toUpperCase();
  return {
    sellerText: description.slice(code[0].length),
    purpose: "",
    checkNumber: null,
    ...(kind === "A/P" || kind === "D/C" ? { transfer: true } : {}),
  };
}

// Santander UK's card line: "CARD PAYMENT TO" the acceptor, then a comma, the amount, its currency and the rate
// ("CARD PAYMENT TO CO-OP GROUP 071188,6.35 GBP, RATE 1.00/GBP ON 03-03-2025"), often cut at the field's width. From
// the comma on is the payment's, no part of the name.
const CARD_PAYMENT_AMOUNT = /^(CARD PAYMENT TO .+?),\s*\d[\d.]*(?:\s|,|$)/i;

function readCardPaymentAmount(description: string): Descriptor | null {
  const fields = CARD_PAYMENT_AMOUNT.exec(description);
  if (fields === null) return null;
  return { sellerText: fields[1]!, purpose: "", checkNumber: null };
}

export function readDescriptor(description: string, checkNumber?: string | null): Descriptor {
  if (isPlainDescription(description, checkNumber))
    return { sellerText: description, purpose: "", checkNumber: null };
  const check = CHECK.exec(description);
  if (check) return { sellerText: "", purpose: "", checkNumber: check[1]! };
  if (checkNumber && /^\s*\d*\s*$/.test(description)) {
    const number = checkNumber.replace(/^0+(?=\d)/, "");
    return { sellerText: "", purpose: "", checkNumber: number };
  }
  // A transfer's party, its bank and the payer's words between bars or slashes, before a bar is read as a joined note.
  const party = readPartyFields(description);
  if (party !== null) return party;
  const bar = description.indexOf(" | ") > 0 ? barCommunication(description) : null;
  if (bar !== null && bar.after !== "") {
    // Only the kind of payment before the bar ("POS PEMBELIAN | ACME PONDOK LABU"): the payee is after it.
    if (cleanDescription(bar.before).tokens.length === 0) {
      const read = readDescriptor(bar.after, checkNumber);
      return { ...read, sellerText: `${bar.before} ${read.sellerText}`, purpose: read.purpose };
    }
    const read = readDescriptor(bar.before, checkNumber);
    return { ...read, purpose: `${bar.after} ${read.purpose}`.trim() };
  }
  // A bank's own words in front of a layout read below (State Bank's, PostFinance's): read what follows them.
  const bankLead = SBI_TRANSFER_LEAD.exec(description) ?? POSTFINANCE_PAYMENT.exec(description);
  if (bankLead !== null) return readDescriptor(description.slice(bankLead[0].length), checkNumber);
  const tagged =
    readMt940Subfields(description) ??
    readPayPalDebit(description) ??
    readSlashTags(description) ??
    readAxisPayment(description) ??
    readSbiUpi(description) ??
    readUpiPayeeFirst(description) ??
    readRemarkAfterPayee(description) ??
    readPixMemo(description) ??
    readDutchLabels(description) ??
    readEastLabels(description) ??
    readQuotedCompany(description) ??
    readGermanLabels(description) ??
    readSepaTags(description) ??
    readFrenchLabels(description) ??
    readCardLine(description) ??
    readGeorgeFields(description) ??
    readTransilvaniaTransfer(description) ??
    readTurkishFields(description) ??
    readErsteHuFields(description) ??
    readVietcombankTransfer(description) ??
    readMpesaLine(description) ??
    readBcaTransfer(description) ??
    readCroatianFields(description) ??
    readItalianFields(description) ??
    readN26Columns(description) ??
    readAustrianFields(description) ??
    readBelgianDashes(description) ??
    readFortisDetails(description) ??
    readBelgianRemark(description) ??
    readSpacedCommaFields(description) ??
    readAchAtEnd(description) ??
    readPaymentKindCode(description) ??
    readCardPaymentAmount(description) ??
    readCardChannelAtEnd(description);
  // A creditor's field is labelled with a colon ("SCHULDEISER : …"): most texts have none, and skip the pattern.
  if (tagged !== null) return tagged.sellerText.includes(":") ? withBelgianCreditor(tagged) : tagged;
  // "PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds Transfer", "POS MERCHANDISE;MCDONALD'S":
  // some banks join the kind of payment, the payee and the channel with semicolons. The payee is the seller.
  if (description.indexOf(";") >= 0) {
    // Kiwibank's payment to another account names its kind in front of the payee's column: "PAY ACME ENERGY ;Ref:
    // …". The payee is as often a person as a business, as after a transfer's wrapper.
    const paid = KIWIBANK_PAY.exec(description);
    if (paid !== null) return { sellerText: paid[1]!, purpose: paid[2]!, checkNumber: null, transfer: true };
    const parts = description
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean);
    // Semicolons with a space beside them join an export's columns with the payee first: Kiwibank's "payee ;memo"
    // ("Direct Debit -ACME INSURANCE ;Ref: HOM1234"), Mercury's "name; memo; account" ("ACME.IO; ACME; MY LLC").
    // Kiwibank prints a foreign card purchase's conversion first, then the acceptor after its commission.
    if (parts.length >= 2 && /\s;|;\s/.test(description)) {
      if (CONVERSION_NOTE.test(parts[0]!))
        return { sellerText: parts[1]!.replace(COMMISSION_NOTE, ""), purpose: parts[0]!, checkNumber: null };
      // Targobank's QIF puts the kind of payment first ("Kartenzahlung ; ACME TANKSTELLE ; TOWN …"): a first column
      // that is only a channel phrase names no one, so the payee is the next one, read after that phrase as a lead.
      if (cleanDescription(parts[0]!).tokens.length === 0)
        return {
          sellerText: `${parts[0]} ${parts[1]}`,
          purpose: parts.slice(2).join(" "),
          checkNumber: null,
        };
      return { sellerText: parts[0]!, purpose: parts.slice(1).join(" "), checkNumber: null };
    }
    if (parts.length >= 2) {
      // A second column that is only a code names no one: a Chinese car park's bill joins the plate it charged
      // ("…停车场…有限公司 2021…;豫C12345"), so the payee is the first.
      return LICENCE_PLATE.test(parts[1]!)
        ? { sellerText: parts[0]!, purpose: parts.slice(1).join(" "), checkNumber: null }
        : { sellerText: parts[1]!, purpose: [parts[0], ...parts.slice(2)].join(" "), checkNumber: null };
    }
  }
  // The network's codes after "%%" (a credit union's "… KELDORA INVESTING %% ACH ECC WEB", see CU_ACH_TYPE) are no
  // part of a name.
  const codes = description.indexOf("%%");
  const text = codes > 0 ? description.slice(0, codes) : description;
  // Cheap test first: most descriptions have no field labels at all (SVWZ+ text was read above).
  if (text.indexOf(":") < 0) return { sellerText: text, purpose: "", checkNumber: null };
  const chase = CHASE_ACH.exec(text);
  if (chase) {
    return { sellerText: chase[1]!, purpose: CHASE_PURPOSE.exec(text)?.[1] ?? "", checkNumber: null };
  }
  const creditUnion = readCreditUnionAch(text, codes > 0);
  if (creditUnion !== null) return creditUnion;
  const bofa = BOFA_ACH.exec(text);
  // Bradesco prints a Pix's other party after DES: (destinatário), as it does after REM: (remetente): "TRANSFERENCIA
  // PIX DES: JOSE SILVA 12/03", "PIX QR CODE ESTATICO DES: PADARIA KELDORA". That is the payee, read as the name
  // after a transfer's wrapper is, not an ACH entry's purpose.
  if (bofa && PIX_BEFORE_DES.test(bofa[1]!))
    return { sellerText: text.replace(DES_LABEL, " "), purpose: "", checkNumber: null };
  if (bofa && bofa[1]!.trim() !== "") return { sellerText: bofa[1]!, purpose: bofa[2]!, checkNumber: null };
  // Other labelled text: drop a person's name after INDN:/IND NAME: so it never becomes the seller.
  const cut = text.search(/\b(?:INDN|IND NAME):/i);
  return { sellerText: cut > 0 ? text.slice(0, cut) : text, purpose: "", checkNumber: null };
}

/**
 * An ACH entry in the credit unions' labelled layout (see CU_ACH_TYPE), or null when the text is not one. Without a
 * CO: field, the network's codes (cut off before, `hadCodes`) are what says so.
 */
function readCreditUnionAch(description: string, hadCodes: boolean): Descriptor | null {
  const typed = CU_ACH_TYPE.exec(description);
  if (typed === null) return null;
  const company = CU_ACH_COMPANY.exec(description)?.[1] ?? "";
  if (company === "" && !hadCodes) return null;
  const before = typed[1]!.trim();
  if (company === "") return { sellerText: before, purpose: typed[2]!, checkNumber: null };
  return { sellerText: company, purpose: `${before} ${typed[2]!}`.trim(), checkNumber: null };
}
