import "server-only";

// The header decides nothing about parsing (the body is read the same way either way), but it is kept for
// diagnostics. Wells Fargo sends the whole v1 header without line breaks, ofxstatement wraps it in a comment,
// and many files have none at all, so fields are found by name rather than read line by line.

export type OfxHeader = {
  /** "102", "211", …; null when the file has no header. */
  version: string | null;
  syntax: "sgml" | "xml" | null;
  charset?: string;
  encoding?: string;
  security?: string;
  newFileUid?: string;
  oldFileUid?: string;
};

const V1_KEYS = "OFXHEADER|DATA|VERSION|SECURITY|ENCODING|CHARSET|COMPRESSION|OLDFILEUID|NEWFILEUID";
const V1_FIELD = new RegExp(
  `(${V1_KEYS})[ \\t]*:[ \\t]*(.*?)(?=(?:${V1_KEYS})[ \\t]*:|[\\r\\n<]|-->|$)`,
  "g",
);
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

export function parseOfxHeader(prefix: string): OfxHeader {
  const pi = /<\?OFX\b([\s\S]*?)(?:\?>|\?<|$)/i.exec(prefix);
  if (pi) {
    const attrs = collect(pi[1] ?? "", ATTRIBUTE);
    const xmlEncoding = /<\?xml\b[^>]*?encoding\s*=\s*"([^"]*)"/i.exec(prefix)?.[1];
    return {
      version: attrs.VERSION ?? null,
      syntax: "xml",
      ...(xmlEncoding ? { encoding: xmlEncoding } : {}),
      ...(attrs.SECURITY ? { security: attrs.SECURITY } : {}),
      ...(attrs.NEWFILEUID ? { newFileUid: attrs.NEWFILEUID } : {}),
      ...(attrs.OLDFILEUID ? { oldFileUid: attrs.OLDFILEUID } : {}),
    };
  }
  const fields = collect(prefix, V1_FIELD);
  if (fields.OFXHEADER === undefined && fields.VERSION === undefined) return { version: null, syntax: null };
  return {
    version: fields.VERSION ?? null,
    syntax: "sgml",
    ...(fields.CHARSET ? { charset: fields.CHARSET } : {}),
    ...(fields.ENCODING ? { encoding: fields.ENCODING } : {}),
    ...(fields.SECURITY ? { security: fields.SECURITY } : {}),
    ...(fields.NEWFILEUID ? { newFileUid: fields.NEWFILEUID } : {}),
    ...(fields.OLDFILEUID ? { oldFileUid: fields.OLDFILEUID } : {}),
  };
}

function collect(text: string, pattern: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(pattern)) {
    const key = match[1]?.toUpperCase();
    if (key && !(key in out)) out[key] = (match[2] ?? "").trim();
  }
  return out;
}
