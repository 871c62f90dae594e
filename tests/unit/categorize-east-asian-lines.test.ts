import { describe, expect, it } from "vitest";
import { cleanDescription } from "@/server/categorize/clean";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: Japanese and Chinese bank text. The chains are real brands of the dictionary; the branches and people
// are invented.

describe("full-width and half-width forms", () => {
  it("full-width letters read as their common forms", () => {
    const row = categorizeOnAccount("JPY", "ＶＩＳＡ　ＳＴＡＲＢＵＣＫＳ", -520);
    expect(row.categoryId).toBe("food-dining.coffee-shops");
    expect(row.merchant).toBe("Starbucks");
  });

  it("half-width katakana read as full-width", () => {
    expect(categorizeOnAccount("JPY", "ﾌｧﾐﾘｰﾏｰﾄ", -300).categoryId).toBe("food-dining.groceries");
  });

  it("a chain's name printed without the mark between its words is still the chain", () => {
    expect(categorizeOnAccount("JPY", "ｾﾌﾞﾝｲﾚﾌﾞﾝ", -300).merchant).toBe("セブン-イレブン");
  });

  it("PayPay's card line: the wallet's name in half-width letters, then the shop, in Latin letters or not", () => {
    expect(categorizeOnAccount("JPY", "ﾍﾟｲﾍﾟｲ STARBUCKS", -520)).toMatchObject({
      merchant: "Starbucks",
      categoryId: "food-dining.coffee-shops",
    });
    expect(categorizeOnAccount("JPY", "ﾍﾟｲﾍﾟｲ ABB", -520).merchant).toBe("ABB");
    expect(categorizeOnAccount("JPY", "ﾍﾟｲﾍﾟｲ ﾌｧﾐﾘｰﾏｰﾄ", -300).categoryId).toBe("food-dining.groceries");
  });
});

describe("Chinese card and wallet lines", () => {
  it.each([
    ["支付宝-肯德基", "food-dining.fast-food"],
    ["微信支付-星巴克", "food-dining.coffee-shops"],
  ])("the wallet in front of the merchant is no part of its name: %s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -3000).categoryId).toBe(category);
  });

  it("a person paid through a wallet stays uncategorized", () => {
    expect(categorizeOnAccount("CNY", "支付宝-王小明", -3000).categoryId).toBeNull();
  });

  it("a three-character name is a brand like any other, before its branch in brackets", () => {
    const row = categorizeOnAccount("CNY", "肯德基（人民广场店）", -3000);
    expect(row.categoryId).toBe("food-dining.fast-food");
    expect(row.merchant).toBe("肯德基");
  });

  it("a brand that must be the whole text is read before a branch named …店 (shop) too, not before a person", () => {
    expect(categorizeOnAccount("CNY", "快客 人民广场店", -3000).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("CNY", "快客 王小明", -3000).categoryId).toBeNull();
  });

  it("a branch whose name starts with its city, which the spacing sets apart, is still the branch", () => {
    expect(categorizeOnAccount("CNY", "快客（北京大兴万科广场店）", -3000).categoryId).toBe(
      "food-dining.groceries",
    );
    expect(categorizeOnAccount("CNY", "STARBUCKS（上海由由世纪广场店）", -3000).merchant).toBe("Starbucks");
  });

  it("Meituan's 'order details' link after the shop is no part of it, nor is a purchase's word (消费) there", () => {
    expect(categorizeOnAccount("CNY", "快客 订单详情", -3000).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("CNY", "快客消费", -3000).categoryId).toBe("food-dining.groceries");
  });
});

describe("a short Latin brand before its branch's name", () => {
  // A brand of three letters or fewer counts only before a known place, since it is an everyday abbreviation too. A
  // branch named for its place, ending in 店, is one (the branch names are invented).
  it.each([
    ["CNY", "支付宝-BYD（凯多拉广场店）", "auto-transport.service-parts"],
    ["JPY", "GAP 凯多拉店", "shopping.clothing"],
  ])("%s %s is %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -30000).categoryId).toBe(category);
  });

  it("still needs the branch: an unknown word after the letters is more of a name", () => {
    expect(categorizeOnAccount("CNY", "BYD 凯多拉", -30000).categoryId).toBeNull();
  });
});

describe("a brand of Tally's that counts only as the whole text, before a branch that says it is a shop", () => {
  // "SHELL" or "APPLE" alone is the brand, but not before any word ("SHELL BEACH"); a branch ending in 店 (a shop)
  // says it is the brand's shop, as a store word does.
  it.each([
    ["JPY", "APPLE 凯多拉店", "shopping.electronics-software"],
    ["JPY", "SHELL凯多拉店", "auto-transport.gas-fuel"],
  ])("%s %s is %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -30000).categoryId).toBe(category);
  });

  it("not before other words", () => {
    expect(categorizeOnAccount("JPY", "APPLE 凯多拉", -30000).categoryId).toBeNull();
  });
});

describe("a Korean branch and the company forms of Korea, Japan and China", () => {
  // A Korean branch ends in 점 as a Chinese or Japanese one in 店; (주) and 주식회사, (株) and 株式会社, 有限公司 are
  // the company's form, before or after its name. The brands are real; the branches invented.
  it.each([
    ["KRW", "공차 케이도라점", "food-dining.coffee-shops"],
    ["KRW", "(주)GS리테일", "food-dining.groceries"],
    ["KRW", "쿠팡(주)", "shopping.general-merchandise"],
    ["JPY", "株式会社ローソン", "food-dining.groceries"],
    ["JPY", "ローソン(株)", "food-dining.groceries"],
    ["CNY", "喜茶有限公司", "food-dining.coffee-shops"],
  ])("%s %s is %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -12000).categoryId).toBe(category);
  });

  it("keeps the company's form out of the seller's name", () => {
    expect(categorizeOnAccount("JPY", "(株)ケルドラ", -12000).merchant).toBe("ケルドラ");
  });
});

describe("Southeast Asian bank lines", () => {
  // Indonesia's QR payment (QRIS) and Vietnamese "THANH TOAN" (payment) in front, Indonesian "CABANG" (branch) and
  // Thai สาขา (branch) before the branch's place, Vietnamese cities in words, and the region's country codes.
  it.each([
    ["IDR", "QRIS KFC JAKARTA", "food-dining.fast-food"],
    ["IDR", "GUARDIAN CABANG BANDUNG", "health-fitness.pharmacy"],
    ["THB", "% ARABICA สาขาสยาม", "food-dining.coffee-shops"],
    ["VND", "THANH TOAN GRAB", "auto-transport.ride-share"],
    ["VND", "GRAB HA NOI VN", "auto-transport.ride-share"],
  ])("%s %s is %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -50000).categoryId).toBe(category);
  });

  it("reads the new codes as where the terminal stood, but not a credit's CR or a German card's EC", () => {
    expect(cleanDescription("KELDORA CAFE HANOI VNM").countries).toEqual(["vn"]);
    expect(cleanDescription("KELDORA CAFE MAKATI PH").countries).toEqual(["ph"]);
    expect(cleanDescription("KELDORA TRADERS MUMBAI CR").countries).toBeNull();
    expect(cleanDescription("KELDORA MARKT BERLIN EC").countries).toBeNull();
  });
});

describe("Japanese rent, a transit card's top-up and health insurance; Chinese medical insurance; Korean transit cards, phone bills and building fees", () => {
  it.each([
    ["JPY", "ヤマダ 家賃", "home.mortgage-rent"],
    ["JPY", "スイカチャージ", "auto-transport.public-transportation"],
    ["JPY", "パスモチャージ", "auto-transport.public-transportation"],
    ["JPY", "国民健康保険", "health-fitness.health-insurance"],
    ["CNY", "医保缴费", "health-fitness.health-insurance"],
    ["KRW", "교통카드 충전", "auto-transport.public-transportation"],
    ["KRW", "SKT 통신요금", "bills-utilities.mobile-phone"],
    ["KRW", "아파트 관리비", "home.mortgage-rent"],
    // Korean carriers and a fuel company printed with their Latin initials glued to the Hangul
    ["KRW", "SK텔레콤", "bills-utilities.mobile-phone"],
    ["KRW", "LG유플러스", "bills-utilities.mobile-phone"],
    ["KRW", "SK에너지 강남주유소", "auto-transport.gas-fuel"],
    // The national health insurance's premium, short
    ["KRW", "건강보험", "health-fitness.health-insurance"],
    // Lines of insurance by name, and Gmarket as its bills print it
    ["KRW", "자동차보험", "auto-transport.auto-insurance"],
    ["KRW", "화재보험", "home.home-insurance"],
    ["KRW", "실손보험", "health-fitness.health-insurance"],
    ["KRW", "G마켓", "shopping.general-merchandise"],
  ])("on a %s account, %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, -8000).categoryId).toBe(slug);
  });
});

describe("Indonesian bill words: electricity, water, phone credit and data", () => {
  it.each([
    ["TOKEN LISTRIK", "bills-utilities.utilities"],
    ["PEMBAYARAN LISTRIK PLN", "bills-utilities.utilities"],
    ["TAGIHAN AIR", "bills-utilities.utilities"],
    ["PULSA TELKOMSEL 50RB", "bills-utilities.mobile-phone"],
    ["PAKET DATA XL", "bills-utilities.mobile-phone"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("IDR", description, -50000).categoryId).toBe(slug);
  });
});

describe("Japanese bank kana (half-width, as passbooks print it)", () => {
  it.each([
    ["ｽｲﾄﾞｳﾘﾖｳｷﾝ", -3000, "bills-utilities.utilities"],
    ["ﾃﾞﾝｷﾘﾖｳｷﾝ", -8000, "bills-utilities.utilities"],
    ["ｹｲﾀｲﾘﾖｳｷﾝ", -8000, "bills-utilities.mobile-phone"],
    ["ﾔﾁﾝ", -80000, "home.mortgage-rent"],
    ["ｼﾖｳﾖ", 300000, "income.paycheck"],
    ["ｼﾞﾕｳﾐﾝｾﾞｲ", -10000, "taxes.local-tax"],
    ["ｺｸﾐﾝｹﾝｺｳﾎｹﾝ", -20000, "health-fitness.health-insurance"],
    ["ｺｸﾐﾝﾈﾝｷﾝ", 150000, "income"],
    // The Zengin character set has no long-vowel mark: a hyphen stands for it
    ["ﾛ-ｿﾝ", -300, "food-dining.groceries"],
    ["ﾗｸﾃﾝｶ-ﾄﾞ", -50000, "transfer.credit-card-payment"],
    // A card purchase, "カード", before the shop
    ["ｶｰﾄﾞ ｾﾌﾞﾝｲﾚﾌﾞﾝ", -500, "food-dining.groceries"],
    ["ｶ-ﾄﾞ ﾛ-ｿﾝ", -300, "food-dining.groceries"],
    ["ｹｲﾀｲﾃﾞﾝﾜ", -6000, "bills-utilities.mobile-phone"],
    ["ｺﾃｲｼｻﾝｾﾞｲ", -50000, "taxes.property-tax"],
    ["ﾆﾝﾃﾝﾄﾞｳ", -5000, "entertainment.games"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("JPY", description, amount).categoryId).toBe(slug);
  });

  it("the national pension paid in says nothing, and is no Kokumin drugstore", () => {
    expect(categorizeOnAccount("JPY", "ｺｸﾐﾝﾈﾝｷﾝ", -16000).categoryId).toBeNull();
    expect(categorizeOnAccount("JPY", "ｺｸﾐﾝ", -1600).categoryId).toBe("health-fitness.pharmacy");
  });
});

describe("a Vietnamese, Malaysian, Indonesian or Thai household's bills by their own words", () => {
  it.each([
    ["VND", "THANH TOAN TIEN DIEN", -500000, "bills-utilities.utilities"],
    ["VND", "TIEN NHA THANG 11", -5000000, "home.mortgage-rent"],
    ["VND", "HOC PHI", -3000000, "education.tuition"],
    ["VND", "LUONG THANG 11", 15000000, "income.paycheck"],
    ["MYR", "SEWA RUMAH", -100000, "home.mortgage-rent"],
    ["MYR", "BIL AIR", -3000, "bills-utilities.utilities"],
    ["IDR", "SEWA KOS", -1500000, "home.mortgage-rent"],
    ["THB", "ค่าไฟ", -100000, "bills-utilities.utilities"],
    ["THB", "ค่าเช่า", -500000, "home.mortgage-rent"],
    ["THB", "ค่าโทรศัพท์", -50000, "bills-utilities.mobile-phone"],
  ])("on a %s account, %s (%d) is %s", (currency, description, amount, slug) => {
    expect(categorizeOnAccount(currency, description, amount).categoryId).toBe(slug);
  });

  it("Luong, a family name as often as the word for pay, is pay only beside its month or 'tien'", () => {
    expect(categorizeOnAccount("VND", "NGUYEN VAN LUONG", 500000).categoryId).toBeNull();
  });
});

describe("the Philippine wallet Maya as a bank prints a payment to it", () => {
  it("MAYA PAYMENT is the wallet, a transfer; Maya before a surname is a person", () => {
    expect(categorizeOnAccount("PHP", "MAYA PAYMENT", -50000).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("PHP", "MAYA SANTOS", -50000).categoryId).toBeNull();
  });
});

describe("Chinese goods an online order's title names", () => {
  it.each([
    ["维达抽纸 3层100抽*24包", "home.home-supplies"],
    ["儿童绘本 全10册", "shopping.books"],
    ["李宁跑步鞋男款", "shopping.clothing"],
    ["真皮沙发 三人位", "home.furnishings"],
    ["感冒灵颗粒 10袋", "health-fitness.pharmacy"],
    ["小学生书包 护脊", "education.books-supplies"],
    ["共享单车 月卡", "auto-transport.public-transportation"],
    // Lalamove by its Chinese name, a van hired to move goods or a home
    ["货拉拉", "business-services.shipping"],
    ["重庆小面", "food-dining.restaurants"],
    ["4S店", "auto-transport.service-parts"],
    ["男士休闲裤 修身", "shopping.clothing"],
    ["LED护眼台灯", "home.furnishings"],
    // A class named for children (少儿) is the child's activity, as the probes' labels read it
    ["少儿钢琴课 10节", "kids.kids-activities"],
    ["成人钢琴课 10节", "education.tuition"],
    // A city's transit card topped up
    ["交通卡充值", "auto-transport.public-transportation"],
    // Bilibili by the names of the companies that bill for it, which hold 数码 (digital, as electronics shops are)
    ["上海宽娱数码科技有限公司", "entertainment.streaming"],
    ["上海幻电信息科技有限公司", "entertainment.streaming"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -3000).categoryId).toBe(slug);
  });
});

describe("a Japanese debit card's purchase and a card bill named in kanji or Latin letters", () => {
  it.each([
    ["ＶＩＳＡデビット ＡＭＡＺＯＮ．ＣＯ．ＪＰ", -3000, "shopping.general-merchandise"],
    ["Ｖデビット　ＵＮＩＱＬＯ", -3990, "shopping.clothing"],
    ["デビット ﾛ-ｿﾝ", -300, "food-dining.groceries"],
    ["楽天カード", -50000, "transfer.credit-card-payment"],
    ["三井住友カード 引落", -30000, "transfer.credit-card-payment"],
    ["ＪＣＢカード", -10000, "transfer.credit-card-payment"],
    ["ａｕ ＰＡＹ カード", -8000, "transfer.credit-card-payment"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("JPY", description, amount).categoryId).toBe(slug);
  });

  it("the debit card's word before an unknown shop names no seller of its own", () => {
    const result = categorizeOnAccount("JPY", "デビット KELDORA", -500);
    expect(result.categoryId).toBeNull();
    expect(result.sellerKey).toBe("keldora");
  });
});

describe("an Alipay bill's funds, balances and Apple's services", () => {
  it.each([
    // A fund bought or sold through a fund platform, whichever fund it names
    ["蚂蚁财富-凯多拉成长混合-买入", -100000, "transfer.transfer"],
    ["天天基金-佐维克斯债券A-卖出", 100000, "transfer.transfer"],
    ["东方财富证券", -500000, "transfer.transfer"],
    // Money taken out of a balance
    ["余额转出", -50000, "transfer.transfer"],
    ["转出到银行卡", -50000, "transfer.transfer"],
    ["水电煤缴费", -12000, "bills-utilities.utilities"],
    // Apple's services as the bill names them in China: apps, music, iCloud
    ["App Store & Apple Music; 12月", -600, "shopping.electronics-software"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(slug);
  });
});

describe("the trade a Chinese shop's name ends in", () => {
  it.each([
    ["凯多拉房产", "home.mortgage-rent"],
    ["佐维克斯酒业", "food-dining.alcohol-bars"],
    ["凯多拉珠宝", "shopping.clothing"],
    ["佐维克斯货运", "business-services.shipping"],
    ["凯多拉广告", "business-services.advertising"],
    ["佐维克斯律师", "business-services.legal"],
    ["凯多拉兽医", "pets.veterinary"],
    ["佐维克斯菜场", "food-dining.groceries"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -3000).categoryId).toBe(slug);
  });
});

describe("a drink's everyday name alone, which a wallet prints as a person's nickname too", () => {
  it.each(["可乐", "牛奶"])("%s paid by a scanned code is no grocer", (nickname) => {
    expect(categorizeOnAccount("CNY", nickname, -2000).categoryId).toBeNull();
  });
});

describe("Chinese bank statements' own wording", () => {
  it.each([
    // A withdrawal's fee, however the bank qualifies the withdrawal (another bank's machine, another city, abroad)
    ["ATM跨行取款手续费", -400, "fees-charges.atm-fee"],
    ["异地取款手续费", -400, "fees-charges.atm-fee"],
    ["境外取款手续费", -1500, "fees-charges.atm-fee"],
    // A card's currency conversion fee, and a debit card's yearly fee
    ["货币兑换费", -300, "fees-charges.bank-fee"],
    ["借记卡年费", -1000, "fees-charges.service-fee"],
    ["金卡年费", -1000, "fees-charges.service-fee"],
    // Deposit products the holder moves money into, and cash paid in at the counter
    ["整存整取 开户", -1000000, "transfer.transfer"],
    ["大额存单", -20000000, "transfer.transfer"],
    ["通知存款", -5000000, "transfer.transfer"],
    ["现金存入", 500000, "transfer.transfer"],
    // A purchase reversed
    ["消费冲正", 3500, "income.refund-reimbursement"],
    // Vehicle tax, and social insurance paid by the self-employed
    ["车船税", -42000, "taxes.local-tax"],
    ["社会保险费", -90000, "taxes.federal-tax"],
    ["灵活就业人员养老保险", -90000, "taxes.federal-tax"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(slug);
  });

  it.each([
    // Compulsory motor insurance, a car repairer's registered name, a house's rent
    ["凯多拉保险 交强险", "auto-transport.auto-insurance"],
    ["佐维克斯汽车修理厂", "auto-transport.service-parts"],
    ["凯多拉修理厂", "auto-transport.service-parts"],
    ["佐维克斯公寓 房屋租金", "home.mortgage-rent"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -50000).categoryId).toBe(slug);
  });

  it("an interbank transfer to a person is a payment between people, uncategorized; to the holder's own, a transfer", () => {
    expect(categorizeOnAccount("CNY", "跨行转出 张伟", -50000).categoryId).toBeNull();
    expect(categorizeOnAccount("CNY", "跨行转出", -50000).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("CNY", "跨行转出 张伟 同名转账", -50000).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("CNY", "跨行转出 招商银行信用卡中心", -50000).categoryId).toBe(
      "transfer.credit-card-payment",
    );
  });
});

describe("a university's hospital", () => {
  it.each(["复旦大学附属华山医院 挂号费", "北京大学第一医院", "上海交通大学医学院附属瑞金医院"])(
    "%s is a doctor's, not the university's tuition",
    (description) => {
      expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe("health-fitness.doctor");
    },
  );

  it("the university itself is still its tuition", () => {
    expect(categorizeOnAccount("CNY", "复旦大学 学费", -500000).categoryId).toBe("education.tuition");
  });
});

describe("Chinese loans, pay and benefits as the big banks print them", () => {
  it.each([
    // A mortgage's instalment, whatever word order the statement's summary and description take
    ["贷款还款 个人住房贷款本息", -300000, "home.mortgage-rent"],
    ["个人住房贷款还款", -300000, "home.mortgage-rent"],
    ["国家助学贷款还款", -50000, "education.student-loan"],
    // A loan's repayment of no named kind moves money to the lender
    ["贷款还款", -300000, "transfer.transfer"],
    // Pay the bank pays out on the employer's behalf: the bank's name is the agent's, not the payer's
    ["代发工资 招商银行代发", 800000, "income.paycheck"],
    ["批量代发 中国建设银行", 800000, "income.paycheck"],
    // A wallet's fee for withdrawing its balance is a fee, not the withdrawal
    ["微信支付 零钱提现服务费", -200, "fees-charges.service-fee"],
    ["零钱提现", 50000, "transfer.transfer"],
    // Allowances and benefits paid in
    ["惠农补贴 耕地地力保护补贴", 30000, "income"],
    ["失业保险金", 150000, "income"],
    // A gold card's yearly fee after the statement's own summary word
    ["年费 金卡年费", -1000, "fees-charges.service-fee"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(slug);
  });

  it("a shop's subsidy slogan in a purchase's title is no income: money out", () => {
    expect(categorizeOnAccount("CNY", "百亿补贴 凯多拉 手机壳", -3000).categoryId).toBe(
      "shopping.electronics-software",
    );
  });

  it.each(["凯多拉口腔门诊部", "佐维克斯齿科"])("%s is a dentist's, not a doctor's", (description) => {
    expect(categorizeOnAccount("CNY", description, -30000).categoryId).toBe("health-fitness.dentist");
  });
});

describe("Chinese lines a third probe found unread", () => {
  it.each([
    ["上海凯多拉出租汽车 车费", -3000, "travel.rental-car-taxi"],
    ["按揭还款", -300000, "home.mortgage-rent"],
    ["贷款归还 个人住房商业贷款本息", -300000, "home.mortgage-rent"],
    ["ETC扣费-凯多拉高速", -3500, "auto-transport.tolls"],
    // Laundry detergent in an order's title is household goods, not the laundry's service
    ["佐维克斯旗舰店 洗衣凝珠 持久留香", -2000, "home.home-supplies"],
    ["佐维克斯旗舰店 洗衣粉 2kg", -2000, "home.home-supplies"],
    // Tmall's supermarket: its food is groceries, its other goods what the order's title names (stop 65: three probes
    // of four read a non-food order so)
    ["天猫超市 凯多拉抽纸 24包", -4000, "home.home-supplies"],
    ["天猫超市 凯多拉牛奶 24盒", -4000, "food-dining.groceries"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(slug);
  });

  it("a laundry's own name is still the laundry", () => {
    expect(categorizeOnAccount("CNY", "凯多拉洗衣店", -2000).categoryId).toBe("personal-care.laundry");
  });
});
