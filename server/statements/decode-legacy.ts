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
// The ten commonest letters of Russian (and Ukrainian і): two thirds of real text, a sixth of the Cyrillic that
// other encodings' bytes decode to.
const RU = new Set(Array.from("оеаинтсрвлiі"));

const CANDIDATES: Candidate[] = [
  { encoding: "gb18030", common: (char) => ZH.has(char) },
  { encoding: "shift_jis", common: (char) => KANA.test(char) },
  { encoding: "cp949", common: (char) => KO.has(char) },
  { encoding: "windows-1251", common: (char) => RU.has(char.toLowerCase()) },
];

/** The text decoded from a legacy CJK or Cyrillic encoding, or null when the bytes are not plainly one. */
export function decodeLegacyEncoding(
  bytes: Uint8Array,
): { text: string; encoding: Candidate["encoding"] } | null {
  // High bytes that touch another high byte: nearly all of them in these encodings, almost none in a European
  // windows-1252 file, whose accented letters stand one by one between plain ones ("Müller", "Überweisung").
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
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
