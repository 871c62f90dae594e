// Statement files declare encodings they do not use (Chase says cp1252 and sends UTF-8), so the bytes decide:
// strict UTF-8 first, then a legacy Chinese, Japanese, Korean or Cyrillic encoding when the bytes plainly are one,
// or windows-1257 when the words plainly are Lithuanian or Latvian, windows-1250 or ISO-8859-2 when they plainly
// are Polish, Czech, Hungarian or another Central European language (decode-legacy.ts), ISO-8859-15 when its € is
// there (isLatin9), then windows-1252, which
// maps every byte and so never fails. (Node 20's TextDecoder treats "windows-1252" as Latin-1 and turns 0x80 into
// a control character instead of €, hence iconv-lite.)

import iconv from "iconv-lite";
import { decodeBaltic, decodeCentralEuropean, decodeLegacyEncoding } from "@/server/statements/decode-legacy";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export type DecodedText = {
  text: string;
  encoding:
    | "utf-8"
    | "utf-16le"
    | "utf-16be"
    | "windows-1252"
    | "iso-8859-15"
    | "gb18030"
    | "shift_jis"
    | "cp949"
    | "windows-1251"
    | "windows-1257"
    | "windows-1250"
    | "iso-8859-2";
};

export function decodeStatementBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: "utf-8" };
  } catch {
    const damaged = mostlyUtf8(body);
    if (damaged !== null) return { text: damaged, encoding: "utf-8" };
    const legacy = decodeLegacyEncoding(body);
    if (legacy) return legacy;
    const baltic = decodeBaltic(body);
    if (baltic) return baltic;
    const centralEuropean = decodeCentralEuropean(body);
    if (centralEuropean) return centralEuropean;
    if (isLatin9(body))
      return { text: iconv.decode(Buffer.from(body), "iso-8859-15"), encoding: "iso-8859-15" };
    return { text: iconv.decode(Buffer.from(body), "win1252"), encoding: "windows-1252" };
  }
}

/**
 * ISO-8859-15 (Latin-9), which some French and German exports still use, puts € at 0xA4, where windows-1252 has
 * the currency sign ¤ that no bank writes; windows-1252 has its € at 0x80, a control character in Latin-9. So a
 * file with 0xA4 and nothing in 0x80–0x9F is Latin-9: read as windows-1252, "-12,50 €" would be "-12,50 ¤".
 */
function isLatin9(bytes: Uint8Array): boolean {
  let euro = false;
  for (const byte of bytes) {
    if (byte >= 0x80 && byte <= 0x9f) return false;
    if (byte === 0xa4) euro = true;
  }
  return euro;
}

const lenientUtf8 = new TextDecoder("utf-8");

/**
 * UTF-8 with a damaged byte or two (a truncated export, one stray windows-1252 character): read as UTF-8, the
 * damage shown as �, rather than turning every other accented letter of the file into mojibake. A file in
 * another encoding is invalid UTF-8 at nearly every high byte, so it never passes for this.
 */
function mostlyUtf8(body: Uint8Array): string | null {
  const text = lenientUtf8.decode(body);
  let damaged = 0;
  let wide = 0;
  for (const char of text) {
    if (char === "\uFFFD") damaged++;
    else if (char.charCodeAt(0) >= 0x80) wide++;
  }
  return damaged <= 2 && wide >= damaged * 3 ? text : null;
}

// UTF-16 text without a byte-order mark (seen from spreadsheet exports): in mostly-ASCII text every other
// byte is zero. A few stray NULs in an 8-bit file are not this; they are refused later with their line.
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2048);
  if (sample < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05) return "utf-16le";
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05) return "utf-16be";
  return null;
}

/** Drops NUL padding at the end of a text (some exports fill the last block with zeros). */
export function withoutTrailingNuls(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return end === text.length ? text : text.slice(0, end);
}
