import "server-only";

import { isCurrencyCode } from "@/server/statements/csv-cell-words";
import { foldWord } from "@/server/statements/months";

// The names banks give CSV columns, in English, German, French, Dutch, Spanish and Italian, with the commonest
// Nordic, Baltic, Central European and Russian ones (Swedbank, Danske, mBank, Nordea, VTB, Alfa-Bank exports).
// Cyrillic names are written folded, as normalizeName leaves them ("счёта" → "счета"). They are hints
// only: detection rests on what the columns hold, and a name just breaks ties and tells apart columns whose
// contents look alike (a posting date and a value date, an amount and a balance).

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
      "tegenrekeningnummer",
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
      "data operacji",
      "data transakcji",
      "transaktionsdag",
      "transaktionsdato",
      "дата операции",
      "дата транзакции",
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
      "data ksiegowania",
      "datum zauctovani",
      "bokforingsdag",
      "bokforingsdato",
      "bogforingsdato",
      "kirjauspaiva",
      "дата обработки",
      "дата проводки",
      "дата списания",
      "дата зачисления",
    ],
  ],
  ["date", ["date", "datum", "fecha", "data", "datetime", "dato", "datum tijd", "дата"]],
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
      "остаток",
      "баланс",
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
      "расход",
      "списание",
      "списания",
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
      "приход",
      "поступление",
      "поступления",
      "зачисление",
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
      // Debet/kredit in the Baltic, Nordic and Slavic exports: "D/K", "K/D".
      "d k",
      "k d",
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
      "suma",
      "summa",
      "kwota",
      "castka",
      "belopp",
      "belop",
      "beløp",
      "beløb",
      "maara",
      // Only the whole name: "Сумма операции" (in the purchase's currency) is left unnamed, so that beside
      // it the amount in the account's currency, the one the balance moves by, is taken.
      "=сумма",
      "сумма в валюте счета",
      "сумма пересчитанная в валюту счета",
      "сумма платежа",
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
      "статус",
    ],
  ],
  [
    "currency",
    [
      "currency",
      "ccy",
      "currency code",
      "wahrung",
      "waehrung",
      "devise",
      "munt",
      "moneda",
      "divisa",
      "валюта",
      "валюта счета",
      "valiuta",
      "waluta",
      "mena",
    ],
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
      "категория",
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
      "референс проводки",
    ],
  ],
  ["check", ["check", "check number", "check or slip", "cheque", "cheque number", "scheck", "serial"]],
  ["card", ["card", "card no", "card number", "card member", "kartennummer", "karte", "номер карты"]],
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
      "номер счета",
      "счет",
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
      "tegenrekeninghouder",
      "naam tegenrekeninghouder",
      "gavejas",
      "moketojas",
      "mottaker",
      "mottagare",
      "odbiorca",
      "nadawca odbiorca",
      "protistrana",
      "получатель",
      "контрагент",
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
      "dettagli",
      "dettaglio",
      "descripcion ampliada",
      "observaciones",
      "causale",
      "text",
      "particulars",
      "transaction details",
      "action",
      "label",
      "paaiskinimai",
      "beskrivning",
      "beskrivelse",
      "tekst",
      "opis",
      "opis operacji",
      "popis",
      "selitys",
      "описание",
      "описание операции",
      "основание",
      "назначение платежа",
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
      "tytul",
      "meddelande",
      "zprava pro prijemce",
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
      "nature de l operation",
      "operation",
      "operazione",
      "tipo operazione",
      "movimiento",
      "tipo de movimiento",
      "transaction",
    ],
  ],
];

// A name written "=name" counts only as the whole header, never inside a longer one.
const HINT_PATTERNS: [Role, RegExp][] = HINTS.map(([role, names]) => [
  role,
  new RegExp(`(?:^| )(?:${names.filter((name) => !name.startsWith("=")).join("|")})(?: |$)`),
]);
const EXACT_NAMES: [Role, Set<string>][] = HINTS.map(([role, names]) => [
  role,
  new Set(names.map((name) => name.replace(/^=/, ""))),
]);

/** The role a header name suggests, or null. Exact names beat names found inside a longer header. */
export function hintFor(name: string): Role | null {
  const normalized = normalizeName(name);
  if (normalized === "") return null;
  for (const [role, names] of EXACT_NAMES) if (names.has(normalized)) return role;
  for (const [role, pattern] of HINT_PATTERNS) if (pattern.test(normalized)) return role;
  return null;
}

// Phrases only: a bare "carta" or "Karte" is as likely "Conto o carta" (account or card) as a card export.
const CARD =
  /\b(credit card|card number|card member|card no|kreditkarte|kartennummer|carte de credit|carte bancaire|numero de carte|creditcard|tarjeta de credito|carta di credito)\b/;

/** Header names or preamble text that say the file is a card's. */
export function mentionsCard(text: string): boolean {
  return CARD.test(normalizeName(text));
}

/** "Betrag (EUR)", "Amount (GBP)", "Umsatz in EUR", "Betrag (€)": the currency a header names. */
export function currencyInName(name: string): string | null {
  const code = /(?:\(|\bin\s+|\s)([A-Z]{3})\)?\s*$/.exec(name.trim())?.[1];
  if (code && isCurrencyCode(code)) return code;
  if (/\(\s*€\s*\)|\bin\s+€|€/.test(name)) return "EUR";
  if (/\(\s*£\s*\)|£/.test(name)) return "GBP";
  return null;
}
