import "server-only";

import { foldWord } from "@/server/statements/months";

// The words banks use in CSV headers and cells, in English, German, French, Dutch, Spanish and Italian.
// Header names are hints only: detection rests on what the columns hold, and a name just breaks ties and
// tells apart columns whose contents look alike (a posting date and a value date, an amount and a balance).

/** "Betrag (EUR)" → "betrag eur", "Withdrawal (-)" → "withdrawal", "Check or Slip #" → "check or slip". */
export function normalizeName(name: string): string {
  return foldWord(name.replace(/^\uFEFF/, ""))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Role =
  | "postedDate"
  | "transactionDate"
  | "valueDate"
  | "date"
  | "amount"
  | "debit"
  | "credit"
  | "balance"
  | "notAmount"
  | "payee"
  | "description"
  | "memo"
  | "kind"
  | "type"
  | "status"
  | "currency"
  | "category"
  | "id"
  | "account"
  | "accountName"
  | "check"
  | "card"
  | "counterpartyAccount";

// Each hint matches a whole normalized header or a run of whole words inside it. Earlier roles win when a
// header matches several ("transaction date" is a date, not a type).
const HINTS: [Role, string[]][] = [
  [
    "counterpartyAccount",
    [
      "tegenrekening",
      "tegenrekening iban bban",
      "gegenkonto",
      "kontonummer iban",
      "partner iban",
      "iban auftraggeberkonto",
      "empfanger iban",
      "auftraggeber iban",
      "counterparty account",
      "compte contrepartie",
    ],
  ],
  [
    "transactionDate",
    [
      "transaction date",
      "trans date",
      "purchase date",
      "date of transaction",
      "started date",
      "authorization date",
      "trade date",
      "belegdatum",
      "transaktionsdatum",
      "kaufdatum",
      "date de transaction",
      "date d achat",
      "transactiedatum",
      "fecha operacion",
      "fecha de operacion",
      "fecha de la operacion",
      "data operazione",
      "data dell operazione",
    ],
  ],
  [
    "valueDate",
    [
      "value date",
      "valuta",
      "valutadatum",
      "wertstellung",
      "wertstellungsdatum",
      "date de valeur",
      "date valeur",
      "rentedatum",
      "fecha valor",
      "fecha de valor",
      "data valuta",
    ],
  ],
  [
    "postedDate",
    [
      "posting date",
      "post date",
      "posted date",
      "posted on",
      "booking date",
      "booked date",
      "clearing date",
      "completed date",
      "process date",
      "run date",
      "buchungstag",
      "buchungsdatum",
      "buchung",
      "date comptable",
      "date de comptabilisation",
      "date operation",
      "date d operation",
      "date de l operation",
      "boekdatum",
      "boekingsdatum",
      "fecha contable",
      "data contabile",
      "data registrazione",
    ],
  ],
  ["date", ["date", "datum", "fecha", "data", "datetime", "dato", "datum tijd"]],
  [
    "balance",
    [
      "balance",
      "running balance",
      "runningbalance",
      "running bal",
      "current balance",
      "cash balance",
      "saldo",
      "saldo na trn",
      "saldo na boeking",
      "saldo contabile",
      "kontostand",
      "solde",
    ],
  ],
  [
    "notAmount",
    [
      "fee",
      "fees",
      "commission",
      "price",
      "quantity",
      "shares",
      "units",
      "rate",
      "exchange rate",
      "kurs",
      "gebuhr",
      "gebuhren",
      "original amount",
      "ursprunglicher betrag",
      "local amount",
      "foreign",
      "amount foreign currency",
      "betrag ursprung",
      "fremdwahrung",
      "interest",
      "accrued interest",
      "exchange quantity",
      "share price",
      "gross amount",
      "lastschrift ursprungsbetrag",
      "auslagenersatz",
    ],
  ],
  [
    "debit",
    [
      "debit",
      "debits",
      "debit amount",
      "withdrawal",
      "withdrawals",
      "money out",
      "paid out",
      "outflow",
      "charge",
      "charges",
      "soll",
      "belastung",
      "ausgang",
      "ausgaben",
      "debit euros",
      "sortie",
      "sorties",
      "uitgaven",
      "debet",
      "cargo",
      "cargos",
      "debe",
      "addebiti",
      "addebito",
      "uscite",
      "uscita",
      "dare",
    ],
  ],
  [
    "credit",
    [
      "credit",
      "credits",
      "credit amount",
      "deposit",
      "deposits",
      "money in",
      "paid in",
      "inflow",
      "haben",
      "gutschrift",
      "eingang",
      "einnahmen",
      "credit euros",
      "entree",
      "entrees",
      "inkomsten",
      "abono",
      "abonos",
      "haber",
      "ingresos",
      "accrediti",
      "accredito",
      "entrate",
      "entrata",
      "avere",
    ],
  ],
  [
    "type",
    [
      "af bij",
      "debit credit",
      "credit debit",
      "dr cr",
      "cr dr",
      "d c",
      "s h",
      "soll haben",
      "debet credit",
      "sens",
      "debe haber",
      "segno",
    ],
  ],
  [
    "amount",
    [
      "amount",
      "amt",
      "transaction amount",
      "net amount",
      "amount total",
      "betrag",
      "umsatz",
      "transaktionsbetrag",
      "montant",
      "montant de l operation",
      "bedrag",
      "importe",
      "importo",
      "value",
      "sum",
      "summe",
    ],
  ],
  [
    "status",
    [
      "status",
      "state",
      "transaction status",
      "estado",
      "stato",
      "statut",
      "zustand",
      "info",
      "umsatz abgerechnet",
      "abgerechnet",
      "contabilizzazione",
      "cleared",
      "pending",
      "settled",
    ],
  ],
  [
    "currency",
    ["currency", "ccy", "currency code", "wahrung", "waehrung", "devise", "munt", "moneda", "divisa"],
  ],
  [
    "category",
    [
      "category",
      "categories",
      "spending category",
      "kategorie",
      "categorie",
      "categoria",
      "sous categorie",
      "subcategory",
    ],
  ],
  [
    "id",
    [
      "id",
      "transaction id",
      "transaction number",
      "reference number",
      "ref number",
      "fitid",
      "referenznummer",
      "transaktions id",
      "transaktionsnummer",
      "volgnr",
      "id transazione",
      "numero de transaction",
    ],
  ],
  ["check", ["check", "check number", "check or slip", "cheque", "cheque number", "scheck", "serial"]],
  ["card", ["card", "card no", "card number", "card member", "kartennummer", "karte"]],
  ["accountName", ["account name", "account", "accountlabel", "kontoname", "nom du compte"]],
  [
    "account",
    [
      "account number",
      "account no",
      "acct",
      "konto",
      "kontonummer",
      "auftragskonto",
      "iban",
      "compte",
      "numero de compte",
      "rekening",
      "rekeningnummer",
      "iban bban",
      "cuenta",
      "conto",
      "accountnum",
    ],
  ],
  [
    "payee",
    [
      "payee",
      "merchant",
      "merchant name",
      "name",
      "counter party",
      "counterparty",
      "counterparty name",
      "beneficiary",
      "recipient",
      "beguenstigter",
      "begunstigter",
      "beguenstigter zahlungspflichtiger",
      "zahlungsempfanger",
      "zahlungsempfanger in",
      "empfanger",
      "auftraggeber",
      "auftraggeber empfanger",
      "zahlungspflichtige r",
      "partner name",
      "naam",
      "naam tegenpartij",
      "naam omschrijving",
      "tegenpartij",
      "beneficiaire",
      "destinataire",
      "tiers",
      "beneficiario",
      "ordenante",
      "destinatario",
      "esercente",
      "controparte",
      "counter party name",
    ],
  ],
  [
    "description",
    [
      "description",
      "transaction description",
      "original description",
      "details",
      "narrative",
      "beschreibung",
      "umsatzbeschreibung",
      "buchungsdetails",
      "libelle",
      "libelle operation",
      "detail",
      "omschrijving",
      "descripcion",
      "concepto",
      "descrizione",
      "descrizione operazione",
      "causale",
      "text",
      "particulars",
      "transaction details",
      "action",
      "label",
    ],
  ],
  [
    "memo",
    [
      "memo",
      "note",
      "notes",
      "reference",
      "payment reference",
      "verwendungszweck",
      "zahlungsreferenz",
      "mededelingen",
      "referencia",
      "riferimento",
      "commentaire",
      "comment",
      "remarks",
      "umsatztext",
    ],
  ],
  [
    "kind",
    [
      "type",
      "transaction type",
      "buchungstext",
      "umsatzart",
      "umsatztyp",
      "vorgang",
      "mutatiesoort",
      "code",
      "tipo",
      "type d operation",
      "operation",
      "transaction",
    ],
  ],
];

const HINT_PATTERNS: [Role, RegExp][] = HINTS.map(([role, names]) => [
  role,
  new RegExp(`(?:^| )(?:${names.map((name) => name.replace(/ /g, " ")).join("|")})(?: |$)`),
]);

/** The role a header name suggests, or null. Exact names beat names found inside a longer header. */
export function hintFor(name: string): Role | null {
  const normalized = normalizeName(name);
  if (normalized === "") return null;
  for (const [role, names] of HINTS) if (names.includes(normalized)) return role;
  for (const [role, pattern] of HINT_PATTERNS) if (pattern.test(normalized)) return role;
  return null;
}

// Cell words that give the direction of money. Single letters only in a column that holds nothing else.
const DEBIT_WORDS = new Set([
  "debit",
  "debito",
  "dr",
  "db",
  "d",
  "-",
  "withdrawal",
  "out",
  "outgoing",
  "sale",
  "purchase",
  "soll",
  "s",
  "belastung",
  "lastschrift",
  "abbuchung",
  "ausgang",
  "auszahlung",
  "sortie",
  "retrait",
  "af",
  "debet",
  "uitgaand",
  "cargo",
  "debe",
  "addebito",
  "dare",
  "uscita",
]);
const CREDIT_WORDS = new Set([
  "credit",
  "credito",
  "cr",
  "c",
  "+",
  "deposit",
  "in",
  "incoming",
  "refund",
  "return",
  "haben",
  "h",
  "gutschrift",
  "eingang",
  "einzahlung",
  "entree",
  "versement",
  "depot",
  "bij",
  "inkomend",
  "abono",
  "haber",
  "ingreso",
  "accredito",
  "avere",
  "entrata",
]);

export function directionOf(cell: string): "debit" | "credit" | null {
  const word = foldWord(cell.trim());
  if (DEBIT_WORDS.has(word)) return "debit";
  if (CREDIT_WORDS.has(word)) return "credit";
  return null;
}

const PENDING = [
  "pending",
  "pend",
  "authorized",
  "authorised",
  "authorization",
  "on hold",
  "hold",
  "processing",
  "in progress",
  "not yet posted",
  "vorgemerkt",
  "umsatz vorgemerkt",
  "vorgemerkter umsatz",
  "offen",
  "nicht gebucht",
  "reserviert",
  "en attente",
  "en cours",
  "a venir",
  "provisoire",
  "in behandeling",
  "in afwachting",
  "gereserveerd",
  "pendiente",
  "en proceso",
  "retenido",
  "in sospeso",
  "in attesa",
  "non contabilizzato",
  "da contabilizzare",
];
const POSTED = [
  "posted",
  "booked",
  "cleared",
  "completed",
  "complete",
  "settled",
  "processed",
  "issued",
  "gebucht",
  "umsatz gebucht",
  "abgerechnet",
  "comptabilise",
  "comptabilisee",
  "effectue",
  "geboekt",
  "verwerkt",
  "contabilizado",
  "procesado",
  "contabilizzato",
  "eseguito",
  "completato",
];
// Transactions that did not happen: importing them would count money that never moved.
const VOID = [
  "declined",
  "reverted",
  "failed",
  "cancelled",
  "canceled",
  "rejected",
  "void",
  "abgelehnt",
  "storniert",
  "annule",
  "refuse",
  "geweigerd",
  "geannuleerd",
  "rechazado",
  "cancelado",
  "rifiutato",
  "annullato",
];
const YES = new Set(["yes", "y", "ja", "j", "oui", "si", "true", "x", "1"]);
const NO = new Set(["no", "n", "nein", "non", "nee", "false", "0"]);

export type StatusWord = "pending" | "posted" | "void" | "yes" | "no";

export function statusOf(cell: string): StatusWord | null {
  const text = normalizeName(cell);
  if (text === "") return null;
  if (PENDING.includes(text)) return "pending";
  if (POSTED.includes(text)) return "posted";
  if (VOID.includes(text)) return "void";
  const raw = foldWord(cell.trim());
  if (YES.has(raw)) return "yes";
  if (NO.has(raw)) return "no";
  return null;
}

/** Whether a status column's "yes" means pending ("Pending: Y") rather than settled ("Abgerechnet: Ja"). */
export function yesMeansPending(headerName: string): boolean {
  return /pending|vorgemerkt|offen|en attente|pendiente/.test(normalizeName(headerName));
}

const SUMMARY =
  /\b(total|totals|subtotal|sum|summe|gesamt|zwischensumme|saldo|balance|solde|opening|closing|beginning|ending|anfangssaldo|endsaldo|totaal|totale|somme|report|end of file|downloaded)\b/;

/** A row label such as "Total", "Opening balance", "***END OF FILE***": not a transaction. */
export function isSummaryText(cell: string): boolean {
  return SUMMARY.test(normalizeName(cell));
}

const CARD =
  /\b(credit card|card number|card member|card no|kreditkarte|karte|carte de credit|carte|creditcard|kaart|tarjeta|carta di credito|carta)\b/;

/** Header names or preamble text that say the file is a card's. */
export function mentionsCard(text: string): boolean {
  return CARD.test(normalizeName(text));
}

let isoCodes: Set<string> | null = null;

/** A currency code such as "EUR", as Intl knows them (plus the common ones, if its data is small). */
export function isCurrencyCode(text: string): boolean {
  isoCodes ??= new Set([
    ...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []),
    ..."USD EUR GBP CHF JPY CAD AUD NZD SEK NOK DKK PLN CZK HUF BRL MXN INR CNY HKD SGD ZAR".split(" "),
  ]);
  return isoCodes.has(text.trim().toUpperCase()) && /^[A-Za-z]{3}$/.test(text.trim());
}

/** "Betrag (EUR)", "Amount (GBP)", "Umsatz in EUR", "Betrag (€)": the currency a header names. */
export function currencyInName(name: string): string | null {
  const code = /(?:\(|\bin\s+|\s)([A-Z]{3})\)?\s*$/.exec(name.trim())?.[1];
  if (code && isCurrencyCode(code)) return code;
  if (/\(\s*€\s*\)|\bin\s+€|€/.test(name)) return "EUR";
  if (/\(\s*£\s*\)|£/.test(name)) return "GBP";
  return null;
}
