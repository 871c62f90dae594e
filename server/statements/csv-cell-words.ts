import "server-only";

import { normalizeName } from "@/server/statements/csv-header-names";
import { foldWord } from "@/server/statements/months";

// The words banks write in CSV cells, in English, German, French, Dutch, Spanish and Italian: which way the
// money went, whether a row is pending, posted or declined, a total line.

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
  "uscite",
  "saida",
  // Polish, Czech and Swedish: "wydatek", "obciążenie", "výdaj", "uttag".
  "wydatek",
  "obciazenie",
  "vydaj",
  "uttag",
  // Hungarian "terhelés" (debit); "O" of an "O/I" (out/in) column.
  "terheles",
  "o",
  "支出",
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
  // "K" is kredit in the Baltic, Nordic and Slavic exports ("D/K" columns).
  "k",
  "kredit",
  "kredito",
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
  "entrate",
  "entrada",
  // "wpływ", "uznanie", "příjem", "insättning".
  "wpływ",
  "wplyw",
  "uznanie",
  "prijem",
  "insattning",
  // Hungarian "jóváírás" (credit); "I" of an "O/I" (out/in) column.
  "jovairas",
  "i",
  "收入",
]);

// Rows a direction column marks as neither in nor out: Alipay's 不计收支 ("not counted as income or expense")
// is a move between the user's own balances (余额宝 transfers, card repayments, top-ups). WeChat Pay's 收/支 writes
// "/" for the same (a card repayment, a top-up, a move to 零钱通), as its export's notes say.
const NEUTRAL_WORDS = new Set(["不计收支", "/"]);

export function isNeutralDirection(cell: string): boolean {
  return NEUTRAL_WORDS.has(cell.trim());
}

export function directionOf(cell: string): "debit" | "credit" | null {
  // "(+)" and "(-)": Banco do Brasil's "Tipo de Transação" writes its signs in parentheses.
  const word = foldWord(cell.trim().replace(/^\((.+)\)$/, "$1"));
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
  "autorizzato",
  // Revolut's State column in German, French, Spanish, Italian and Polish exports.
  "ausstehend",
  "oczekujace",
  "non contabilizzato",
  "da contabilizzare",
  "в обработке",
  "处理中",
  "等待付款",
  "обрабатывается",
  "заблокировано",
  // Danish, Swedish, Norwegian and Finnish banks: waiting, reserved, a card reservation.
  "venter",
  "reserveret",
  "reserverat",
  "vantande",
  "reservert",
  "varaus",
  "katevaraus",
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
  "abgeschlossen",
  "termine",
  "completado",
  "zakonczono",
  // Satispay's "state": APPROVED, or NOT APPROVED for a payment that never went through.
  "approved",
  "approvato",
  // BNP Paribas Fortis: Status "Geaccepteerd" / "Accepté" beside "Geweigerd" / "Refusé" (with Reden van weigering).
  "accepted",
  "geaccepteerd",
  "accepte",
  "uitgevoerd",
  "execute",
  "исполнено",
  "支付成功",
  "交易成功",
  "已收钱",
  "已存入零钱",
  "выполнено",
  "проведено",
  "udført",
  "bogført",
  "bokford",
  "genomford",
  "bokført",
  "utført",
  "kirjattu",
  "zauctovano",
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
  "not approved",
  "non approvato",
  "ruckgangig gemacht",
  "zuruckgesetzt",
  "fehlgeschlagen",
  "rejete",
  "revertido",
  "fallido",
  "stornato",
  "cofnieto",
  "odrzucono",
  "отклонено",
  "交易关闭",
  "отменено",
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
  /\b(total|totals|subtotal|sum|summe|gesamt|zwischensumme|saldo|balance|solde|kontostand|opening|closing|beginning|ending|anfangssaldo|endsaldo|totaal|totale|somme|report|end of file|downloaded|limit)\b/;

// The same in Polish, Czech, Nordic, Finnish, Turkish, Russian and CJK files ("Razem", "Celkem", "I alt",
// "Итого", "合计"): matched between letters of any script, since \b knows only Latin ones.
const SUMMARY_WORLD =
  /(?<!\p{L})(razem|celkem|suma|summa|gesamtsumme|yhteensa|i alt|totalt|toplam|итого|всего|合计|总计|合計|総計|합계)(?!\p{L})/u;

/** A row label such as "Total", "Opening balance", "***END OF FILE***": not a transaction. */
export function isSummaryText(cell: string): boolean {
  const name = normalizeName(cell);
  // Hangul is matched as written: the folded name splits its syllables into letters.
  return SUMMARY.test(name) || SUMMARY_WORLD.test(name) || SUMMARY_WORLD.test(cell.trim().normalize("NFC"));
}

// A whole description that only names a balance or a period's turnover: Swedbank's "Likutis pradžiai" (opening
// balance), "Apyvarta" (turnover) and "Likutis pabaigai" (closing balance) rows carry an amount and a date like
// a transaction. Whole cells only, so "Balance transfer" or "TOTAL WINE & MORE" stay transactions.
const BALANCE_LABELS = new Set([
  // The bare word, as Certo One's card export writes its statement balance among the rows. Not "saldo": in
  // Italian a payment "a saldo" settles a bill.
  "balance",
  "kontostand",
  "opening balance",
  "closing balance",
  "beginning balance",
  "ending balance",
  "starting balance",
  "balance brought forward",
  "balance carried forward",
  "brought forward",
  "carried forward",
  "turnover",
  "anfangssaldo",
  "endsaldo",
  "alter kontostand",
  "neuer kontostand",
  "solde initial",
  "solde final",
  "ancien solde",
  "nouveau solde",
  "beginsaldo",
  "eindsaldo",
  "saldo inicial",
  "saldo final",
  // Brazilian banks' balance lines among the rows, in OFX files as in CSVs (Itaú, Caixa).
  "saldo anterior",
  "saldo dia",
  "saldo do dia",
  "saldo total disponivel dia",
  "saldo iniziale",
  "saldo finale",
  "likutis pradziai",
  "likutis pabaigai",
  "apyvarta",
  // Swedbank's Estonian (Algsaldo, Käive, Lõppsaldo) and Latvian (Sākuma atlikums, Apgrozījums, Beigu atlikums)
  // exports, the same layout as the Lithuanian one.
  "algsaldo",
  "kaive",
  "loppsaldo",
  "sakuma atlikums",
  "apgrozijums",
  "beigu atlikums",
  "ingaende saldo",
  "utgaende saldo",
  "saldo poczatkowe",
  "saldo koncowe",
  "pocatecni zustatek",
  "konecny zustatek",
]);

/**
 * A cell that says "nothing here" in words: Finom writes "N/A" in every column a row has no value for. It is
 * empty, not a description or a memo.
 */
export function isPlaceholderCell(cell: string): boolean {
  return /^(n\/a|null)$/i.test(cell.trim());
}

/** A description cell that is only an opening or closing balance or a turnover label. */
export function isBalanceLabel(cell: string): boolean {
  const name = normalizeName(cell);
  // Bank of America dates its opening line: "Beginning balance as of 01/01/2024".
  return BALANCE_LABELS.has(name) || BALANCE_LABELS.has(name.replace(AS_OF_DATE, ""));
}

// "as of 01/01/2024", "per 31 12 2024" after a label, as normalizeName leaves it.
const AS_OF_DATE = /\s+(?:as of|as at|per|au|am|al|vom)\s+\d{1,4}(?:\s+\d{1,4}){2}$/;

// Of those, the labels of the balance a period closes with: its figure is the account's balance on that day.
const CLOSING_BALANCE_LABELS = new Set([
  "closing balance",
  "balance carried forward",
  "carried forward",
  "endsaldo",
  "neuer kontostand",
  "solde final",
  "nouveau solde",
  "eindsaldo",
  "saldo final",
  "saldo finale",
  "likutis pabaigai",
  "loppsaldo",
  "beigu atlikums",
  "utgaende saldo",
  "saldo koncowe",
  "konecny zustatek",
]);

/** A cell that is only the label of a closing balance ("Endsaldo", "Lõppsaldo"). */
export function isClosingBalanceLabel(cell: string): boolean {
  return CLOSING_BALANCE_LABELS.has(normalizeName(cell));
}
