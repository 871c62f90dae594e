import { describe, expect, it } from "vitest";
import { cleanDescription } from "@/server/categorize/clean";
import bankWords from "@/server/categorize/data/bank-words.json";
import businessWords from "@/server/categorize/data/business-words.json";
import { categorizeTransaction } from "@/server/categorize/engine";
import { categorizeOnAccount, slugContext } from "../support/categorize-context";

// What the twentieth round of real bank text taught: a bank's category that says which of a store's trades a
// purchase was, the ways banks cut "payment" to fit a line, a card bill and an own-account transfer in Brazilian
// Portuguese, parks and dining rooms by their names, and a card issuer's catch-all that says nothing. Sellers are
// real where the rule is about them; the rest of each line is invented.

const context = slugContext();
const withBankCategory = (description: string, bankCategory: string, amount = -4512) =>
  categorizeTransaction({ description, amount, bankCategory }, context);

describe("a grocer's or a superstore's fuel pumps, when the bank files the purchase under fuel", () => {
  it.each([
    ["KROGER #0412 DALLAS TX", "Gas"],
    ["SAFEWAY #1234", "Gas"],
    ["WAL-MART #4471", "Gas"],
    ["TESCO STORES 4471", "Fuel"],
  ])("%s with the bank's “%s” is Gas & Fuel, and says why", (description, bankCategory) => {
    const result = withBankCategory(description, bankCategory);
    expect(result.categoryId).toBe("auto-transport.gas-fuel");
    expect(result.reason).toBe(`Your bank says ${bankCategory}`);
  });

  it("the same store under the bank's grocery label, or none, keeps the seller's category", () => {
    expect(withBankCategory("KROGER #0412 DALLAS TX", "Groceries").categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("USD", "KROGER #0412 DALLAS TX", -4512).categoryId).toBe(
      "food-dining.groceries",
    );
  });

  it("a refund from the store is still the store's, and a café filed under fuel stays a café", () => {
    expect(withBankCategory("KROGER #0412 DALLAS TX", "Gas", 4512).categoryId).toBe("food-dining.groceries");
    expect(withBankCategory("STARBUCKS STORE 04471", "Gas").categoryId).toBe("food-dining.coffee-shops");
  });
});

describe("“payment” as banks cut it", () => {
  it.each(["CREDIT CARD PYMNT", "CREDIT CARD PAYMNT", "CREDIT CARD PAYMT", "CREDIT CARD PMNT"])(
    "%s on a card is the card's bill paid",
    (description) => {
      expect(categorizeOnAccount("USD", description, 25000).categoryId).toBe("transfer.credit-card-payment");
    },
  );

  it("a British card purchase (“CARD PAYMENT TO …”) is still the seller's, not a card's bill", () => {
    expect(categorizeOnAccount("GBP", "CARD PAYMENT TO SPOTIFY ON 12 OCT", -999).categoryId).toBe(
      "entertainment.music",
    );
  });
});

describe("Brazilian Portuguese: the card's bill and money moved between one's own accounts", () => {
  it.each([
    ["FATURA CARTAO VISA", "transfer.credit-card-payment"],
    ["PAGTO FATURA DO CARTAO MASTERCARD", "transfer.credit-card-payment"],
    ["TED MESMA TITULARIDADE CIP", "transfer.transfer"],
    ["TRANSF MESMA TITULARIDADE 0412", "transfer.transfer"],
  ])("%s → %s", (description, category) => {
    expect(categorizeOnAccount("BRL", description, -150000).categoryId).toBe(category);
  });

  it("an invoice (“fatura”) without a card is not a card’s bill", () => {
    expect(categorizeOnAccount("EUR", "FATURA 4471 KELDORA ENERGIA", -4512).categoryId).not.toBe(
      "transfer.credit-card-payment",
    );
  });
});

describe("parks and dining rooms by their names", () => {
  it.each([
    ["YOSEMITE NATIONAL PARK", "entertainment.amusement"],
    ["ALGONQUIN PROVINCIAL PARK", "entertainment.amusement"],
    ["KELDORA STATE PARK FL", "entertainment.amusement"],
    ["ZORVEX HALL DINING RO", "food-dining.restaurants"],
    ["CAMPUS DINING HALL 0412", "food-dining.restaurants"],
  ])("%s → %s", (description, category) => {
    expect(categorizeOnAccount("USD", description, -2500).categoryId).toBe(category);
  });

  it("a park is not a car park, and a car brand in a park's name gives way to the park", () => {
    expect(categorizeOnAccount("GBP", "NCP CAR PARK LEEDS", -600).categoryId).toBe("auto-transport.parking");
    expect(categorizeOnAccount("USD", "BAHIA HONDA STATE PARK", -1219).categoryId).toBe(
      "entertainment.amusement",
    );
  });
});

describe("a card issuer's catch-all category says nothing of what was bought", () => {
  it("“Business” (a parking meter, a dining room, a park) is no business service", () => {
    expect(withBankCategory("KELDORA ZORVEX 0412", "BUSINESS").categoryId).toBeNull();
    expect(withBankCategory("KELDORA ZORVEX 0412", "Business Services").categoryId).toBe("business-services");
  });
});

describe("money in from an insurer or a tax office is paid back to the holder", () => {
  it.each([
    ["STATE FARM INSURANCE CLAIM 0412", "USD"],
    ["DEBEKA KRANKENVERSICHERUNG 4471", "EUR"],
    ["ATO 012345678901R118", "AUD"],
  ])("%s (money in) is a refund or reimbursement, and says who paid", (description, currency) => {
    const result = categorizeOnAccount(currency, description, 17330);
    expect(result.categoryId).toBe("income.refund-reimbursement");
    expect(result.reason).toMatch(/^A payment from /);
  });

  it("the same sellers paid are what they sell, and a shop's credit still nets against its category", () => {
    expect(categorizeOnAccount("USD", "STATE FARM INSURANCE 0412", -12000).categoryId).toBe(
      "auto-transport.auto-insurance",
    );
    expect(categorizeOnAccount("USD", "AMAZON.COM AMZN.COM/BILL WA", 2540).categoryId).toBe(
      "shopping.general-merchandise",
    );
  });
});

describe("money in from an insurer the list files under no line, or does not know, is a claim paid", () => {
  it.each([
    ["Pix recebido de PORTO SEGURO CIA SEG GERAIS", "BRL"],
    ["33532205064616-AZUL COMPANHIA DE SEGUROS", "BRL"],
    ["KELDORA VERSICHERUNG AG", "EUR"],
    ["TRANSFER FROM KELDORA INSURANCE CO", "USD"],
  ])("%s (money in) is a refund or reimbursement, and says who paid", (description, currency) => {
    const result = categorizeOnAccount(currency, description, 24500);
    expect(result.categoryId).toBe("income.refund-reimbursement");
    expect(result.reason).toMatch(/^A payment from /);
  });

  it("paid, it still names no line of insurance; and the words of a pension or pay from it decide", () => {
    expect(categorizeOnAccount("EUR", "KELDORA VERSICHERUNG AG", -24500).categoryId).toBeNull();
    // "Insurer" as "insurance": a firm of any line, no home insurance of its own.
    expect(categorizeOnAccount("USD", "KELDORA INSURER", -24500).categoryId).toBeNull();
    expect(categorizeOnAccount("EUR", "KELDORA VERSICHERUNG AG RENTE", 24500).categoryId).toBe("income");
    expect(categorizeOnAccount("USD", "KELDORA INSURANCE PAYROLL", 240000).categoryId).toBe(
      "income.paycheck",
    );
  });
});

describe("an insurer of every line, or a bank that sells policies, is paid for the line its words name", () => {
  it.each([
    ["ALLIANZ KFZ VERSICHERUNG 4471", "EUR", "auto-transport.auto-insurance"],
    ["ALLIANZ LEBENSVERSICHERUNG", "EUR", "financial.life-insurance"],
    ["GENERALI ASSICURAZIONE VITA", "EUR", "financial.life-insurance"],
    ["中国平安人寿保险股份有限公司", "CNY", "financial.life-insurance"],
    ["KELDORA BILFÖRSÄKRING", "SEK", "auto-transport.auto-insurance"],
    ["KELDORA INDBOFORSIKRING", "DKK", "home.home-insurance"],
    ["KELDORA ZDRAVOTNÍ POJIŠTĚNÍ", "CZK", "health-fitness.health-insurance"],
  ])("%s (paid) is that line", (description, currency, slug) => {
    expect(categorizeOnAccount(currency, description, -4500).categoryId).toBe(slug);
  });

  it("any other word after such a name says nothing, and money in from the line is a claim paid", () => {
    expect(categorizeOnAccount("EUR", "ALLIANZ", -4500).categoryId).toBeNull();
    expect(categorizeOnAccount("EUR", "ING DIRECT", -4500).categoryId).toBeNull();
    // nor a brand after it: an insurer pays no shop (Home is a hotel chain's name); "HOME" there is the line
    // (see categorize-probes-rounds-nine-to-fourteen.test.ts)
    const zurich = categorizeOnAccount("EUR", "ZURICH INSURANCE HOME", -4500);
    expect(zurich.merchant).toBe("Zurich Insurance");
    expect(zurich.categoryId).toBe("home.home-insurance");
    expect(categorizeOnAccount("EUR", "ZURICH INSURANCE HOME HOTEL", -4500).categoryId).not.toBe(
      "travel.hotel",
    );
    expect(categorizeOnAccount("EUR", "ALLIANZ KFZ VERSICHERUNG 4471", 45000).categoryId).toBe(
      "income.refund-reimbursement",
    );
    const claim = categorizeOnAccount("EUR", "ALLIANZ LEBENSVERSICHERUNG", 45000);
    expect(claim.categoryId).toBe("income.refund-reimbursement");
    expect(claim.reason).toBe("A refund (the name says “lebensversicherung”)");
  });
});

describe("China's apps and platforms, as Alipay and WeChat Pay bills name them", () => {
  it.each([
    ["哈啰出行 单车骑行卡", "auto-transport.public-transportation"],
    // Meituan's and DiDi's other services than their best known: a hotel, medicine, a taxi, fuel, freight; JD's and
    // Taobao's grocery delivery.
    ["美团酒店", "travel.hotel"],
    ["美团民宿", "travel.hotel"],
    ["美团买药", "health-fitness.pharmacy"],
    ["饿了么买药", "health-fitness.pharmacy"],
    ["美团打车", "auto-transport.ride-share"],
    ["美团优选", "food-dining.groceries"],
    ["滴滴加油", "auto-transport.gas-fuel"],
    ["滴滴货运", "business-services.shipping"],
    ["京东到家", "food-dining.groceries"],
    ["淘菜菜", "food-dining.groceries"],
    // Tencent's games company and Kuaishou's shops by the names their bills print.
    ["深圳市腾讯天游科技有限公司", "entertainment.games"],
    ["快手电商", "shopping.general-merchandise"],
    // Amap's ride hailing, by its company's name; Ubox's vending machines.
    ["高德软件有限公司", "auto-transport.ride-share"],
    ["友宝在线", "food-dining"],
    ["美团单车 骑行", "auto-transport.public-transportation"],
    ["美团外卖 订单", "food-dining.food-delivery"],
    ["美团买菜 订单", "food-dining.groceries"],
    ["爱奇艺 VIP会员", "entertainment.streaming"],
    ["腾讯视频 会员", "entertainment.streaming"],
    ["网易云音乐 黑胶VIP", "entertainment.music"],
    ["叮咚买菜", "food-dining.groceries"],
    ["唯品会", "shopping.clothing"],
    ["当当网", "shopping.books"],
    ["菜鸟驿站 寄件", "business-services.shipping"],
    ["迪卡侬", "shopping.sporting-goods"],
    ["国家电网 电费", "bills-utilities.utilities"],
    ["南方电网", "bills-utilities.utilities"],
    ["国家税务总局 个人所得税", "taxes.federal-tax"],
  ])("%s → %s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -3550).categoryId).toBe(category);
  });
});

describe("a store's kind of shop where the map's tag says less than its shelves", () => {
  it.each([
    ["XIAOMI STORE 0412", "CNY", "shopping.electronics-software"],
    ["HUAWEI STORE 0412", "EUR", "shopping.electronics-software"],
    ["屈臣氏 上海 0412", "CNY", "personal-care"],
    ["WATSONS PERSONAL CARE STORES", "SGD", "personal-care"],
  ])("%s (%s) → %s", (description, currency, category) => {
    expect(categorizeOnAccount(currency, description, -3550).categoryId).toBe(category);
  });

  it("a carrier's store is still the phone bill, and Brazil's Vivo is its carrier", () => {
    expect(categorizeOnAccount("EUR", "VODAFONE STORE 0412", -3550).categoryId).toBe(
      "bills-utilities.mobile-phone",
    );
    expect(categorizeOnAccount("BRL", "PAGTO CONTA VIVO", -8990).categoryId).toBe(
      "bills-utilities.mobile-phone",
    );
  });
});

describe("everyday apps and platforms of Indonesia, Korea, Russia, the Gulf and Japan", () => {
  it.each([
    ["TOKOPEDIA JAKARTA", "IDR", "shopping.general-merchandise"],
    ["TRAVELOKA*0412", "IDR", "travel.vacation"],
    ["BPJS KESEHATAN 0412", "IDR", "health-fitness.health-insurance"],
    ["쿠팡(주)", "KRW", "shopping.general-merchandise"],
    ["배달의민족", "KRW", "food-dining.food-delivery"],
    ["카카오T 택시", "KRW", "auto-transport.ride-share"],
    ["YANDEX.GO", "RUB", "auto-transport.ride-share"],
    ["CAREEM RIDE DUBAI", "AED", "auto-transport.ride-share"],
    ["CAREEM FOOD DUBAI", "AED", "food-dining.food-delivery"],
    ["TALABAT.COM", "AED", "food-dining.food-delivery"],
    ["SALIK TOLL 0412", "AED", "auto-transport.tolls"],
    ["PASMO CHARGE", "JPY", "auto-transport.public-transportation"],
  ])("%s (%s) → %s", (description, currency, category) => {
    expect(categorizeOnAccount(currency, description, -3550).categoryId).toBe(category);
  });

  it("a word that is also a shop's name decides only alone (“NOON”)", () => {
    expect(categorizeOnAccount("AED", "NOON", -3550).categoryId).toBe("shopping.general-merchandise");
    expect(categorizeOnAccount("USD", "HIGH NOON SALOON", -3550).categoryId).toBe("food-dining.alcohol-bars");
  });
});

describe("the word lists say what they mean once cleaned", () => {
  it("no phrase of several words cleans down to one (numbers are not read: “LEY 25413” would be “ley”, a law)", () => {
    const shrunk = [
      ...(bankWords.phrases as [string, string, number][]),
      ...(businessWords.words as [string, string][]),
    ]
      .map(([text]) => text)
      .filter((text) => {
        const cleaned = cleanDescription(text);
        return text.split(" ").length > 1 && cleaned.lead.length + cleaned.tokens.length <= 1;
      });
    expect(shrunk).toEqual([]);
  });

  it("Argentina's tax on bank debits is a tax, a grocer named Ley is not", () => {
    for (const description of ["IMPUESTO LEY 25.413 DEBITOS", "IMP.LEY 25413 S/DEB", "LEY 25413 S/CRED"])
      expect(categorizeOnAccount("ARS", description, -1250).categoryId, description).toBe("taxes");
    expect(categorizeOnAccount("MXN", "CASA LEY 0412", -25000).categoryId).not.toBe("taxes");
  });
});

describe("a brand followed by the country of its local arm is still the brand", () => {
  it.each([
    ["CARREFOUR ARGENTINA", "ARS", "food-dining.groceries"],
    ["VODAFONE AUSTRALIA", "AUD", "bills-utilities.mobile-phone"],
    ["CARREFOUR EGYPT", "EGP", "food-dining.groceries"],
    ["SHELL PAKISTAN", "PKR", "auto-transport.gas-fuel"],
  ])("%s (%s) → %s", (description, currency, category) => {
    expect(categorizeOnAccount(currency, description, -2500).categoryId).toBe(category);
  });

  it("a name that only ends in a country keeps its words (“CAFE COLOMBIA” is a café, its key whole)", () => {
    const result = categorizeOnAccount("USD", "CAFE COLOMBIA", -500);
    expect(result).toMatchObject({ categoryId: "food-dining.coffee-shops", sellerKey: "cafe colombia" });
  });
});

describe("a car park is named for the place it serves", () => {
  it.each([
    "UNIVERSITE DE LAUSANNE PARKING",
    "ST MARYS HOSPITAL PARKING",
    "HOSPITAL CAR PARK",
    "STADIUM PARKING",
    "COUNCIL PARKING METER",
  ])("%s → Parking", (description) => {
    expect(categorizeOnAccount("USD", description, -800).categoryId).toBe("auto-transport.parking");
  });

  it("words of two other groups still leave a name undecided", () => {
    expect(categorizeOnAccount("USD", "KELDORA PIZZA & LAUNDRY", -800).categoryId).toBeNull();
  });
});
