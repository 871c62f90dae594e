import "server-only";

// The element tree the tolerant tokenizer builds, and the few queries the parsers need.
// OFX 1.x SGML leaves out leaf close tags, so a tag cannot say by itself whether it opens an aggregate or
// holds a value: these vocabularies settle the common cases and sgml.ts guesses the rest from the text.

export type OfxLeaf = { kind: "leaf"; name: string; value: string; line: number };
export type OfxAggregate = { kind: "aggregate"; name: string; children: OfxNode[]; line: number };
export type OfxNode = OfxLeaf | OfxAggregate;

export const KNOWN_AGGREGATES = new Set([
  "OFX",
  "SIGNONMSGSRSV1",
  "SIGNONMSGSRQV1",
  "SONRS",
  "SONRQ",
  "STATUS",
  "FI",
  "BANKMSGSRSV1",
  "BANKMSGSRQV1",
  "STMTTRNRS",
  "STMTTRNRQ",
  "STMTRS",
  "STMTRQ",
  "CREDITCARDMSGSRSV1",
  "CREDITCARDMSGSRQV1",
  "CCSTMTTRNRS",
  "CCSTMTTRNRQ",
  "CCSTMTRS",
  "CCSTMTRQ",
  "INVSTMTMSGSRSV1",
  "INVSTMTMSGSRQV1",
  "INVSTMTTRNRS",
  "INVSTMTTRNRQ",
  "INVSTMTRS",
  "INVSTMTRQ",
  "SIGNUPMSGSRSV1",
  "SIGNUPMSGSRQV1",
  "ACCTINFOTRNRS",
  "ACCTINFOTRNRQ",
  "ACCTINFORS",
  "ACCTINFORQ",
  "ACCTINFO",
  "BANKACCTINFO",
  "CCACCTINFO",
  "INVACCTINFO",
  "BANKACCTFROM",
  "BANKACCTTO",
  "CCACCTFROM",
  "CCACCTTO",
  "INVACCTFROM",
  "INVACCTTO",
  "INCTRAN",
  "BANKTRANLIST",
  "STMTTRN",
  "BANKTRANLISTP",
  "STMTTRNP",
  "PAYEE",
  "CURRENCY",
  "ORIGCURRENCY",
  "LEDGERBAL",
  "AVAILBAL",
  "BALLIST",
  "BAL",
  "INVTRANLIST",
  "INVBANKTRAN",
  "INVPOSLIST",
  "INVBAL",
  "INVTRAN",
  "INVBUY",
  "INVSELL",
  "SECID",
  "SECLISTMSGSRSV1",
  "SECLIST",
  "SECINFO",
  "PROFMSGSRSV1",
  "PROFTRNRS",
  "PROFRS",
  "MSGSETLIST",
  "SIGNONINFOLIST",
  "SIGNONINFO",
]);

export const KNOWN_LEAVES = new Set([
  "CODE",
  "SEVERITY",
  "MESSAGE",
  "DTSERVER",
  "DTCLIENT",
  "LANGUAGE",
  "DTPROFUP",
  "DTACCTUP",
  "ORG",
  "FID",
  "USERID",
  "USERPASS",
  "APPID",
  "APPVER",
  "CLIENTUID",
  "SESSCOOKIE",
  "USERKEY",
  "TRNUID",
  "CLTCOOKIE",
  "CURDEF",
  "BANKID",
  "BRANCHID",
  "BROKERID",
  "ACCTID",
  "ACCTTYPE",
  "ACCTKEY",
  "DTSTART",
  "DTEND",
  "INCLUDE",
  "TRNTYPE",
  "DTPOSTED",
  "DTUSER",
  "DTAVAIL",
  "TRNAMT",
  "FITID",
  "SRVRTID",
  "CHECKNUM",
  "REFNUM",
  "SIC",
  "PAYEEID",
  "NAME",
  "EXTDNAME",
  "MEMO",
  "CURRATE",
  "CURSYM",
  "BALAMT",
  "DTASOF",
  "DESC",
  "SUPTXDL",
  "XFERSRC",
  "XFERDEST",
  "SVCSTATUS",
  "SUBACCTFUND",
  "SUBACCTSEC",
  "DTTRADE",
  "DTSETTLE",
  "UNITS",
  "UNITPRICE",
  "TOTAL",
  "UNIQUEID",
  "UNIQUEIDTYPE",
  "SECNAME",
  "TICKER",
  "INTU.BID",
  "INTU.USERID",
  "INTU.BROKERID",
  "INTU.TIMEOUT",
]);

/** Statement aggregates and the transaction wrappers around them (the wrapper carries the STATUS). */
export const STATEMENT_KINDS = { STMTRS: "bank", CCSTMTRS: "credit_card", INVSTMTRS: "investment" } as const;
export const STATEMENT_WRAPPERS = {
  STMTTRNRS: "bank",
  CCSTMTTRNRS: "credit_card",
  INVSTMTTRNRS: "investment",
} as const;
export type StatementKind = (typeof STATEMENT_KINDS)[keyof typeof STATEMENT_KINDS];

export function aggregates(node: OfxAggregate): OfxAggregate[] {
  return node.children.filter((c): c is OfxAggregate => c.kind === "aggregate");
}

// Every walk over the tree keeps its own stack: a file can nest elements as deep as it likes, and no
// recursion depth may be reachable from a file.

/** The first child aggregate with this name; a misplaced close tag can push it one level deeper, so descend. */
export function findAggregate(node: OfxAggregate, name: string): OfxAggregate | null {
  // Direct children first, then each child's subtree in document order (what a recursive search would do).
  const stack: OfxAggregate[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const child of current.children) {
      if (child.kind === "aggregate" && child.name === name) return child;
    }
    const children = aggregates(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/** Every aggregate with this name below the node, in document order. */
export function findAllAggregates(node: OfxAggregate, name: string): OfxAggregate[] {
  const out: OfxAggregate[] = [];
  const stack = aggregates(node).reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.name === name) out.push(current);
    const children = aggregates(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** A direct leaf's trimmed value; undefined when absent, "" when present but empty. */
export function leafValue(node: OfxAggregate | null, name: string): string | undefined {
  if (!node) return undefined;
  for (const child of node.children) {
    if (child.kind === "leaf" && child.name === name) return child.value;
  }
  return undefined;
}

/** A leaf's value or null when it is missing or blank. */
export function leafText(node: OfxAggregate | null, name: string): string | null {
  const value = leafValue(node, name);
  return value === undefined || value === "" ? null : value;
}

/** The first leaf with this name anywhere below the node, in document order. */
export function findLeaf(node: OfxAggregate, name: string): OfxLeaf | null {
  const stack: OfxNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.kind === "leaf") {
      if (current.name === name) return current;
      continue;
    }
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return null;
}
