import { describe, expect, it } from "vitest";
import { categorizeTransaction } from "@/server/categorize/engine";
import { categorizeOnAccount, slugContext } from "../support/categorize-context";

// Issue 14: the bills, taxes and social contributions a Chinese, Japanese or Korean account pays, by the words their
// payees and banks print. The words are the languages' own; the companies around them are invented ("凯多拉",
// "ケルドラ" and "켈도라" are Keldora).

describe("a utility or carrier by the kind of company it is", () => {
  it.each([
    ["CNY", "凯多拉水务有限公司", "bills-utilities.utilities"], // a water company
    ["CNY", "凯多拉县供电公司", "bills-utilities.utilities"], // the local power supply
    ["CNY", "凯多拉热力有限公司", "bills-utilities.utilities"], // district heating
    ["TWD", "凯多拉熱力股份有限公司", "bills-utilities.utilities"],
    ["CNY", "凯多拉物流有限公司", "business-services.shipping"],
    ["CNY", "凯多拉体育彩票", "entertainment.gambling"], // a lottery ticket, as LOTTERY is
  ])("%s %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -12_000).categoryId).toBe(category);
  });
});

describe("what a Japanese passbook says a payment was for", () => {
  it.each([
    ["ケルドラ携帯電話", "bills-utilities.mobile-phone"],
    ["電話料金", "bills-utilities.home-phone"],
    ["受信料", "bills-utilities.television"],
    ["新聞代", "entertainment.newspapers-magazines"],
    ["保育料", "kids.babysitter-daycare"],
    ["授業料", "education.tuition"],
    ["医療費", "health-fitness.doctor"],
    ["介護保険料", "health-fitness.health-insurance"],
    ["ケルドラ自動車保険", "auto-transport.auto-insurance"],
    ["ケルドラ火災保険", "home.home-insurance"],
    ["地震保険", "home.home-insurance"],
    ["自動車税", "taxes"],
    ["現金引出", "transfer.cash-atm"],
    // A mobile carrier's bill by the word alone, after its brand ("ａｕ携帯").
    ["ａｕ携帯", "bills-utilities.mobile-phone"],
    ["ケルドラ携帯", "bills-utilities.mobile-phone"],
    // A card's bill paid from the account.
    ["カード引落", "transfer.credit-card-payment"],
    ["ケルドラカード代金", "transfer.credit-card-payment"],
    ["ケルドラカード引き落とし", "transfer.credit-card-payment"],
    ["楽天トラベル", "travel.hotel"],
    // A passbook's half-width kana: the electricity bill, the national pension's premium, a card issuer's bill.
    ["ﾃﾞﾝｷﾀﾞｲ", "bills-utilities.utilities"],
    ["ｺｸﾐﾝﾈﾝｷﾝﾎｹﾝﾘﾖｳ", "taxes.federal-tax"],
    ["ｴﾎﾟｽｶｰﾄﾞ", "transfer.credit-card-payment"],
    ["ﾐﾂｲｽﾐﾄﾓｶｰﾄﾞ", "transfer.credit-card-payment"],
    ["ｼﾞｴｰｼｰﾋﾞｰ", "transfer.credit-card-payment"],
  ])("%s", (description, category) => {
    expect(categorizeOnAccount("JPY", description, -8_000).categoryId).toBe(category);
  });

  it("a dividend paid is investment income", () => {
    expect(categorizeOnAccount("JPY", "ケルドラ配当金", 3_000).categoryId).toBe("income.investment-income");
  });
});

describe("a Korean bill or tax", () => {
  it.each([
    ["가스요금", "bills-utilities.utilities"],
    ["켈도라 가스 요금", "bills-utilities.utilities"],
    ["휴대폰요금", "bills-utilities.mobile-phone"],
    ["전화요금", "bills-utilities.home-phone"],
    ["인터넷 요금", "bills-utilities.internet"],
    ["지하철", "auto-transport.public-transportation"],
    ["켈도라 통행료", "auto-transport.tolls"],
    ["소득세", "taxes.federal-tax"],
    ["세금", "taxes"],
    // The carriers as a card statement prints them: SK Telecom's initials alone, KT's name in Hangul.
    ["SKT", "bills-utilities.mobile-phone"],
    ["(주)케이티", "bills-utilities.mobile-phone"],
  ])("%s", (description, category) => {
    expect(categorizeOnAccount("KRW", description, -8_000).categoryId).toBe(category);
  });

  it("a dividend paid is investment income", () => {
    expect(categorizeOnAccount("KRW", "켈도라 배당금", 3_000).categoryId).toBe("income.investment-income");
  });
});

describe("a social contribution is a tax, not the pension or benefit it pays for", () => {
  it.each([
    ["JPY", "年金保険料"], // the national pension's premium, paid by the self-employed
    ["JPY", "国民年金保険料"],
    ["JPY", "社会保険料"],
    ["KRW", "국민연금보험료"],
    ["KRW", "연금보험료"],
    ["CNY", "社保缴费"],
    ["CNY", "个税"], // income tax, the short form
    ["GBP", "NATIONAL INSURANCE CONTRIBUTIONS"],
    ["USD", "SOCIAL SECURITY CONTRIBUTION"],
    ["EUR", "COTISATIONS SOCIALES"],
    ["EUR", "SOZIALVERSICHERUNGSBEITRAG"],
  ])("%s %s", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -16_980).categoryId).toBe("taxes.federal-tax");
  });

  it("even where the file gives no amount: the premium is no pension received", () => {
    // 年金 alone (a pension) is income; its premium was read so when nothing said which way the money went.
    const row = categorizeTransaction({ description: "年金保険料" }, slugContext());
    expect(row.categoryId).toBe("taxes.federal-tax");
  });

  it("while the pension itself, paid in, stays income", () => {
    expect(categorizeOnAccount("JPY", "国民年金", 65_000).categoryId).toBe("income");
    expect(categorizeOnAccount("KRW", "국민연금", 650_000).categoryId).toBe("income");
  });

  it("and an insurer named National Insurance is no contribution", () => {
    expect(categorizeOnAccount("INR", "NATIONAL INSURANCE CO LTD", -3_000).categoryId).not.toBe(
      "taxes.federal-tax",
    );
  });
});

describe("a wallet's earnings", () => {
  it.each([
    ["余额宝收益", "income.interest-income"], // the money-market fund's daily yield
    ["理财收益", "income.interest-income"],
  ])("%s is earned, not a transfer", (description, category) => {
    expect(categorizeOnAccount("CNY", description, 1_234).categoryId).toBe(category);
  });
});

describe("a refund of a tax stays a refund", () => {
  it.each([
    ["CNY", "个税退税"],
    ["CNY", "退税金额"],
    ["KRW", "세금 환급"],
    ["KRW", "소득세 환급금"],
  ])("%s %s", (currency, description) => {
    expect(categorizeOnAccount(currency, description, 50_000).categoryId).toBe("income.refund-reimbursement");
  });

  it("Korea's word for a refund outranks the tax it refunds, even without an amount", () => {
    expect(categorizeTransaction({ description: "세금환급" }, slugContext()).categoryId).toBe(
      "income.refund-reimbursement",
    );
  });
});

describe("a Chinese wallet's bill: what an order or a payment names", () => {
  it.each([
    ["凯多拉网约车", "auto-transport.ride-share"], // a ride-hailing trip
    ["凯多拉机场大巴", "auto-transport.public-transportation"], // an airport coach
    ["凯多拉火车", "auto-transport.public-transportation"],
    ["凯多拉考试报名费", "education"], // an exam's registration fee
    ["凯多拉车贷", "auto-transport.auto-payment"], // a car loan's instalment
  ])("%s is %s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -12_000).categoryId).toBe(category);
  });

  it("money collected from a group (群收款, AA收款), paid or received, is a payment between people: uncategorized", () => {
    for (const description of ["群收款", "AA收款"]) {
      expect(categorizeOnAccount("CNY", description, 4_500).categoryId).toBeNull();
      expect(categorizeOnAccount("CNY", description, -4_500).categoryId).toBeNull();
    }
  });

  it("the companies that bill for well-known apps, by their registered names", () => {
    expect(categorizeOnAccount("CNY", "腾讯音乐娱乐科技(深圳)有限公司", -1_500).merchant).toBe("QQ Music");
    expect(categorizeOnAccount("CNY", "同程网络科技股份有限公司", -50_000).merchant).toBe("Tongcheng Travel");
    expect(categorizeOnAccount("CNY", "苏州朴朴电子商务有限公司", -8_000).categoryId).toBe(
      "food-dining.groceries",
    );
    expect(categorizeOnAccount("CNY", "上海识装信息科技有限公司", -50_000).merchant).toBe("Dewu");
    expect(categorizeOnAccount("CNY", "行吟信息科技(上海)有限公司", -5_000).merchant).toBe("Xiaohongshu");
    expect(categorizeOnAccount("CNY", "杭州网易雷火科技有限公司", -6_800).categoryId).toBe(
      "entertainment.games",
    );
  });

  it.each([
    // Electric car makers, whose app also sells charging and battery swaps; a property manager's fees; a
    // convenience chain; a courier by its service's name; Tongcheng by its short name
    ["蔚来 换电服务", "auto-transport"],
    ["理想汽车 定金", "auto-transport"],
    ["碧桂园服务 2024年度", "home.mortgage-rent"],
    ["芙蓉兴盛 凯多拉店", "food-dining.groceries"],
    ["达达秒送 订单", "business-services.shipping"],
    ["同程 订单", "travel"],
  ])("%s is %s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -30_000).categoryId?.startsWith(category)).toBe(true);
  });
});
