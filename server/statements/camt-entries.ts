import "server-only";

import type { Cents } from "@/lib/money";
import { fitsAmountColumn } from "@/server/statements/amounts";
import { child, children, text, texts, type XmlNode } from "@/server/statements/camt-xml";
import { isoDate } from "@/server/statements/dates";
import { belowCentReason, exactUnsignedCents } from "@/server/statements/exact-amounts";
import { type ParsedTransaction, StatementParseError } from "@/server/statements/types";

// One CAMT entry (<Ntry>) into a transaction. An entry is one booking on the account: a batch of payments
// booked as one total (several <TxDtls>) stays one transaction, so the account's balance stays exact.

/** Where an entry sits, for messages the user can find it by. */
export type EntryPlace = {
  statement: string;
  index: number;
  currency: string | null;
  /** A camt.053 statement's entries are booked; a report's (camt.052) or a notification's may not be. */
  bookedOnly: boolean;
};

export type ReadEntry =
  | { kind: "transaction"; transaction: ParsedTransaction }
  /** Status INFO: the bank tells of something that is not (and may never be) on the account. */
  | { kind: "information" };

export function readEntry(entry: XmlNode, place: EntryPlace): ReadEntry {
  // Typed so that TypeScript knows nothing after a refusal runs.
  const refuse: (why: string) => never = (why) => {
    const reference = text(entry, "AcctSvcrRef") ?? text(entry, "NtryRef");
    const label = `Entry ${place.index + 1} of statement ${place.statement}${reference ? ` (reference ${reference})` : ""}`;
    throw new StatementParseError(
      `${label} ${why}. Nothing from the file was imported.`,
      undefined,
      "transaction",
    );
  };
  // Up to version 05 the status is the code itself; from 06 on it is wrapped: <Sts><Cd>BOOK</Cd></Sts>.
  // The status is required, but a statement is the account's booked entries, and one that leaves the status out (a
  // central bank's camt.053) means booked: its balances are checked against them all the same.
  const status = (
    text(entry, "Sts", "Cd") ??
    text(entry, "Sts", "Prtry") ??
    text(entry, "Sts") ??
    (place.bookedOnly && child(entry, "Sts") === null ? "BOOK" : undefined)
  )?.toUpperCase();
  if (status === "INFO") return { kind: "information" };
  if (status !== "BOOK" && status !== "PDNG" && status !== "FUTR") {
    refuse(status ? `has the status "${status}", which is neither booked nor pending` : "has no status");
  }
  const pending = status !== "BOOK";

  const amountElement = child(entry, "Amt");
  const amountText = text(amountElement);
  if (!amountText) refuse("has no amount");
  const magnitude = exactUnsignedCents(amountText, ".");
  if (magnitude === null)
    refuse(
      belowCentReason(amountText, ".") ?? `has an amount that is not a number in cents: "${amountText}"`,
    );
  const entryCurrency = amountElement?.["@_Ccy"];
  if (place.currency && typeof entryCurrency === "string" && entryCurrency.toUpperCase() !== place.currency) {
    refuse(`is in ${entryCurrency}, but its account is kept in ${place.currency}`);
  }
  // The indicator says which way this entry moved the money, reversals included: a returned direct debit is a
  // CRDT entry with RvslInd true (ISO 20022: "if CRDT and the reversal indicator is true, the original
  // operation was a debit"). So RvslInd never changes the sign; it only says who the other party is.
  const direction = text(entry, "CdtDbtInd")?.toUpperCase();
  if (direction !== "CRDT" && direction !== "DBIT") {
    refuse(
      direction
        ? `has the direction "${direction}", which is neither CRDT nor DBIT`
        : "does not say whether it is money in or out (CdtDbtInd)",
    );
  }
  const amount: Cents = direction === "DBIT" && magnitude !== 0 ? -magnitude : magnitude;
  if (!fitsAmountColumn(amount)) refuse(`has an amount too large to keep: "${amountText}"`);

  const bookedText = dateText(entry, "BookgDt");
  const booked = bookedText ? calendarDate(bookedText) : null;
  if (bookedText && !booked) refuse(`has a booking date that is not a real date: "${bookedText}"`);
  const valueText = dateText(entry, "ValDt");
  const valued = valueText ? calendarDate(valueText) : null;
  if (valueText && !valued) refuse(`has a value date that is not a real date: "${valueText}"`);
  // A pending entry may not be booked yet; it is dated by its value date then (types.ts: postedOn holds it). The
  // booking date is optional in the schema for a booked entry too, and some banks leave it out when it is the value
  // date (a collective salary payment dated only by its ValDt): the value date dates it then.
  const postedOn = booked ?? valued;
  if (!postedOn) refuse("has neither a booking date (BookgDt) nor a value date (ValDt)");

  const details = children(entry, "NtryDtls").flatMap((batch) => children(batch, "TxDtls"));
  const single = details.length === 1 ? details[0] : undefined;
  const reversal = ["true", "1"].includes(text(entry, "RvslInd")?.toLowerCase() ?? "");
  // The other party: the creditor of money out, the debtor of money in; a reversal sends the money back the
  // other way, so its party is the original's.
  const outgoing = (direction === "DBIT") !== reversal;
  const purchased = calendarDate(
    text(single, "RltdDts", "TxDtTm") ?? text(single, "RltdDts", "AccptncDtTm") ?? "",
  );
  const { description, memo } = describeEntry(entry, details, outgoing);
  return {
    kind: "transaction",
    transaction: {
      externalId: externalId(entry, single, postedOn, amount),
      postedOn,
      transactedOn: purchased ?? (valued && valued !== postedOn ? valued : null),
      amount,
      description,
      memo,
      pending,
    },
  };
}

/** <BookgDt><Dt>2025-09-09</Dt></BookgDt> or <DtTm>2025-09-09T08:15:00+02:00</DtTm>: the date as written. */
function dateText(entry: XmlNode, name: string): string | null {
  return text(entry, name, "Dt") ?? text(entry, name, "DtTm");
}

/**
 * The calendar date a CAMT date or date-time starts with, never moved by its time zone; null if not real. An
 * xs:date may carry a zone of its own (Raiffeisen Switzerland writes "2017-04-01+02:00").
 */
export function calendarDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|Z$|[+-]\d{2}:\d{2}$)/.exec(value.trim());
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

// Values banks write where a reference is required but they have none.
const NO_REFERENCE = /^(NOTPROVIDED|NONREF|NONE|N\/A|0+)$/i;

/**
 * The bank's own reference for the entry (AcctSvcrRef) identifies it on every statement, camt.052 and 053
 * alike. Without one, the end-to-end id the payer set or the entry's reference (NtryRef) is used, but only
 * together with the date and amount: payers reuse end-to-end ids for each month's standing order, and some
 * banks number NtryRef from 1 on every statement, so either alone could make a new payment look like one
 * already imported. Nothing at all: null, and server/sync/fingerprint.ts fingerprints the row.
 */
function externalId(
  entry: XmlNode,
  single: XmlNode | undefined,
  postedOn: string,
  amount: Cents,
): string | null {
  const usable = (value: string | null) => (value && !NO_REFERENCE.test(value) ? value : null);
  const bankReference = usable(text(entry, "AcctSvcrRef")) ?? usable(text(single, "Refs", "AcctSvcrRef"));
  if (bankReference) return bankReference;
  const other = usable(text(single, "Refs", "EndToEndId")) ?? usable(text(entry, "NtryRef"));
  return other ? `${postedOn}/${amount}/${other}` : null;
}

function describeEntry(
  entry: XmlNode,
  details: XmlNode[],
  outgoing: boolean,
): { description: string; memo: string | null } {
  // Free texts keep the line breaks the bank wrote (Raiffeisen: "Acquisto MIGROS\n31.03.2017/13:30 / …"):
  // a description is one line.
  const bookingText = oneLine(text(entry, "AddtlNtryInf"));
  if (details.length > 1) {
    const names = unique(details.map((detail) => partyName(detail, outgoing)).filter(isText));
    const batch = `${details.length} payments${names.length > 0 ? `: ${names.slice(0, 3).join(", ")}${names.length > 3 ? ", …" : ""}` : ""}`;
    return { description: bookingText ? `${bookingText} (${batch})` : batch, memo: null };
  }
  const detail = details[0];
  const name = detail ? partyName(detail, outgoing) : null;
  const remittance = detail ? remittanceText(detail) : null;
  const extra = oneLine(text(detail, "AddtlTxInf"));
  const parts = unique([name, remittance].filter(isText));
  const description = parts.length > 0 ? parts.join(" – ") : (extra ?? bookingText ?? "(no description)");
  // The booking text ("DAUERAUFTRAG", "Kartenzahlung") says what kind of payment it was.
  const memo = unique([remittance, bookingText].filter(isText)).join(" – ");
  return { description, memo: memo && memo !== description ? memo : null };
}

function oneLine(value: string | null): string | null {
  return value === null ? null : value.replace(/\s+/g, " ");
}

/**
 * The other party's name. Version 08 wraps it as <Cdtr><Pty><Nm>, earlier ones as <Cdtr><Nm>. An ultimate party
 * (the shop behind a payment provider) is named first: "Spotify (via PayPal Europe)".
 */
function partyName(detail: XmlNode, outgoing: boolean): string | null {
  const parties = child(detail, "RltdPties");
  const [first, second] = outgoing ? ["Cdtr", "Dbtr"] : ["Dbtr", "Cdtr"];
  const nameOf = (role: string) => {
    const name = text(parties, role, "Pty", "Nm") ?? text(parties, role, "Nm");
    return name === null || NO_NAME.test(name.trim()) ? null : name;
  };
  const direct = nameOf(first);
  const ultimate = nameOf(`Ultmt${first}`);
  if (direct && ultimate && ultimate !== direct) return `${ultimate} (via ${direct})`;
  return ultimate ?? direct ?? nameOf(second);
}

// A name the bank filled in for a party no one named: German Volks- and Raiffeisenbanken write "keine Information
// vorhanden" (no information available) for an ultimate party, others "NOTPROVIDED".
const NO_NAME = /^(keine information(en)? vorhanden|notprovided|not provided|n\/a|none|unknown)$/i;

/** Unstructured lines joined; structured remittance as its words and references. */
function remittanceText(detail: XmlNode): string | null {
  const remittance = child(detail, "RmtInf");
  const unstructured = texts(remittance, "Ustrd").join(" ");
  const structured = children(remittance, "Strd").flatMap((strd) => [
    ...texts(strd, "AddtlRmtInf"),
    ...children(strd, "RfrdDocInf").flatMap((doc) => texts(doc, "Nb").map((number) => `Invoice ${number}`)),
    ...texts(strd, "CdtrRefInf", "Ref").map((reference) => `Ref. ${reference}`),
  ]);
  const all = unique([unstructured, ...structured].filter(isText)).join(" ");
  return all.replace(/\s+/g, " ").trim() || null;
}

const isText = (value: string | null | undefined): value is string => Boolean(value?.trim());

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()))];
}
