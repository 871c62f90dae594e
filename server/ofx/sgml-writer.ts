import "server-only";

// Writes OFX 1.x SGML the way Quicken does: a v1 header, CRLF line breaks (the spec asks for them) and
// leaf elements left unclosed, which every v1 server accepts; some reject closed leaves.

const CRLF = "\r\n";

export type SgmlPart = string | null | undefined | false;

/** A value on one line with the three SGML-special characters escaped; line breaks would end the value. */
export function escapeOfxValue(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export function leaf(name: string, value: string | number): string {
  return `<${name}>${escapeOfxValue(String(value))}`;
}

export function aggregate(name: string, parts: SgmlPart[]): string {
  const body = parts.filter((part): part is string => typeof part === "string" && part !== "");
  return [`<${name}>`, ...body, `</${name}>`].join(CRLF);
}

export function sgmlDocument(body: string, options: { version: 102 | 103; newFileUid?: string }): string {
  return [
    "OFXHEADER:100",
    "DATA:OFXSGML",
    `VERSION:${options.version}`,
    "SECURITY:NONE",
    "ENCODING:USASCII",
    "CHARSET:1252",
    "COMPRESSION:NONE",
    "OLDFILEUID:NONE",
    `NEWFILEUID:${options.newFileUid ?? "NONE"}`,
    "",
    body,
    "",
  ].join(CRLF);
}
