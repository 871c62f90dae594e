// Statement files declare encodings they do not use (Chase says cp1252 and sends UTF-8), so the bytes decide:
// strict UTF-8 first, then windows-1252, which maps every byte and so never fails. (Node 20's TextDecoder
// treats "windows-1252" as Latin-1 and turns 0x80 into a control character instead of €, hence iconv-lite.)

import iconv from "iconv-lite";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export type DecodedText = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" };

export function decodeStatementBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(body), "win1252"), encoding: "windows-1252" };
  }
}
