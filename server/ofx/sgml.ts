import "server-only";

import { withoutTrailingNuls } from "@/server/statements/decode";
import { type ParseWarning, StatementParseError } from "@/server/statements/types";
import { KNOWN_AGGREGATES, KNOWN_LEAVES, type OfxAggregate, type OfxNode } from "./elements";
import { type OfxHeader, parseOfxHeader } from "./header";

// One tokenizer for OFX 1.x SGML and 2.x XML. Real files mix the two (closed and unclosed leaves in one
// document, AMEX's close tags piled up at the end of each aggregate, stray close tags, CDATA), and an XML
// parser rejects all of that, so this reads tags and text and builds the tree with forgiving rules.

type Token =
  | { type: "open"; name: string; selfClosing: boolean; line: number }
  | { type: "close"; name: string; line: number }
  | { type: "text"; text: string; line: number };

export type OfxTree = { header: OfxHeader; root: OfxAggregate; warnings: ParseWarning[] };

// Attributes are allowed: some OFX 2 writers put a namespace on the root (`<OFX xmlns="http://ofx.net/...">`).
const OFX_START = /<OFX(?:\s[^<>]*)?>/i;
const OPEN_TAG = /<([A-Za-z][\w.:-]*)(?:\s[^<>]*?)?\s*(\/)?>/y;
const CLOSE_TAG = /<\/\s*([A-Za-z][\w.:-]*)\s*>/y;
const SLASH = 0x2f;
const BLANK = /^\s*$/;

/** Splits an OFX text into its header and element tree. Throws only when there is no OFX body at all. */
export function parseOfxTree(text: string): OfxTree {
  const source = withoutTrailingNuls(text.replace(/^\uFEFF/, ""));
  const nul = source.indexOf("\u0000");
  if (nul !== -1) {
    // A database text column cannot hold NUL, and no statement contains one: the data is damaged.
    const line = source.slice(0, nul).split("\n").length;
    throw new StatementParseError(
      `Line ${line}: the OFX data contains a NUL character; it is damaged.`,
      line,
    );
  }
  const start = OFX_START.exec(source);
  if (!start) throw notOfx(source);
  const lineOf = lineCounter(source);
  const tokens = tokenize(source, start.index, lineOf);
  const warnings: ParseWarning[] = [];
  const root = buildTree(tokens);
  if (!root || root.children.length === 0) {
    throw new StatementParseError(
      "The file starts like an OFX statement but nothing inside it could be read.",
      lineOf(start.index),
    );
  }
  return { header: parseOfxHeader(source.slice(0, start.index)), root, warnings };
}

function notOfx(source: string): StatementParseError {
  const html = /<(?:!doctype\s+html|html|body|head)\b/i.exec(source);
  if (html) {
    const line = source.slice(0, html.index).split("\n").length;
    return new StatementParseError("This is a web page (HTML), not an OFX or QFX statement.", line);
  }
  return new StatementParseError("This file is not an OFX or QFX statement: it has no <OFX> element.", 1);
}

/**
 * Line numbers for warnings; files with CR-only line ends count CRs instead. The tokenizer asks in document
 * order, so each answer counts on from the last one (one pass over the text in all); an earlier offset counts
 * again from the start.
 */
function lineCounter(source: string): (offset: number) => number {
  const breakChar = source.includes("\n") ? "\n" : "\r";
  let line = 1;
  // The offset counted up to, and where the next line break after it is (-1: none).
  let countedTo = 0;
  let nextBreak = source.indexOf(breakChar);
  return (offset) => {
    if (offset < countedTo) {
      line = 1;
      countedTo = 0;
      nextBreak = source.indexOf(breakChar);
    }
    while (nextBreak !== -1 && nextBreak < offset) {
      line += 1;
      nextBreak = source.indexOf(breakChar, nextBreak + 1);
    }
    countedTo = offset;
    return line;
  };
}

function tokenize(source: string, from: number, lineOf: (offset: number) => number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let text = "";
  let textStart = from;
  const pushText = (chunk: string, at: number) => {
    if (text === "") textStart = at;
    text += chunk;
  };
  // Text that is only white space (the line breaks and indentation between tags) is no value: a leaf's value
  // is trimmed, and an aggregate's content is its tags. Dropping it halves the tokens of an indented file.
  const flushText = () => {
    if (text !== "" && !BLANK.test(text)) tokens.push({ type: "text", text, line: lineOf(textStart) });
    text = "";
  };
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt === -1) {
      pushText(decodeEntities(source.slice(i)), i);
      break;
    }
    if (lt > i) pushText(decodeEntities(source.slice(i, lt)), i);
    i = lt;
    if (source.startsWith("<![CDATA[", i)) {
      const end = source.indexOf("]]>", i);
      // CDATA content is literal: no entity decoding.
      pushText(source.slice(i + 9, end === -1 ? source.length : end), i);
      i = end === -1 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i);
      i = end === -1 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith("<?", i) || source.startsWith("<!", i)) {
      const end = source.indexOf(">", i);
      i = end === -1 ? source.length : end + 1;
      continue;
    }
    CLOSE_TAG.lastIndex = i;
    const close = source.charCodeAt(i + 1) === SLASH ? CLOSE_TAG.exec(source) : null;
    if (close?.[1]) {
      flushText();
      tokens.push({ type: "close", name: tagName(close[1]), line: lineOf(i) });
      i = CLOSE_TAG.lastIndex;
      continue;
    }
    OPEN_TAG.lastIndex = i;
    const open = OPEN_TAG.exec(source);
    if (open?.[1]) {
      flushText();
      tokens.push({
        type: "open",
        name: tagName(open[1]),
        selfClosing: open[2] === "/",
        line: lineOf(i),
      });
      i = OPEN_TAG.lastIndex;
      continue;
    }
    // A "<" that starts no tag (a raw "<" in SGML text) is just text.
    pushText("<", i);
    i += 1;
  }
  flushText();
  return tokens;
}

// A statement repeats a few dozen tag names thousands of times: each spelling is upper-cased once.
const upperNames = new Map<string, string>();
function tagName(spelled: string): string {
  let name = upperNames.get(spelled);
  if (name === undefined) {
    name = spelled.toUpperCase();
    // Bounded: a file of made-up tag names must not grow this for the process's life.
    if (upperNames.size < 10_000) upperNames.set(spelled, name);
  }
  return name;
}

function buildTree(tokens: Token[]): OfxAggregate | null {
  // For unknown tags with no value: an aggregate if its close tag appears later, otherwise an empty leaf.
  // Built on the first unknown tag only: a file in the standard's vocabulary never needs it.
  let lastClose: Map<string, number> | undefined;
  const closesLater = (name: string, index: number) => {
    if (!lastClose) {
      lastClose = new Map();
      for (let at = 0; at < tokens.length; at++) {
        const token = tokens[at]!;
        if (token.type === "close") lastClose.set(token.name, at);
      }
    }
    return (lastClose.get(name) ?? -1) > index;
  };

  let root: OfxAggregate | null = null;
  const stack: OfxAggregate[] = [];
  const attach = (node: OfxNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.type === "text") continue;
    if (token.type === "close") {
      // Close tags that match no open aggregate (AMEX's closed leaves, a second </BANKTRANLIST>) are ignored.
      const at = findOpen(stack, token.name);
      while (at !== -1 && stack.length > at) stack.pop();
      continue;
    }
    if (token.selfClosing) {
      attach({ kind: "leaf", name: token.name, value: "", line: token.line });
      continue;
    }
    const next = tokens[i + 1];
    const value = next?.type === "text" ? next.text.trim() : "";
    const afterValue = next?.type === "text" ? tokens[i + 2] : next;
    const closesItself = afterValue?.type === "close" && afterValue.name === token.name;
    // A known aggregate written as a value (Tatra banka's <CURRENCY>EUR</CURRENCY>) is read as a leaf: an
    // aggregate's content always starts with a tag, so text closed at once can only be a value.
    const isAggregate =
      (KNOWN_AGGREGATES.has(token.name) && !(value !== "" && closesItself)) ||
      (!KNOWN_LEAVES.has(token.name) && value === "" && !closesItself && closesLater(token.name, i));

    if (!isAggregate) {
      attach({ kind: "leaf", name: token.name, value, line: token.line });
      if (next?.type === "text") i += 1;
      if (closesItself) i += 1;
      continue;
    }
    // Two aggregates of one name never nest in OFX: an unclosed <STMTTRN> is closed by the next one.
    if (stack[stack.length - 1]?.name === token.name) stack.pop();
    const node: OfxAggregate = { kind: "aggregate", name: token.name, children: [], line: token.line };
    if (stack.length === 0) {
      if (root) break; // Anything after the top-level element closes is trailing junk.
      root = node;
    } else {
      attach(node);
    }
    stack.push(node);
  }
  // A file cut off in transit ends inside an element: whatever was read of its last transaction may be a
  // different number ("-2" of "-20.00"), so the whole file is refused rather than imported in part.
  // Real files leave inner aggregates unclosed (Nubank's BANKTRANLIST), but never the document itself.
  if (root && stack.includes(root)) {
    const open = stack[stack.length - 1] ?? root;
    const last = tokens[tokens.length - 1]?.line ?? root.line;
    throw new StatementParseError(
      `Line ${last}: the file ends inside <${open.name}> without its closing </OFX>; it looks cut off, so none of it was imported. Download it again.`,
      last,
    );
  }
  return root;
}

function findOpen(stack: OfxAggregate[], name: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]?.name === name) return i;
  }
  return -1;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Decodes one level of entities: "&amp;lt;" becomes "&lt;", as the bank (mis)wrote it. Unknown ones stay. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
