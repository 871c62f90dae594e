import { aggregate, leaf, sgmlDocument } from "@/server/ofx/sgml-writer";

/** One row of a statement: the day as the bank writes it (YYYYMMDD), a signed decimal amount. */
export type OfxRow = { posted: string; amount: string; fitid: string; name: string };

/** A bank's OFX 1.02 answer: one USD checking account's statement holding `rows`. */
export function checkingStatementOfx(input: {
  bankId: string;
  accountNumber: string;
  rows: readonly OfxRow[];
  /** The statement's period (DTSTART, DTEND), when it says one. */
  period?: { start: string; end: string };
  /** The ledger balance (LEDGERBAL), with its DTASOF when the bank dates it. */
  balance?: { amount: string; asOf?: string };
}): string {
  const transactions = input.rows.map((row) =>
    aggregate("STMTTRN", [
      leaf("TRNTYPE", row.amount.startsWith("-") ? "DEBIT" : "CREDIT"),
      leaf("DTPOSTED", row.posted),
      leaf("TRNAMT", row.amount),
      leaf("FITID", row.fitid),
      leaf("NAME", row.name),
    ]),
  );
  const period = input.period ? [leaf("DTSTART", input.period.start), leaf("DTEND", input.period.end)] : [];
  const balance = input.balance
    ? [
        aggregate("LEDGERBAL", [
          leaf("BALAMT", input.balance.amount),
          ...(input.balance.asOf ? [leaf("DTASOF", input.balance.asOf)] : []),
        ]),
      ]
    : [];
  return sgmlDocument(
    aggregate("OFX", [
      aggregate("SIGNONMSGSRSV1", [
        aggregate("SONRS", [
          aggregate("STATUS", [leaf("CODE", 0), leaf("SEVERITY", "INFO")]),
          leaf("DTSERVER", input.period?.end ?? input.rows.at(-1)?.posted ?? "20260101"),
        ]),
      ]),
      aggregate("BANKMSGSRSV1", [
        aggregate("STMTTRNRS", [
          leaf("TRNUID", 1),
          aggregate("STATUS", [leaf("CODE", 0), leaf("SEVERITY", "INFO")]),
          aggregate("STMTRS", [
            leaf("CURDEF", "USD"),
            aggregate("BANKACCTFROM", [
              leaf("BANKID", input.bankId),
              leaf("ACCTID", input.accountNumber),
              leaf("ACCTTYPE", "CHECKING"),
            ]),
            aggregate("BANKTRANLIST", [...period, ...transactions]),
            ...balance,
          ]),
        ]),
      ]),
    ]),
    { version: 102 },
  );
}
