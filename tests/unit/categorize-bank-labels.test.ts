import { describe, expect, it } from "vitest";
import { categorizeTransaction } from "@/server/categorize/engine";
import { slugContext } from "../support/categorize-context";

// Issue 14: the bank's own category column, read when no seller, bank word or business word decides. The payees are
// invented (KELDORA, ZORVEX, QUOBALT), so only the bank's label can speak.
const context = slugContext({ countries: ["us"] });
const withLabel = (description: string, bankCategory: string, amount = -2500) =>
  categorizeTransaction({ description, bankCategory, amount }, context);

describe("labels that name how something was bought, not what", () => {
  it("American Express's 'Merchandise - Mail Order' says nothing, and its broader 'Merchandise' is not read", () => {
    expect(withLabel("KELDORA.COM 00000 WENTZVILLE MO", "Merchandise - Mail Order").categoryId).toBeNull();
  });

  it("a catch-all travel or merchant label says nothing either", () => {
    expect(withLabel("ZORVEX P/L NORTH RYDE NSW", "Travel - Travel Related").categoryId).toBeNull();
    expect(withLabel("QUOBALT METERS NSW", "Other Merchants - Other Charges").categoryId).toBeNull();
  });

  it("a narrower label that is known still decides over the broader part", () => {
    expect(withLabel("ZORVEX LINES", "Travel - Other Transportation").categoryId).toBe(
      "auto-transport.public-transportation",
    );
    expect(withLabel("KELDORA MARKET 0133", "Merchandise - Super Markets").categoryId).toBe(
      "food-dining.groceries",
    );
  });

  it("a bare 'Travel' label says nothing: issuers file trains, taxis, tolls and parking under it with flights", () => {
    expect(withLabel("ZORVEX PARKING LOT 12", "Travel").categoryId).toBe("auto-transport.parking");
    expect(withLabel("ZORVEX BOOKINGS", "Travel").categoryId).toBeNull();
    // A narrower part still decides, and so do holiday labels
    expect(withLabel("ZORVEX BOOKINGS", "Travel - Lodging").categoryId).toBe("travel.hotel");
    expect(withLabel("ZORVEX BOOKINGS", "Holidays & Travel").categoryId).toBe("travel");
  });
});

describe("a Mint export's Financial labels", () => {
  it("'Life Insurance' and 'Financial Advisor' are the Financial group's; a bare 'Insurance' still says nothing", () => {
    expect(withLabel("ZORVEX MUTUAL", "Life Insurance").categoryId).toBe("financial.life-insurance");
    expect(withLabel("KELDORA WEALTH PARTNERS", "Financial Advisor").categoryId).toBe(
      "financial.financial-advisor",
    );
    expect(withLabel("ZORVEX MUTUAL", "Insurance").categoryId).toBeNull();
  });
});

describe("labels in other languages", () => {
  it("a Swiss card's French labels (Viseca)", () => {
    expect(withLabel("Keldora TS Rennaz, Rennaz CH", "Stations-service").categoryId).toBe(
      "auto-transport.gas-fuel",
    );
    expect(withLabel("Zorvex Forum, Montreux CH", "Supermarchés, alimentation").categoryId).toBe(
      "food-dining.groceries",
    );
    expect(withLabel("QUOBALT SARL, VEVEY CH", "Ventes électroniques").categoryId).toBeNull();
  });

  it("Sberbank's Russian labels, read in their own script", () => {
    expect(withLabel("KELDORA-77555", "Супермаркеты").categoryId).toBe("food-dining.groceries");
    expect(withLabel("ZORVEX", "Прочие расходы").categoryId).toBeNull();
  });

  it("app banks' and budgeting apps' group names in English, German and Spanish", () => {
    expect(withLabel("KELDORA", "Bars & Restaurants").categoryId).toBe("food-dining.restaurants");
    expect(withLabel("ZORVEX", "Mobilität").categoryId).toBe("auto-transport");
    expect(withLabel("QUOBALT", "Supermercados").categoryId).toBe("food-dining.groceries");
    // A catch-all says nothing.
    expect(withLabel("KELDORA", "Miscellaneous").categoryId).toBeNull();
  });
});

describe("the common spending categories of Nordic, Finnish, Polish, Dutch and Italian banks' exports", () => {
  it.each([
    ["Livsmedel", "food-dining.groceries"],
    ["Dagligvarer", "food-dining.groceries"],
    ["Päivittäistavarat", "food-dining.groceries"],
    ["Zakupy spożywcze", "food-dining.groceries"],
    ["Boodschappen", "food-dining.groceries"],
    ["Spesa", "food-dining.groceries"],
    ["Restauracje i kawiarnie", "food-dining.restaurants"],
    ["Kläder & skor", "shopping.clothing"],
    ["Drivstoff", "auto-transport.gas-fuel"],
    ["Openbaar vervoer", "auto-transport.public-transportation"],
    ["Vapaa-aika", "entertainment"],
  ])("%s", (label, category) => {
    expect(withLabel("KELDORA 0133", label).categoryId).toBe(category);
  });

  it("their catch-alls ('Övrigt', 'Inne', 'Overig', 'Altro') say nothing", () => {
    for (const label of ["Övrigt", "Inne", "Overig", "Altro"])
      expect(withLabel("ZORVEX", label).categoryId).toBeNull();
  });
});

describe("a merchant category code's description as the bank's category (Rogers, Viseca, many issuers)", () => {
  it("is read as its code, in any of the networks' wordings", () => {
    expect(withLabel("KELDORA 0133", "EATING PLACES AND RESTAURANTS").categoryId).toBe(
      "food-dining.restaurants",
    );
    expect(withLabel("ZORVEX #12", "Service Stations (with or without Ancillary Services)").categoryId).toBe(
      "auto-transport.gas-fuel",
    );
    expect(withLabel("QUOBALT", "Drug Stores and Pharmacies").categoryId).toBe("health-fitness.pharmacy");
    expect(withLabel("KELDORA", "Taxicabs/Limousines").categoryId).toBe("travel.rental-car-taxi");
  });

  it("says which description decided, as the bank printed it", () => {
    expect(withLabel("ZORVEX", "Grocery Stores, Supermarkets").reason).toMatch(
      /Grocery Stores, Supermarkets/,
    );
  });

  it("cut short by a fixed-width field, is read by its start", () => {
    expect(withLabel("QUOBALT", "Veterinary Servic").categoryId).toBe("pets.veterinary");
  });

  it("a start that several codes of different categories share decides nothing", () => {
    // "Digital Goods" begins the descriptions of software, games and media codes alike.
    expect(withLabel("KELDORA", "Digital Goods").categoryId).toBeNull();
  });

  it("a seller Tally knows still decides over the code's description", () => {
    expect(withLabel("SHELL OIL 57444", "Eating Places, Restaurants").categoryId).toBe(
      "auto-transport.gas-fuel",
    );
  });
});

describe("labels whose meaning depends on the row", () => {
  it("a bare 'Interest' is interest earned on money in, and what the credit cost on money out", () => {
    expect(withLabel("KELDORA SAVINGS", "Interest", 1240).categoryId).toBe("income.interest-income");
    expect(withLabel("KELDORA CARD", "Interest", -1240).categoryId).toBe("fees-charges.finance-charge");
    // A credit under "Interest Charge" reverses a charge: it nets against the charges, as a refund does.
    expect(withLabel("KELDORA CARD", "Interest Charge", 1240).categoryId).toBe("fees-charges.finance-charge");
  });

  it("'Insurance', or an insurer's merchant category code, says nothing of whose cover it was", () => {
    expect(withLabel("ZORVEX MUTUAL", "Insurance").categoryId).toBeNull();
    expect(withLabel("ZORVEX MUTUAL", "6300").categoryId).toBeNull();
    expect(withLabel("ZORVEX MUTUAL", "Insurance Sales, Underwriting, and Premiums").categoryId).toBeNull();
  });

  it("'Savings' is money put aside, a transfer, not investment income; 'Rideshare' is a ride share", () => {
    expect(withLabel("QUOBALT POT", "Savings", -10000).categoryId).toBe("transfer.transfer");
    expect(withLabel("QUOBALT", "Rideshare", -1800).categoryId).toBe("auto-transport.ride-share");
  });
});

describe("a bank's broad label files the row under the group, not a guessed subcategory", () => {
  it.each([
    ["Transportation", "auto-transport"],
    ["Automotive", "auto-transport"],
    ["Health & Fitness", "health-fitness"],
    ["Personal Care", "personal-care"],
    ["Entertainment", "entertainment"],
    ["Shopping", "shopping"],
    ["Bills & Utilities", "bills-utilities"],
    ["Kids", "kids"],
    ["Pets", "pets"],
  ])("%s", (label, group) => {
    expect(withLabel("KELDORA 0133", label).categoryId).toBe(group);
  });
});

describe("Alipay's bill and WeChat Pay's kind of operation", () => {
  const cny = slugContext({ countries: ["cn"] });
  const onAlipay = (description: string, bankCategory: string, amount = -3550) =>
    categorizeTransaction({ description, bankCategory, amount }, cny).categoryId;

  it.each([
    ["餐饮美食", "food-dining"],
    ["服饰装扮", "shopping.clothing"],
    ["交通出行", "auto-transport"],
    ["医疗健康", "health-fitness"],
    ["充值缴费", "bills-utilities"],
    ["信用借还", "transfer.credit-card-payment"],
    ["信用卡还款", "transfer.credit-card-payment"],
  ])("an unknown payee under “%s” is %s", (label, category) => {
    expect(onAlipay("凯多拉佐维克斯", label)).toBe(category);
  });

  it("leaves a payment to a person (转账) uncategorized: a move of the holder's own money, or anything they paid for", () => {
    expect(onAlipay("凯多拉佐维克斯", "转账")).toBeNull();
    expect(onAlipay("凯多拉佐维克斯", "转账", 3550)).toBeNull();
  });

  it.each([
    // JD.com's bill files an order by the product's department
    ["食品酒饮", "food-dining.groceries"],
    ["电脑办公", "shopping.electronics-software"],
    ["家用电器", "shopping.electronics-software"],
    ["服饰内衣", "shopping.clothing"],
    ["医药保健", "health-fitness.pharmacy"],
    ["收发快递", "business-services.shipping"],
    ["其他网购", "shopping"],
  ])("an order from an unknown shop under JD's “%s” is %s", (label, category) => {
    expect(onAlipay("凯多拉佐维克斯旗舰店", label)).toBe(category);
  });

  it("the broad labels (life services, public services, daily goods, sports and outdoors, other, a merchant purchase) say nothing", () => {
    // Daily goods (日用百货) holds supermarkets and convenience stores as well as department stores and stationers;
    // sports and outdoors (运动户外) sports venues and gyms as well as sports shops.
    for (const label of ["生活服务", "公共服务", "日用百货", "运动户外", "其他", "商户消费"])
      expect(onAlipay("凯多拉佐维克斯", label), label).toBeNull();
  });

  it("a refund and income are read as such on money in", () => {
    expect(onAlipay("凯多拉佐维克斯", "退款", 3550)).toBe("income.refund-reimbursement");
    expect(onAlipay("佐维克斯公司", "收入", 100000)).toBe("income");
  });

  it.each([
    // A red packet to one person or to a group (the qualifier in brackets says how it was sent, not what it was), one
    // nobody took coming back, money a person paid to the holder's QR code: payments between people, whose purpose
    // only the user knows.
    ["微信红包（单发）", -8800],
    ["微信红包（群红包）", 8800],
    ["微信红包-退款", 8800],
    ["转账-退款", 8800],
    ["二维码收款", 10000],
  ])("WeChat Pay's “%s” (%d), a payment between people, stays uncategorized", (label, amount) => {
    expect(onAlipay("凯多拉佐维克斯", label, amount)).toBeNull();
  });

  it.each([
    // The wallet's credit line repaid; its money-market fund.
    ["分付还款", -50000, "transfer.credit-card-payment"],
    ["理财通", -100000, "transfer.transfer"],
    // Money moved into or out of the money-market balance, the dash naming where from or to; its yield.
    ["转入零钱通-来自零钱", -100000, "transfer.transfer"],
    ["零钱通转出-到工商银行(1234)", 100000, "transfer.transfer"],
    ["零钱通收益", 123, "income.interest-income"],
    ["理财通收益", 456, "income.interest-income"],
  ])("WeChat Pay's “%s” (%d) is %s", (label, amount, category) => {
    expect(onAlipay("凯多拉佐维克斯", label, amount)).toBe(category);
  });
});

describe("a label with a qualifier in brackets", () => {
  it("is read without it when the label alone is known", () => {
    expect(withLabel("KELDORA 0133", "Groceries (Supermarkets)").categoryId).toBe("food-dining.groceries");
    expect(withLabel("KELDORA 0133", "Restaurants (Dining)").categoryId).toBe("food-dining.restaurants");
  });

  it("says nothing when the label alone says nothing", () => {
    expect(withLabel("KELDORA 0133", "Other (Miscellaneous)").categoryId).toBeNull();
  });
});

describe("a wallet's label for a transfer before a name that is all a brand's or a trade's word", () => {
  const cny = slugContext({ countries: ["cn"] });
  const paid = (description: string, bankCategory: string, amount = -10000) =>
    categorizeTransaction({ description, bankCategory, amount }, cny);

  it("is a payment to someone who chose that name, uncategorized: WeChat Pay prints its users' nicknames", () => {
    const lucky = paid("Lucky", "转账");
    expect(lucky.categoryId).toBeNull();
    expect(lucky.merchant).toBe("Lucky");
    expect(paid("美团", "微信红包（单发）").categoryId).toBeNull();
  });

  it("is a payment to a person too where the whole name is a trade's word, which a shop would add its own name to", () => {
    expect(paid("甜甜圈", "转账").categoryId).toBeNull();
    expect(paid("火锅", "微信红包").categoryId).toBeNull();
    expect(paid("凯多拉火锅", "转账").categoryId).toBe("food-dining.restaurants");
    expect(paid("火锅", "扫二维码付款").categoryId).toBe("food-dining.restaurants");
  });

  it("leaves the brand where the label names a purchase, or the name shows a business", () => {
    expect(paid("美团", "商户消费").categoryId).toBe("food-dining.food-delivery");
    // The company's registered name, and the brand's web address, are no one's nickname.
    expect(paid("北京三快在线科技有限公司", "转账").categoryId).toBe("food-dining.food-delivery");
    expect(paid("AMAZON.COM", "转账").categoryId).toBe("shopping.general-merchandise");
  });
});
