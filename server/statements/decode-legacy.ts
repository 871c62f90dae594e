// Chinese, Japanese, Korean and Russian statements often come in their legacy encodings (Alipay's CSV is GBK,
// Japanese card exports Shift_JIS, Korean banks' EUC-KR, Russian banks' windows-1251), which windows-1252 would
// turn into mojibake. Their text is runs of high bytes (a lead and a trail byte per character, or a whole
// Cyrillic word), where a European windows-1252 file has one accented letter at a time. Which encoding it is
// is told by the characters each decoding yields: every candidate decodes the others' bytes without an error
// often enough, but only the right one gives that language's common characters.

import iconv from "iconv-lite";

type Candidate = {
  encoding: "gb18030" | "shift_jis" | "cp949" | "windows-1251";
  common: (char: string) => boolean;
};

// The commonest Han characters in Chinese text and statements (交易, 金额, 收入, 支出…).
const ZH = new Set(
  Array.from(
    "的一是不了在有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系交易金额日期时间支收入余账户方备注商付款转消费银行卡号单状态成功退记摘要币种元类型说明分类零钱微信支付宝",
  ),
);
// The commonest Hangul syllables in Korean text and statements (거래, 금액, 입금, 출금, 잔액…).
const KO = new Set(
  Array.from(
    "이의가에는을를다하고지기사일거래금액잔입출날짜자적요스점대서한수정전시로인원도보리어주구국부제화상계통카드결은행명내용번호처승취소체송급여월년있없되것들우해게등만과와나그여러오아문비공유무모두개간연위회민세",
  ),
);
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
// The kanji of Japanese statements' headers and rows (取引日, 摘要, 出金金額, 入金金額, 残高, 振込手数料…): a
// bank's CSV may hold no kana at all. Japanese forms (額, 払, 預, 円) that Chinese writes otherwise.
const JA = new Set(
  Array.from(
    "取引日付摘要出入金額残高振込手数料利用店名支払預円内容番号区分明細普通口座現引落定期税息給与替電話保険会社銀行信用月年",
  ),
);
// The ten commonest letters of Russian (and Ukrainian і): two thirds of real text, a sixth of the Cyrillic that
// other encodings' bytes decode to.
const RU = new Set(Array.from("оеаинтсрвлiі"));

const CANDIDATES: Candidate[] = [
  { encoding: "gb18030", common: (char) => ZH.has(char) },
  { encoding: "shift_jis", common: (char) => KANA.test(char) || JA.has(char) },
  { encoding: "cp949", common: (char) => KO.has(char) },
  { encoding: "windows-1251", common: (char) => RU.has(char.toLowerCase()) },
];

/** The text decoded from a legacy CJK or Cyrillic encoding, or null when the bytes are not plainly one. */
export function decodeLegacyEncoding(
  bytes: Uint8Array,
): { text: string; encoding: Candidate["encoding"] } | null {
  // High bytes that touch another high byte: nearly all of them in these encodings, almost none in a European
  // windows-1252 file, whose accented letters stand one by one between plain ones ("Müller", "Überweisung").
  // A double-byte character whose trail byte is plain ASCII (Shift_JIS writes 付 as 0x95 0x74, 円 as 0x89 0x7E, a
  // full-width Ａ as 0x82 0x60) counts as a run too: a Japanese file of kanji between quotes and brackets has many.
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    const next = bytes[i + 1] ?? 0;
    // Only the lead bytes 0x81–0x9F (kana, full-width letters, the common kanji), which European encodings use
    // for punctuation: their accented letters, on 0xC0 and above, often stand before a plain letter.
    const asciiTrail = bytes[i]! >= 0x81 && bytes[i]! <= 0x9f && next >= 0x40 && next <= 0x7e;
    if ((bytes[i - 1] ?? 0) >= 0x80 || next >= 0x80 || asciiTrail) inRuns++;
  }
  if (high < 8 || inRuns < high * 0.7) return null;
  let best: { text: string; encoding: Candidate["encoding"]; share: number } | null = null;
  for (const { encoding, common } of CANDIDATES) {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    const chars = Array.from(text).filter((char) => char.charCodeAt(0) >= 0x80);
    const broken = chars.filter((char) => char === "\uFFFD").length;
    if (broken > chars.length * 0.01) continue;
    const share = chars.filter(common).length / Math.max(1, chars.length);
    if (!best || share > best.share) best = { text, encoding, share };
  }
  return best && best.share >= 0.15 ? { text: best.text, encoding: best.encoding } : null;
}

// Lithuanian and Latvian statements often come in windows-1257. Its letters sit
// one by one between plain ones, like a European windows-1252 file's, and on the same bytes as windows-1252's
// accented letters (1257's č is 1252's è, š is ð, ž is þ), so both decodings are clean and only the words can
// tell them apart. The file is read as windows-1257 only when its words plainly are Baltic: letters of one
// Baltic alphabet, at least three different ones, inside words and not only at their ends (Italian accents only a
// word's last vowel: "città" would read "cittą"), and hardly any word with a letter no Baltic language has
// (French é, Spanish ó, Icelandic ú and ý, Danish å stay foreign whichever decoding reads them). Estonian needs
// none of this: its õ ä ö ü are the same bytes in windows-1252.
const LITHUANIAN = new Set(Array.from("ąčęėįšųūž"));
const LATVIAN = new Set(Array.from("āčēģīķļņšūž"));
const ESTONIAN = new Set(Array.from("õäöüšž"));
const BALTIC_ALPHABETS = [LITHUANIAN, LATVIAN, ESTONIAN];
const BALTIC = new Set([...LITHUANIAN, ...LATVIAN, ...ESTONIAN]);
// The Baltic letters on bytes that windows-1252 reads as other letters (õ ä ö ü are the same in both).
const CHANGED = new Set([...LITHUANIAN, ...LATVIAN]);
// Letters only one of the two languages writes: a file with both is neither.
const ONLY_LITHUANIAN = new Set(Array.from("ąęėįų"));
const ONLY_LATVIAN = new Set(Array.from("āēģīķļņ"));
// Danish and Norwegian æ and ø read as ę and ų: a file whose only Baltic letters are these two is Nordic.
const NORDIC = new Set(Array.from("ęų"));

/** The text decoded from windows-1257, or null when its words are not plainly Lithuanian or Latvian. */
export function decodeBaltic(bytes: Uint8Array): { text: string; encoding: "windows-1257" } | null {
  // The first 64 KiB tell, as they do for the other encodings: a statement's words repeat.
  const sample = bytes.subarray(0, 64 * 1024);
  let letterBytes = 0;
  for (const byte of sample) if (byte >= 0xc0) letterBytes++;
  if (letterBytes < 6) return null;
  const head = iconv.decode(Buffer.from(sample), "windows-1257");
  // Bytes windows-1257 leaves undefined (ƒ, Œ, œ, Ÿ, ¡ in windows-1252): not this encoding.
  if (head.includes("\uFFFD")) return null;
  let plausible = 0;
  let inner = 0;
  let foreign = 0;
  let implausible = 0;
  let lithuanian = 0;
  let latvian = 0;
  const seen = new Set<string>();
  for (const word of head.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const letters = Array.from(word);
    const accented = letters.filter((char) => char.charCodeAt(0) >= 0x80);
    if (accented.length === 0) continue;
    // "Café" in a Lithuanian file; "Crédit" or "útborgun" in a French or Icelandic one.
    if (!accented.every((char) => BALTIC.has(char))) {
      foreign++;
      continue;
    }
    if (!accented.some((char) => CHANGED.has(char))) continue;
    // Letters of two Baltic alphabets in one word: another language read the wrong way.
    if (!BALTIC_ALPHABETS.some((alphabet) => accented.every((char) => alphabet.has(char)))) {
      implausible++;
      continue;
    }
    // A lone accented letter is not a Baltic word, except the Lithuanian "į" (into).
    if (letters.length === 1 && word !== "į") {
      implausible++;
      continue;
    }
    plausible++;
    if (letters.slice(0, -1).some((char) => CHANGED.has(char))) inner++;
    for (const char of accented) if (CHANGED.has(char)) seen.add(char);
    if (accented.some((char) => ONLY_LITHUANIAN.has(char))) lithuanian++;
    if (accented.some((char) => ONLY_LATVIAN.has(char))) latvian++;
  }
  const baltic =
    plausible >= 3 &&
    seen.size >= 3 &&
    [...seen].filter((char) => !NORDIC.has(char)).length >= 2 &&
    inner >= 2 &&
    inner * 4 >= plausible &&
    foreign * 10 <= plausible &&
    implausible * 10 <= plausible &&
    Math.min(lithuanian, latvian) * 10 <= Math.max(lithuanian, latvian);
  return baltic ? { text: iconv.decode(Buffer.from(bytes), "windows-1257"), encoding: "windows-1257" } : null;
}

// Polish, Czech, Slovak, Hungarian, Romanian, Croatian and Slovene statements often come in ISO-8859-2 or
// windows-1250 (mBank's and PKO BP's MT940, Czech banks' CSV), which windows-1252 reads as symbols inside words
// ("OP£ATA" for OPŁATA, "¦RODKÓW" for ŚRODKÓW) or as other Western letters ("výbìr" for výběr). The three
// decodings are told apart by the words they give (see wordScore). The Central European decoding is chosen only
// when it explains plainly more words than windows-1252; a Western file reads the same or better in windows-1252
// (its "crème" is a Czech "crčme" too, but its "garçon" and "fenêtre" are then in no language of the first).
const ALPHABETS = [
  "äöüß", // German
  "àâæçéèêëîïôœùûüÿ", // French
  "áéíñóúü", // Spanish
  "àçèéíïòóúü", // Catalan
  "áâãàçéêíóôõú", // Portuguese
  "àèéìíîòóù", // Italian
  "éëïöüèáóú", // Dutch
  "åäöé", // Swedish, Finnish
  "æøåéó", // Danish, Norwegian
  "áðéíóúýþæö", // Icelandic
  "õäöüšž", // Estonian
  "ąćęłńóśźż", // Polish
  "áčďéěíňóřšťúůýž", // Czech
  "áäčďéíĺľňóôŕšťúýž", // Slovak
  "áéíóöőúüű", // Hungarian
  "ăâîșțşţ", // Romanian
  "čćđšž", // Croatian, Slovene, Bosnian, Serbian (Latin)
  "çëé", // Albanian
  "çğıöşü", // Turkish
].map((letters) => new Set(Array.from(letters)));

const CENTRAL_EUROPEAN = ["windows-1250", "iso-8859-2"] as const;

/**
 * How well a decoded sample reads as one language: the words whose accented letters one alphabet of ALPHABETS
 * (the best for the sample) all holds, less the words with a symbol inside. A statement is written in one language,
 * so a decoding that needs letters of several to explain its words ("Gyõr" beside "Összeg", Portuguese õ beside
 * German ö, for Hungarian Győr read as windows-1252) is the wrong one.
 */
function wordScore(text: string): number {
  const explained = new Array<number>(ALPHABETS.length).fill(0);
  let broken = 0;
  // A word here runs over letters and any other character above ASCII but spaces, so a symbol inside a word
  // ("OP£ATA") stays in it and breaks it.
  for (const word of text.toLowerCase().match(/(?:\p{L}|[^\p{ASCII}\s])+/gu) ?? []) {
    const accented: string[] = [];
    let symbol = false;
    for (const char of word) {
      if (char.charCodeAt(0) < 0x80) continue;
      if (/\p{L}/u.test(char)) accented.push(char);
      else symbol = true;
    }
    // A symbol standing alone ("£", "™€") is a symbol in every decoding; a lone letter says nothing of a language.
    if (symbol && accented.length > 0) broken++;
    else if (!symbol && accented.length > 0 && word.length > 1)
      ALPHABETS.forEach((alphabet, k) => {
        if (accented.every((char) => alphabet.has(char))) explained[k]!++;
      });
  }
  return Math.max(...explained) - broken;
}

/**
 * The text decoded from windows-1250 or ISO-8859-2, or null when their words are not plainly better than
 * windows-1252's (see ALPHABETS).
 */
export function decodeCentralEuropean(
  bytes: Uint8Array,
): { text: string; encoding: (typeof CENTRAL_EUROPEAN)[number] } | null {
  // The first 64 KiB tell, as they do for the other encodings: a statement's words repeat.
  const sample = Buffer.from(bytes.subarray(0, 64 * 1024));
  const western = wordScore(iconv.decode(sample, "win1252"));
  let best: { encoding: (typeof CENTRAL_EUROPEAN)[number]; score: number } | null = null;
  for (const encoding of CENTRAL_EUROPEAN) {
    const head = iconv.decode(sample, encoding);
    // Bytes the encoding leaves undefined, or reads as control characters (ISO-8859-2's 0x80–0x9F): not it.
    if (/[\uFFFD\x80-\x9f]/.test(head)) continue;
    const score = wordScore(head);
    if (best === null || score > best.score) best = { encoding, score };
  }
  if (best === null || best.score < western + 2) return null;
  return { text: iconv.decode(Buffer.from(bytes), best.encoding), encoding: best.encoding };
}
