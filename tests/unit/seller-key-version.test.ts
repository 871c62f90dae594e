import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { resolveSeller, SELLER_KEY_VERSION } from "@/server/categorize/normalize";

// The keys a spread of invented bank texts read into, pinned at a SELLER_KEY_VERSION. Rules, choices and votes are
// stored under keys, and only a raised version makes the re-key job (server/categorize/rekey.ts) move them when a
// change reads text into other keys. So a change that moves any of these keys must raise SELLER_KEY_VERSION in
// server/categorize/normalize.ts and re-pin: set PINNED_AT to the new version and paste the keys this test prints.
// (A change that moves keys none of these show still needs the raise: the pin is a tripwire, not a proof.)
const PINNED_AT = 15;
const PINNED: [description: string, currency: string, key: string][] = [
  ["AMZN Mktp US*7Q2LX91B3", "USD", "amazon"],
  ["NETFLIX.COM 866-579-7172 CA", "USD", "netflix"],
  ["SQ *HOLLOWAY BAKERY Portland OR", "USD", "holloway bakery"],
  ["TST* FERNWOOD TAQUERIA 0098 AUSTIN TX", "USD", "fernwood taqueria"],
  ["POS DEBIT 0412 BRAMBLE HARDWARE #221 DAYTON OH", "USD", "bramble hardware"],
  ["DEBIT CARD PURCHASE XXXXX1234 MAPLE & OAK DINER BOISE ID", "USD", "maple oak diner"],
  ["PAYPAL *QUILLSHOP 4029357733", "USD", "quillshop"],
  ["CHECKCARD 0314 LANTERN BOOKS SEATTLE WA 24431064073", "USD", "lantern books"],
  ["STARBUCKS STORE 10452 DENVER CO", "USD", "starbucks"],
  ["ACH DEBIT HARBORVIEW UTILITIES BILLPAY", "USD", "harborview utilities billpay"],
  ["ZELLE TO JORDAN PRICE", "USD", "zelle"],
  ["ATM WITHDRAWAL 0412 MAIN ST", "USD", "atm withdrawal"],
  ["CARD PAYMENT TO WILLOWBY'S FARM SHOP ON 12-03-2026", "GBP", "willowbys farm shop"],
  ["TESCO STORES 3121 LEEDS", "GBP", "tesco"],
  ["CB BOULANGERIE DU PARC 14/03 LYON", "EUR", "boulangerie du parc lyon"],
  ["ACQUISTO POS 1234 FERRAMENTA ROSSI MILANO", "EUR", "ferramenta rossi milano"],
  ["KARTENZAHLUNG BAECKEREI KORN 2026-03-14 MUENCHEN", "EUR", "baeckerei korn muenchen"],
  ["BEA NR:12AB34 14.03.26/10.22 DE KLEINE MOLEN,PAS123 UTRECHT", "EUR", "de kleine molen pas utrecht"],
  ["COMPRA TARJ. 1234 PANADERIA LA ESPIGA MADRID", "EUR", "panaderia la espiga madrid"],
  ["CARTE X1234 12/03 PHARMACIE DES LILAS PARIS", "EUR", "pharmacie des lilas paris"],
  ["VISA DEBIT PURCHASE GLENMORE GROCERY VANCOUVER BC", "CAD", "glenmore grocery"],
  ["EFTPOS WATTLE CAFE SYDNEY AU", "AUD", "wattle cafe sydney au"],
  ["UBER *TRIP HELP.UBER.COM", "USD", "uber"],
  ["SPOTIFY P1A2B3C4D5 STOCKHOLM", "SEK", "spotify"],
  ["PAYROLL ACME WIDGETS INC", "USD", "payroll acme widgets inc"],
  [
    "SEPA iDEAL IBAN: NL12RABO0123456789 BIC: RABONL2U Naam: Florijn Fietsen BV Omschrijving: 4471 bestelling",
    "EUR",
    "florijn fietsen bv",
  ],
  ["Ihr Einkauf bei Lindgruen Naturkost GmbH", "EUR", "lindgruen naturkost gmbh"],
  [
    "Verwendungszweck: KORNFELD BIOLADEN GRAZ 8010 Zahlungsreferenz: POS 12,30 AT K1 14.03. 10:22 Kartenfolge-Nr.: 1",
    "EUR",
    "kornfeld bioladen graz",
  ],
  [
    "PAIEMENT PAR CARTE DE BANQUE             14-03           18,40-AVEC LA CARTE XXXX 1234 5678 90XX LIBRAIRIE DU PARC    1300 14/03/2026 DATE VALEUR : 14/03/2026",
    "EUR",
    "librairie du parc",
  ],
  [
    "Gruenwald Versand GmbHSEPA-BASISLASTSCHRIFT SVWZ+ Bestellung 4471 EREF+ 4471 MREF+ M-9 CRED+ DE98ZZZ09999999999",
    "EUR",
    "gruenwald versand gmbh",
  ],
  ["PP.7788.PP . KORNFELD VERSAND, Ihr Einkau  f bei KORNFELD VERSAND", "EUR", "kornfeld versand"],
  ["POS SALE 4410  HIBISCUS NAIL STUDIO GEORGE TOWN KY", "USD", "hibiscus nail studio george town"],
  ["STRIPE TRANSFER ST-K8Q2W7L1", "USD", "stripe"],
  ["WWW LANTERNBOEKEN NL", "EUR", "lanternboeken"],
  ["PAGAMENTO BOLETO ZORVEX SEGUROS S.A.", "BRL", "zorvex seguros sa"],
  ["FASTER PAYMENT RECEIVED ZORVEX LTD", "GBP", "zorvex ltd"],
  ["DIRECT CREDIT 123456 ZORVEX PTY LTD", "AUD", "zorvex pty ltd"],
  ["PAY AS YOU GO TOPUP", "GBP", "pay as you go topup"],
  ["KLARNA*ZORVEX SHOES", "SEK", "zorvex shoes"],
  ["FPOS KELDORA CAFE", "CAD", "keldora cafe"],
  ["KELDORA BISTRO 12.50 EUR AUTH 123456", "USD", "keldora bistro"],
  ["SPEI RECIBIDO ZORVEX SA DE CV", "MXN", "zorvex sa de cv"],
  ["CB KELDORA BOULANGERIE FACT 120324", "EUR", "keldora boulangerie"],
  ["HLU*HULU 12345-ABCDE", "USD", "hulu"],
  ["RTGS CR-ZORVEX PVT LTD", "INR", "zorvex pvt ltd"],
  ["RSHOP-FARMACIA ZORVEX-12/03", "BRL", "farmacia zorvex"],
  ["DEBITO AUTOMATICO SABESP", "BRL", "sabesp"],
  ["IB PAYMENT TO KELDORA SILVA", "ZAR", "keldora silva"],
  ["BONIFICO A FAVORE DI ZORVEX SRL", "EUR", "a favore di zorvex srl"],
  ["Platba kartou ZORVEX S.R.O. PRAHA", "CZK", "zorvex s r o praha"],
  ["GUTSCHRIFT ZORVEX GMBH", "EUR", "zorvex gmbh"],
  ["PRZELEW BLIK NA TELEFON KELDORA NOWAK", "PLN", "keldora nowak"],
  ["Direct Debit -ZORVEX INSURANCE ;Ref: HOM1234", "NZD", "zorvex insurance"],
  ["FROM ZORVEX LIMITED ;Zorvex Wages", "NZD", "zorvex limited"],
  ["KELDORA COFFEE 3390 KELDORA BLVD", "USD", "keldora coffee"],
  ["THE HOME DEPOT #4410 1480 S ZORV", "USD", "the home depot"],
  ["PEPBOYS STORE 412 2210 E KELDOR", "USD", "pep boys"],
  ["Eftpos Purchase               11May16:22 Keldora Cafe  Zorvale", "AUD", "keldora cafe zorvale"],
  ["EASYJET000KX7QZ2M GBP TRANSACTIO", "GBP", "easyjet"],
  ["ＶＩＳＡ　ＫＥＬＤＯＲＡ", "JPY", "keldora"],
  ["KELDORA PIZZA OAKVILLE ON", "CAD", "keldora pizza"],
  ["支付宝-肯德基（人民广场店）", "CNY", "肯德基"],
  ["TOTAL", "ZAR", "totalenergies"],
  ["RED LION", "GBP", "red lion"],
  ["KELDORA MARKETSEVILLA ES", "EUR", "keldora market sevilla es"],
  ["MERCADONASEVILLA ES", "EUR", "mercadona"],
  ["DEB ZORVEX CAFE", "GBP", "zorvex cafe"],
  ["SP PLUS PARKING", "USD", "plus parking"],
  ["MAXIMA 0412 WARSAW", "EUR", "maxima"],
  ["PREL KELDORA ENERGIE 15/05/14", "EUR", "keldora energie"],
  ["SHELL DEUTSCHLAND 0412 BONN", "EUR", "shell"],
  ["PAGO CON TARJETA EN KELDORA BAR 14/03", "EUR", "keldora bar"],
  ["ASDA STORES 4410 YORK", "GBP", "asda"],
  ["UPI/DR/412345678901/KELDORA STORES/ICIC/keldora@okicici/UPI", "INR", "keldora stores"],
  ["NACH-DR-ZORVEX FINANCE LTD", "INR", "zorvex finance ltd"],
  ["UPI-KELDORA TRADERS-Q987654321@YBL-YESB0YBLUPI-412345678901-PAYMENT", "INR", "keldora traders"],
  ["PETRO-CANADA 0412 CALGARY AB", "CAD", "petro canada"],
  ["浙江凯多拉星巴克食品有", "CNY", "星巴克"],
  ["农行ATM取款机", "CNY", "农行 atm 取款 机"],
  ["ＳＢＩ凯多拉預金", "JPY", "sbi 凯多拉 預金"],
  ["POS PURCHASE (EFFEC 03022021) KELDORA HARDWARE CARD NO.  4412", "ZAR", "keldora hardware"],
  ["WM MORRISONS STORE 0412 LEEDS", "GBP", "morrisons"],
  ["Kartenzahlung ; KELDORA TANKSTELLE ; BERLIN 74026606", "EUR", "keldora tankstelle"],
  [
    "166?00SEPA-Lastschrift?20EREF+4471?21SVWZ+Abschlag 11/2026?32STADTWERKE KELDORA GMBH",
    "EUR",
    "stadtwerke keldora gmbh",
  ],
  ["ZORVEX S.A R.L.", "EUR", "zorvex s a r l"],
  ["POS W/D COUNTDOWN KIL-12:00 ;", "NZD", "countdown"],
  ["PIX RECEBIDO DE ZORVEX LTDA", "BRL", "zorvex ltda"],
  ["ｹﾙﾄﾞﾗｶｰﾄﾞｻｰﾋﾞｽ", "JPY", "ケルトラ カート サーヒス"],
  ["Autogiro RÖDA KORSET", "SEK", "red cross and red crescent"],
  ["COLRUYT ZORVEXBEEK", "EUR", "colruyt"],
  [
    "AVEC LA CARTE 6703 04XX XXXX X315 7 KELDORA BAKERY        1000 BRUS.07-02-2026 EXECUTE LE 07-02 DATE VALEUR : 07/02/2026",
    "EUR",
    "keldora bakery brus",
  ],
  [
    "ZORVEX SPRL BE00000000000000BIC GKCCBEBB    VIA MOBILE BANKING COMMUNICATION : 1234 EXECUTE LE 05-02 DATE VALEUR : 05/02/2026",
    "EUR",
    "zorvex sprl",
  ],
  ["Pag*Keldora Games", "BRL", "keldora games"],
  ["KARTU DEBIT KELDORA,BANDUNG", "IDR", "keldora bandung"],
  ["Dépense CARREFOUR EXPRESS ZORVEX BRUXELLES (Transaction 12345678)", "EUR", "carrefour express"],
  ["FGW SELF SERVICE       ZORVEX        GBR", "GBP", "gwr"],
  ["PAN PACIFIC HOTEL 1234", "USD", "pan pacific"],
  ["EFTPOS WATTLE CAFE SYDNEY NSW", "AUD", "wattle cafe sydney"],
  ["KELDORA BAKERY           HURSTVILLE  VIC", "AUD", "keldora bakery"],
  ["VIR SEPA C.A.F. DE KELDORA", "EUR", "caf de keldora"],
  ["RAZ*KELDORA TRAVELS BENGALURU", "INR", "keldora travels bengaluru"],
  ["000^20CV 4471^32ZORVEX INTERNATIONAL SA", "RON", "zorvex international sa"],
  ["ZORVEX SWEETS HTTPS://WW", "INR", "zorvex sweets"],
  ["KELDORA BAKKERIJ >UTRECHT 27.12.2017 13U38 KV005 4XZJ4Z", "EUR", "keldora bakkerij"],
  ["ZORVEX MCC:5411 Contactloze betaling", "EUR", "zorvex"],
  [
    "NL00SNSB0000000000 zorvex energie b.v. Europese incasso door:ZORVEX ENERGIE B.V. NL-123 Termijn 12",
    "EUR",
    "zorvex energie b v",
  ],
  ["EMI KELDORA FASHIONS BANGALORE", "INR", "keldora fashions bangalore"],
  ["XY*BIGBASKET", "INR", "bigbasket"],
  ["Osto KELDORA KAHVILA ESPOO", "EUR", "keldora kahvila espoo"],
  ["KELDORA ZORVEX HELSINKI", "EUR", "keldora zorvex helsinki"],
  ["CARTE 02/07 HPY*KELDORA SPORT", "EUR", "keldora sport"],
  ["OMISETH*keldora.com", "THB", "keldora"],
  ["SEB Kort Bank AB", "SEK", "seb kort"],
  ["PRLV PRIXTEL  SCOR/00000000A", "EUR", "prixtel"],
  ["kaart...000000 KELDORA SELVERI ISETEEN/TALLINN/EST #000000", "EUR", "selver"],
];

describe("SELLER_KEY_VERSION", () => {
  it("is the version the pinned keys were recorded at", () => {
    expect(SELLER_KEY_VERSION, "re-pin the keys below for the new version").toBe(PINNED_AT);
  });

  it("is raised whenever text reads into other keys", () => {
    const now = PINNED.map(([description, currency]): [string, string, string] => [
      description,
      currency,
      resolveSeller(description, undefined, { countries: countriesForCurrency(currency) }).key,
    ]);
    const moved = now.filter(([, , key], i) => key !== PINNED[i]![2]);
    expect(
      moved,
      `Seller keys changed: raise SELLER_KEY_VERSION (server/categorize/normalize.ts) so stored rules follow, ` +
        `then set PINNED_AT and re-pin:\n${now.map((row) => `  ${JSON.stringify(row)},`).join("\n")}`,
    ).toEqual([]);
  });
});
