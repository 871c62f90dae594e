import "server-only";

import { XMLParser, XMLValidator } from "fast-xml-parser";
import iconv from "iconv-lite";
import { StatementParseError } from "@/server/statements/types";

// The XML side of CAMT: the text in the encoding the file declares, checked to be whole, and read into a
// tree of plain objects with small helpers to walk it. Namespace prefixes are dropped, so every version of
// the schema (camt.053.001.02 to .13, and the 052 and 054 messages) is walked by the same element names.

/** An element: its children by name (always lists, in document order), its text as "#text", attributes as "@_Name". */
export type XmlNode = { [name: string]: unknown };

/**
 * The file's text in the encoding its XML declaration names. A statement that declares a single-byte encoding
 * (ISO-8859-1, windows-1252, ISO-8859-15) is read in it. One that declares UTF-8 or nothing is read the way every
 * other statement is (decode.ts), which tries strict UTF-8 first. Two exceptions keep the declaration from doing
 * harm: a file that declares a single-byte encoding but whose bytes are valid UTF-8 with accented letters is
 * UTF-8 mislabelled (the bytes of real Latin-1 text are almost never valid UTF-8), and ISO-8859-1 is read as
 * windows-1252, which agrees with it on every letter and also has € (as browsers do).
 */
export function decodeXmlBytes(bytes: Uint8Array, sniffed: string): string {
  const declared = /^\uFEFF?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(sniffed)?.[1];
  if (!declared) return sniffed;
  const label = declared.toLowerCase();
  if (label === "utf-8" || label === "utf8" || label.startsWith("utf-16")) return sniffed;
  const encoding = ["iso-8859-1", "latin1", "iso_8859-1", "us-ascii", "ascii"].includes(label)
    ? "win1252"
    : label;
  if (!iconv.encodingExists(encoding)) return sniffed;
  if (bytes.some((byte) => byte >= 0x80) && isStrictUtf8(bytes)) return sniffed;
  return iconv.decode(Buffer.from(bytes), encoding);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  // Every value stays the text it is: "00012" is an account number, "100.10" an amount read exactly later.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * The document's root element. A file that is not well-formed XML (most often one cut off in the download) is
 * refused with the line where it breaks: reading what comes before would import part of the statement.
 */
export function readXml(text: string): XmlNode {
  // A bank's statement never declares a DTD; one that does could define entities that expand without end.
  if (/<!DOCTYPE/i.test(text)) {
    throw new StatementParseError(
      "The file declares a document type (<!DOCTYPE>), which a bank's CAMT statement never does, so it was not read. Download the statement from your bank again.",
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new StatementParseError(
      `Line ${line}: the file is not complete XML (${msg.replace(/\.$/, "")}). It may have been cut off while downloading; download the statement from your bank again.`,
      line,
    );
  }
  const tree = parser.parse(text) as XmlNode;
  const root = children(tree, "Document")[0] ?? enveloped(tree);
  if (!root)
    throw new StatementParseError("The file has no <Document> element, so it is not a CAMT statement.");
  return root;
}

/**
 * A Document sent inside a business message envelope, beside its application header (<AppHdr>): SWIFT and some
 * banks wrap a statement so, in <BizMsgEnvlp>, <RequestPayload> or <Message>.
 */
function enveloped(tree: XmlNode): XmlNode | undefined {
  for (const [name, value] of Object.entries(tree)) {
    if (name.startsWith("@_") || name === "#text" || !Array.isArray(value)) continue;
    const found = children(value[0] as XmlNode, "Document")[0];
    if (found) return found;
  }
  return undefined;
}

/** The child elements with this name, in document order. */
export function children(node: XmlNode | null | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The first element down this path of names, or null. */
export function child(node: XmlNode | null | undefined, ...path: string[]): XmlNode | null {
  let current: XmlNode | null | undefined = node;
  for (const name of path) {
    current = children(current, name)[0];
    if (!current) return null;
  }
  return current ?? null;
}

/** The trimmed text of the element down this path, or null when it is missing or empty. */
export function text(node: XmlNode | null | undefined, ...path: string[]): string | null {
  const found = path.length === 0 ? node : child(node, ...path);
  const value = found?.["#text"];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The texts of every element named by the last name of the path, under the first element down the rest. */
export function texts(node: XmlNode | null | undefined, ...path: string[]): string[] {
  const last = path.at(-1);
  if (!last) return [];
  const parent = path.length === 1 ? node : child(node, ...path.slice(0, -1));
  return children(parent, last)
    .map((element) => text(element))
    .filter((value): value is string => value !== null);
}

export function attribute(node: XmlNode | null | undefined, name: string): string | null {
  const value = node?.[`@_${name}`];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
