import { describe, expect, it } from "vitest";
import { buildCjkWords, spaceCjkWords } from "@/server/categorize/cjk";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: Chinese and Japanese banks print words without spaces between them. The brands and words are real; the
// regions, branches and companies around them are invented ("凯多拉" and "ケルドラ" are Keldora).

describe("setting known words apart", () => {
  const words = buildCjkWords(["麦当劳", "取款", "工资", "ガス", "店"]);

  it("puts a space around each known word and between the script and Latin letters or digits", () => {
    expect(spaceCjkWords("凯多拉麦当劳食品", words)).toBe("凯多拉 麦当劳 食品");
    expect(spaceCjkWords("银联ATM取款机", words)).toBe("银联 ATM 取款 机");
    expect(spaceCjkWords("ケルドラガス3", words)).toBe("ケルドラ ガス 3");
  });

  it("reads the words that cover the most of the text, and of two that overlap as much, the later", () => {
    const food = buildCjkWords(["拉面", "面包", "麦当劳", "当劳"]);
    // 拉面 (ramen) and 面包 (bread) overlap in "凯多拉面包店"; the name before them ends in 拉.
    expect(spaceCjkWords("凯多拉面包店", food)).toBe("凯多拉 面包 店");
    expect(spaceCjkWords("兰州拉面", food)).toBe("兰州 拉面");
    expect(spaceCjkWords("凯多拉麦当劳食品", food)).toBe("凯多拉 麦当劳 食品");
  });

  it("keeps a known name of mixed scripts whole, where its Latin letters or digits start and end", () => {
    const mixed = buildCjkWords(["지에스25", "85度c", "面包"]);
    expect(spaceCjkWords("지에스25역삼점", mixed)).toBe("지에스25 역삼점");
    expect(spaceCjkWords("85度C面包", mixed)).toBe("85度C 面包");
    // Not inside a longer number: "지에스250" is no GS25
    expect(spaceCjkWords("지에스250", mixed)).toBe("지에스 250");
    expect(spaceCjkWords("185度C", mixed)).toBe("185 度 C");
  });

  it("reads a word of two katakana only where its run of katakana ends, or another known word starts", () => {
    const kana = buildCjkWords(["バー", "ガス", "イーツ"]);
    // アパート (an apartment) and パーティー (a party) hold バー (a bar) once the folding reads バ as ハ
    expect(spaceCjkWords("アパート", kana)).toBe("アパート");
    expect(spaceCjkWords("パーティー", kana)).toBe("パーティー");
    // …while a name before it is no matter, and a known word after it starts where it ends
    expect(spaceCjkWords("ケルドラガス", kana)).toBe("ケルドラ ガス");
    expect(spaceCjkWords("ケルドラバーイーツ", kana)).toBe("ケルドラ バー イーツ");
  });

  it("keeps a Thai vowel or tone mark, which the folding drops, with its letter", () => {
    const thai = buildCjkWords(["ร้านขายยา"]);
    expect(spaceCjkWords("เคลโดราร้านขายยาดี", thai)).toBe("เคลโดรา ร้านขายยา ดี");
  });

  it("leaves text without those scripts, and single characters, as they are", () => {
    expect(spaceCjkWords("KELDORA CAFE 0412", words)).toBe("KELDORA CAFE 0412");
    expect(spaceCjkWords("凯多拉店", words)).toBe("凯多拉店");
  });
});

describe("a brand inside a Chinese company's name", () => {
  it("is read after the region the company is registered in, cut at the field's width or not", () => {
    const row = categorizeOnAccount("CNY", "浙江凯多拉星巴克食品有", -3500);
    expect(row.categoryId).toBe("food-dining.coffee-shops");
    expect(row.merchant).toBe("星巴克");
    expect(categorizeOnAccount("CNY", "支付宝-凯多拉肯德基有限公司", -2800).categoryId).toBe(
      "food-dining.fast-food",
    );
  });

  it("McDonald's mainland company, Golden Arches, is McDonald's", () => {
    expect(categorizeOnAccount("CNY", "财付通-金拱门(中国)有限公司", -2500).merchant).toBe("McDonald's");
  });

  it.each([
    ["消费 美团外卖", "food-dining.food-delivery"],
    ["财付通-饿了么平台商户", "food-dining.food-delivery"],
    ["消费 拼多多", "shopping.general-merchandise"],
    ["支付宝-淘宝网", "shopping.general-merchandise"],
    ["消费 京东商城", "shopping.general-merchandise"],
    ["支付宝-滴滴出行", "auto-transport.ride-share"],
  ])("China's largest platforms are known: %s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -4000).categoryId).toBe(category);
  });

  it("an unknown company's name stays uncategorized", () => {
    expect(categorizeOnAccount("CNY", "消费 凯多拉科技有限公司", -4000).categoryId).toBeNull();
  });
});

describe("Chinese bank words", () => {
  it.each([
    ["银联ATM取现", -50000, "transfer.cash-atm"],
    ["代发工资", 850000, "income.paycheck"],
    ["结息", 312, "income.interest-income"],
    ["信用卡还款", -120000, "transfer.credit-card-payment"],
    ["跨行转账手续费", -200, "fees-charges.bank-fee"],
  ])("%s", (description, amount, category) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(category);
  });

  it("a refund's word outranks the brand it refunds", () => {
    expect(categorizeOnAccount("CNY", "退款 支付宝-肯德基", 2800).categoryId).toBe(
      "income.refund-reimbursement",
    );
  });

  it("a kind of business read from the words of the name", () => {
    expect(categorizeOnAccount("CNY", "财付通-凯多拉餐厅", -8000).categoryId).toBe("food-dining.restaurants");
    expect(categorizeOnAccount("CNY", "凯多拉加油站", -30000).categoryId).toBe("auto-transport.gas-fuel");
  });

  it.each([
    // Douyin's and Meituan's own payment services, the phone carriers' wallets, a bank's quick payment and
    // UnionPay online: the channel the card paid through, not the seller
    ["抖音支付-凯多拉超市", "food-dining.groceries"],
    ["美团支付-佐维克斯火锅", "food-dining.restaurants"],
    ["翼支付-凯多拉书店", "shopping.books"],
    ["快捷支付-佐维克斯加油站", "auto-transport.gas-fuel"],
    ["银联在线支付-凯多拉药房", "health-fitness.pharmacy"],
  ])("a payment channel before the merchant: %s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe(category);
  });
});

describe("Japanese small kana, which passbooks and older terminals print full-size", () => {
  it.each([
    // FamilyMart as a passbook's half-width kana prints it (ｱ for ァ), and Starbucks with ﾂ for ッ
    ["ﾌｱﾐﾘｰﾏｰﾄ", -450, "food-dining.groceries"],
    ["ｽﾀｰﾊﾞﾂｸｽ", -520, "food-dining.coffee-shops"],
    // …and a card issuer's bill the list spells full-size (ビユーカード), printed with the small letter
    ["ﾋﾞｭｰｶｰﾄﾞ", -52000, "transfer.credit-card-payment"],
  ])("%s (%i) is %s", (description, amount, category) => {
    expect(categorizeOnAccount("JPY", description, amount).categoryId).toBe(category);
  });

  it("reads both spellings into one seller", () => {
    expect(categorizeOnAccount("JPY", "ﾌｱﾐﾘｰﾏｰﾄ", -450).sellerKey).toBe(
      categorizeOnAccount("JPY", "ファミリーマート", -450).sellerKey,
    );
  });
});

describe("Japanese bank words", () => {
  it.each([
    ["他行振込手数料", -330, "fees-charges.bank-fee"],
    ["給与 ケルドラ", 280000, "income.paycheck"],
    ["年会費 ケルドラカード", -1375, "fees-charges"],
    ["住民税", -15000, "taxes.local-tax"],
    ["ケルドラガス", -4200, "bills-utilities.utilities"],
    ["ケルドラ駅 オートチャージ", -3000, "auto-transport.public-transportation"],
    // Uber Eats in katakana, not a bar (バー) inside it; card issuers' bills debited from a passbook
    ["ウーバーイーツ", -2400, "food-dining.food-delivery"],
    // An apartment's rent is no bar's; the gas bill and a drugstore in kana
    ["アパート家賃", -68000, "home.mortgage-rent"],
    ["ｶﾞｽﾀﾞｲ", -4200, "bills-utilities.utilities"],
    ["ケルドラドラッグストア", -1800, "health-fitness.pharmacy"],
    ["ﾕｰｼｰｶｰﾄﾞ", -48000, "transfer.credit-card-payment"],
    ["ﾍﾟｲﾍﾟｲｶｰﾄﾞ", -31000, "transfer.credit-card-payment"],
    // A wallet's balance topped up from the account: the holder's own money moved
    ["PayPay残高チャージ", -10000, "transfer.transfer"],
    ["ｹﾙﾄﾞﾗﾍﾟｲ 残高チャージ", -5000, "transfer.transfer"],
  ])("%s", (description, amount, category) => {
    expect(categorizeOnAccount("JPY", description, amount).categoryId?.startsWith(category)).toBe(true);
  });

  it("a charge alone is no top-up: a bar's cover charge, an electric car's charging", () => {
    expect(categorizeOnAccount("JPY", "ケルドラ チャージ料", -500).categoryId).not.toBe("transfer.transfer");
    expect(categorizeOnAccount("JPY", "EVチャージ ケルドラ", -1500).categoryId).not.toBe("transfer.transfer");
  });

  it("a card's annual fee after the card's name is the issuer's fee", () => {
    expect(categorizeOnAccount("JPY", "ケルドラカード年会費", -1375).categoryId).toBe(
      "fees-charges.service-fee",
    );
    expect(categorizeOnAccount("CNY", "凯多拉信用卡年费", -200).categoryId).toBe("fees-charges.service-fee");
  });

  it("a direct debit's words in front leave the biller's name to decide", () => {
    const row = categorizeOnAccount("JPY", "口座振替 ケルドラデンキ", -6000);
    // デンキ (electricity, as でんき is written too) is a word set apart within the name.
    expect(row.merchant).toBe("ケルドラ デンキ");
  });
});

describe("Ukrainian and Russian bank words", () => {
  it.each([
    ["Відсотки за квітень", 1250, "income.interest-income"],
    ["Зняття готівки: Keldora", -50000, "transfer.cash-atm"],
    ["Кешбек за покупки", 4640, "income.refund-reimbursement"],
    ["Комісія за обслуговування рахунку", -5000, "fees-charges.bank-fee"],
    ["Проценты на остаток", 900, "income.interest-income"],
  ])("%s", (description, amount, category) => {
    expect(categorizeOnAccount("UAH", description, amount).categoryId).toBe(category);
  });
});

describe("kinds of business named in the presets' other languages and scripts", () => {
  it.each([
    ["ILS", "קלדורה מסעדה", "food-dining.restaurants"],
    ["AED", "صيدلية كلدورا", "health-fitness.pharmacy"],
    ["EUR", "ΦΑΡΜΑΚΕΙΟ ΚΕΛΝΤΟΡΑ", "health-fitness.pharmacy"],
    ["EUR", "ΒΕΝΖΙΝΑΔΙΚΟ ΚΕΛΝΤΟΡΑ", "auto-transport.gas-fuel"],
    ["RON", "KELDORA BENZINARIE", "auto-transport.gas-fuel"],
    ["RUB", "АВТОЗАПЧАСТИ КЕЛДОРА", "auto-transport.service-parts"],
    ["RUB", "ЗООМАГАЗИН КЕЛДОРА", "pets.pet-food-supplies"],
    ["UAH", "КЕЛДОРА АВТОМИЙКА", "auto-transport.service-parts"],
    ["JPY", "ケルドラ眼科", "health-fitness.eyecare"],
    ["CNY", "凯多拉洗衣店", "personal-care.laundry"],
  ])("%s %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -1500).categoryId).toBe(category);
  });

  it("Turkish 'otel' stays a hotel, though it is Romanian for steel", () => {
    expect(categorizeOnAccount("TRY", "KELDORA OTEL ANTALYA", -90000).categoryId).toBe("travel.hotel");
  });

  it("each of a Chinese or Japanese preset's names given with a slash is a name of its own", () => {
    // The presets name a childcare 托儿所/保育园 and a fitness centre 健身房 / 健身中心
    expect(categorizeOnAccount("CNY", "凯多拉托儿所", -300000).categoryId).toBe("kids.babysitter-daycare");
    expect(categorizeOnAccount("CNY", "凯多拉保育园", -300000).categoryId).toBe("kids.babysitter-daycare");
    expect(categorizeOnAccount("CNY", "凯多拉健身中心", -9900).categoryId).toBe("health-fitness.gym");
    expect(categorizeOnAccount("CNY", "凯多拉动漫", -5000).categoryId).toBe("shopping.hobbies");
    // …but not an alternative that alone names no kind: ジム, a gym, reads like a SIM card once folded
    expect(categorizeOnAccount("JPY", "ケルドラ格安シム", -1500).categoryId).toBeNull();
  });

  it("a pet's hospital is the vet's, not a doctor's nor a pet shop's", () => {
    expect(categorizeOnAccount("CNY", "凯多拉宠物医院", -30000).categoryId).toBe("pets.veterinary");
    expect(categorizeOnAccount("JPY", "ケルドラ動物病院", -5000).categoryId).toBe("pets.veterinary");
  });
});

describe("Chinese words for kinds of eatery, shop and service (Tally's own, in simplified and traditional script)", () => {
  // A payment app's order title or a card terminal's name: an invented owner's name ("凯多拉", "老王") before what the
  // place is.
  it.each([
    ["凯多拉麻辣烫", "food-dining.restaurants"],
    ["老王燒烤店", "food-dining.restaurants"],
    ["凯多拉饺子馆", "food-dining.restaurants"],
    ["凯多拉面包店", "food-dining.groceries"],
    ["凯多拉水果店", "food-dining.groceries"],
    ["凯多拉停车费", "auto-transport.parking"],
    ["凯多拉影院", "entertainment.movies-dvds"],
    ["凯多拉航空", "travel.air-travel"],
    ["凯多拉酒店", "travel.hotel"],
    ["凯多拉五金店", "home.home-improvement"],
    ["凯多拉足療", "personal-care.spa-massage"],
    ["凯多拉寬頻", "bills-utilities.internet"],
  ])("%s", (description, category) => {
    expect(categorizeOnAccount("CNY", description, -4500).categoryId).toBe(category);
  });

  it("a company name that says no kind of business stays uncategorized", () => {
    expect(categorizeOnAccount("CNY", "凯多拉科技有限公司", -4500).categoryId).toBeNull();
  });
});

describe("brands whose names hold digits beside CJK characters", () => {
  it.each([
    // GS25 in Hangul, glued to its branch or apart from it
    ["KRW", "지에스25역삼점", "food-dining.groceries"],
    ["KRW", "지에스25 켈도라점", "food-dining.groceries"],
    // 7 Days Inn, Super 8, 85°C bakery cafés, the 1點點 and 7分甜 tea shops, with what follows them
    ["CNY", "7天酒店(凯多拉店)", "travel.hotel"],
    ["CNY", "速8酒店", "travel.hotel"],
    ["CNY", "85度C凯多拉", "food-dining.coffee-shops"],
    ["CNY", "1点点 凯多拉路", "food-dining.coffee-shops"],
    ["CNY", "7分甜 杨枝甘露", "food-dining.coffee-shops"],
  ])("%s %s is %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -2500).categoryId).toBe(category);
  });
});

describe("Korean card lines", () => {
  it("a brand glued to its branch is the brand", () => {
    const row = categorizeOnAccount("KRW", "스타벅스켈도라점", -5600);
    expect(row.categoryId).toBe("food-dining.coffee-shops");
    expect(row.merchant).toBe("스타벅스");
  });

  it.each([
    ["켈도라약국", -12000, "health-fitness.pharmacy"],
    ["켈도라주유소", -70000, "auto-transport.gas-fuel"],
    ["켈도라식당", -9000, "food-dining.restaurants"],
    ["예금이자", 1200, "income.interest-income"],
    ["타행이체수수료", -500, "fees-charges.bank-fee"],
  ])("%s", (description, amount, category) => {
    expect(categorizeOnAccount("KRW", description, amount).categoryId).toBe(category);
  });
});

describe("Thai lines", () => {
  it.each([
    ["ร้านขายยาเคลโดรา", -350, "health-fitness.pharmacy"],
    ["ปั๊มน้ำมันเคลโดรา", -1200, "auto-transport.gas-fuel"],
    ["ดอกเบี้ยเงินฝาก", 42, "income.interest-income"],
    ["ค่าธรรมเนียมโอนเงิน", -25, "fees-charges.bank-fee"],
  ])("%s", (description, amount, category) => {
    expect(categorizeOnAccount("THB", description, amount).categoryId).toBe(category);
  });
});

describe("what a food app's order title names", () => {
  // Meituan and Ele.me bills print the order's title: the shop and the dish, a drink or a karaoke room, with no
  // brand a list knows. The dishes and drinks say what kind of business sold them.
  it.each([
    ["凯多拉盖浇饭(西湖店) 订单详情", "food-dining.restaurants"],
    ["凯多拉烤鱼（万达店）", "food-dining.restaurants"],
    ["【午市套餐】凯多拉小龙虾双人畅吃", "food-dining.restaurants"],
    ["凯多拉柠檬茶-大杯2杯", "food-dining.coffee-shops"],
    ["凯多拉量贩KTV（中心店）", "entertainment.amusement"],
    ["凯多拉剧本杀", "entertainment.amusement"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -8800)).toMatchObject({
      categoryId: slug,
      source: "business_words",
    });
  });
});

describe("the products an online order's title names", () => {
  // Order titles as Chinese shopping apps print them in a wallet's bill: the product and its selling points. The
  // shops' names are invented.
  it.each([
    ["凯多拉旗舰店 无线蓝牙耳机降噪长续航", "shopping.electronics-software"],
    ["凯多拉 移动硬盘1TB 高速USB3.0", "shopping.electronics-software"],
    ["凯多拉女装 夏季新款连衣裙", "shopping.clothing"],
    ["凯多拉 新鲜香蕉 5斤装", "food-dining.groceries"],
    ["凯多拉 纯棉四件套 床单被套", "home.home-supplies"],
    ["凯多拉 成猫猫粮 10kg", "pets.pet-food-supplies"],
    ["凯多拉 婴儿纸尿裤 L码", "kids.baby-supplies"],
    ["凯多拉 氨基酸洗发水", "personal-care"],
    ["凯多拉 医用口罩 50只", "health-fitness.pharmacy"],
    ["凯多拉 全合成机油 4L", "auto-transport.service-parts"],
    ["凯多拉 瑜伽垫 加厚", "shopping.sporting-goods"],
    ["凯多拉 儿童积木 拼装", "kids.toys"],
    ["凯多拉 A4打印纸 500张", "business-services.office-supplies"],
    ["凯多拉 LED灯泡 E27", "home.home-improvement"],
    ["手机充值", "bills-utilities.mobile-phone"],
    ["凯多拉旗舰店 户外露营帐篷 加厚防雨", "shopping.sporting-goods"],
    ["凯多拉 新生儿奶瓶 宽口径", "kids.baby-supplies"],
    ["凯多拉 针织毛衣 男款", "shopping.clothing"],
    ["凯多拉 陶瓷花盆 多肉", "home.lawn-garden"],
    ["凯多拉 S925银项链 女", "shopping.clothing"],
    ["佐维克斯家居 304不锈钢保温杯 大容量", "home.home-supplies"],
    ["凯多拉 竹制锅刷 厨房清洁", "home.home-supplies"],
    ["佐维克斯 高光相片纸 A4 100张", "business-services.office-supplies"],
    ["凯多拉 深海鱼油软胶囊", "health-fitness.pharmacy"],
    ["佐维克斯 猫爬架 实木", "pets.pet-food-supplies"],
    ["凯多拉 桌面加湿器 静音", "shopping.electronics-software"],
    ["佐维克斯 婴儿辅食 果泥", "kids.baby-supplies"],
    ["凯多拉 原味薯片 大包装", "food-dining.groceries"],
    ["佐维克斯 手工腊肉 湖南特产", "food-dining.groceries"],
    ["凯多拉 黑巧克力 礼盒", "food-dining.groceries"],
    ["佐维克斯 速冻汤圆 黑芝麻", "food-dining.groceries"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -9900).categoryId).toBe(slug);
  });

  it("a dishwasher is an appliance, though its salt is a household good", () => {
    expect(categorizeOnAccount("CNY", "凯多拉 嵌入式洗碗机 13套", -399900).categoryId).toBe(
      "shopping.electronics-software",
    );
    expect(categorizeOnAccount("CNY", "佐维克斯 洗碗手套 加厚", -1590).categoryId).toBe("home.home-supplies");
  });

  it("swimwear is clothing, not a swim at the pool", () => {
    // 游泳 (swimming) is a sport; 游泳裤 (swimming trunks) and 泳衣 (a swimsuit) are what one wears to it
    expect(categorizeOnAccount("CNY", "凯多拉旗舰店 男士游泳裤 速干", -6900).categoryId).toBe(
      "shopping.clothing",
    );
    expect(categorizeOnAccount("CNY", "凯多拉 女士连体泳衣", -12900).categoryId).toBe("shopping.clothing");
    expect(categorizeOnAccount("CNY", "凯多拉游泳馆 次卡", -3000).categoryId).toBe("health-fitness.sports");
  });

  it("a restaurant's dish is still a restaurant's", () => {
    expect(categorizeOnAccount("CNY", "兰州牛肉面", -2500).categoryId).toBe("food-dining.restaurants");
  });
});

describe("a Chinese wallet's own operations", () => {
  it.each([
    ["微信红包", -2000, "gifts-donations.gift"],
    ["发出群红包", -2000, "gifts-donations.gift"],
    ["收到红包", 2000, "income"],
    ["余额宝-收益发放", 120, "income.interest-income"],
    ["余额宝-转入", -10000, "transfer.transfer"],
    // Other money-market funds wallets and banks sweep a balance into (MYbank's, China Merchants Bank's).
    ["网商银行 余利宝-转入", -10000, "transfer.transfer"],
    ["朝朝宝-转入", -10000, "transfer.transfer"],
    // A top-up of the toll tag.
    ["凯多拉 ETC充值", -20000, "auto-transport.tolls"],
    ["零钱提现", 10000, "transfer.transfer"],
    // A platform's red packets cashed out are a reward paid in, not the user's own balance moved.
    ["凯多拉现金红包提现", 500, "income"],
    ["佐维克斯 红包提现", 300, "income"],
    ["充值-零钱", -10000, "transfer.transfer"],
    ["凯多拉物业费", -20000, "home.mortgage-rent"],
    // Money put into the wallet's balance (Alipay's "ordinary top-up").
    ["充值-普通充值", 20000, "transfer.transfer"],
    ["余额充值", -20000, "transfer.transfer"],
    // Social insurance paid is a tax, as 社保缴费 is; the housing fund's withdrawal and its loan repaid.
    ["社保", -50000, "taxes.federal-tax"],
    ["公积金提取", 500000, "transfer.transfer"],
    ["公积金贷款还款", -300000, "home.mortgage-rent"],
    // A bank's time deposit made and matured: the holder's own money moved between accounts.
    ["活期转定期", -1000000, "transfer.transfer"],
    ["定期存款到期 本息转活期", 1012000, "transfer.transfer"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(slug);
  });

  it.each([
    ["凯多拉科技有限公司 报销", 50000, "income.refund-reimbursement"],
    ["凯多拉科技有限公司 年终奖", 300000, "income.bonus"],
    ["凯多拉證券 現金分紅", 5000, "income.investment-income"],
    ["凯多拉基金 股息", 5000, "income.investment-income"],
  ])("money in with what it was paid for: %s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CNY", description, amount).categoryId).toBe(slug);
  });

  it("the same words on money out say nothing (a reimbursement or a bonus repaid is no income)", () => {
    expect(categorizeOnAccount("CNY", "凯多拉科技有限公司 报销", -50000).categoryId).toBeNull();
    expect(categorizeOnAccount("CNY", "凯多拉科技有限公司 奖金", -50000).categoryId).toBeNull();
  });

  it.each([
    ["凯多拉银行 信用卡滞纳金", "fees-charges.late-fee"],
    ["ETC 通行费", "auto-transport.tolls"],
    ["凯多拉 过路费", "auto-transport.tolls"],
    ["凯多拉 点券充值", "entertainment.games"],
    ["凯多拉 游戏充值", "entertainment.games"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe(slug);
  });

  it("a phone top-up is still the phone's, not a transfer", () => {
    expect(categorizeOnAccount("CNY", "手机充值", -5000).categoryId).toBe("bills-utilities.mobile-phone");
  });
});

describe("more kinds of Chinese shops and services by their names", () => {
  it.each([
    ["凯多拉驾校", "education.tuition"],
    ["凯多拉幼儿园", "kids.babysitter-daycare"],
    ["凯多拉游泳馆", "health-fitness.sports"],
    ["凯多拉足浴", "personal-care.spa-massage"],
    ["凯多拉粉店", "food-dining.restaurants"],
    ["凯多拉瑜伽馆", "health-fitness.gym"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe(slug);
  });
});

describe("what a Chinese bill's product names: heating, insurance, giving, shows, parcels, printing and more", () => {
  it.each([
    ["凯多拉热力 供暖费", "bills-utilities.utilities"],
    ["凯多拉 取暖費", "bills-utilities.utilities"],
    ["凯多拉 车险", "auto-transport.auto-insurance"],
    ["凯多拉 医疗险", "health-fitness.health-insurance"],
    ["凯多拉基金会 捐款", "gifts-donations.charity"],
    ["凯多拉 游泳", "health-fitness.sports"],
    ["凯多拉 演唱会", "entertainment.music"],
    ["凯多拉 话剧", "entertainment.arts"],
    ["凯多拉 博物馆", "entertainment.arts"],
    ["凯多拉 动物园", "entertainment.amusement"],
    ["凯多拉 快递", "business-services.shipping"],
    ["凯多拉 打印", "business-services.printing"],
    ["凯多拉 装修", "home.home-improvement"],
    ["凯多拉 童装", "shopping.clothing"],
    ["凯多拉 加油", "auto-transport.gas-fuel"],
    ["凯多拉 代驾", "auto-transport.ride-share"],
    ["凯多拉 租车", "travel.rental-car-taxi"],
    ["凯多拉 流量充值", "bills-utilities.mobile-phone"],
    ["凯多拉 课程", "education.tuition"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe(slug);
  });

  it("a transfer's note of encouragement (加油) is no filling station: the payment to a person stays uncategorized", () => {
    expect(categorizeOnAccount("CNY", "凯多拉 转账备注:加油", -5000).categoryId).toBeNull();
  });
});

describe("more of what a Chinese bill's product names: meals, gifts, home services, games, venues, fund purchases", () => {
  it.each([
    ["凯多拉 午餐", "food-dining.restaurants"],
    ["凯多拉 饭卡充值", "food-dining.restaurants"],
    ["凯多拉 校园卡充值", "education"],
    ["凯多拉 日用品", "home.home-supplies"],
    ["凯多拉 首饰", "shopping.clothing"],
    ["凯多拉 礼品", "gifts-donations.gift"],
    ["凯多拉 签证", "travel"],
    ["凯多拉 游戏", "entertainment.games"],
    ["凯多拉 辅导", "education.tuition"],
    ["凯多拉 运费", "business-services.shipping"],
    ["凯多拉 家政 保洁", "home.home-services"],
    ["凯多拉 搬家", "home.home-services"],
    ["凯多拉 密室", "entertainment.amusement"],
    ["凯多拉 羽毛球馆", "health-fitness.sports"],
    ["蚂蚁财富 基金申购", "transfer.transfer"],
    ["凯多拉银行 理财", "transfer.transfer"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe(slug);
  });
});

describe("an online order's title: phones, appliances, gaming gear, dairy, skin care, kitchenware, furniture", () => {
  it.each([
    ["凯多拉 K70 12GB+256GB 5G手机", "shopping.electronics-software"],
    ["凯多拉 有线游戏鼠标", "shopping.electronics-software"],
    ["凯多拉 电饭煲 4L", "shopping.electronics-software"],
    ["凯多拉 扫地机器人", "shopping.electronics-software"],
    ["凯多拉 常温酸奶 205g*16盒", "food-dining.groceries"],
    ["凯多拉 饮用天然水 550ml*24瓶", "food-dining.groceries"],
    ["凯多拉 精华液 50ml", "personal-care"],
    ["凯多拉 中性笔 0.5mm 12支装", "business-services.office-supplies"],
    ["凯多拉 不粘锅 炒锅", "home.home-supplies"],
    ["凯多拉 实木书架", "home.furnishings"],
    ["凯多拉 汽车贴膜", "auto-transport.service-parts"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -9900).categoryId).toBe(slug);
  });

  it("a bank's mobile or online banking is the channel, not a phone bought", () => {
    expect(categorizeOnAccount("CNY", "凯多拉 手机银行", -9900).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("CNY", "凯多拉 网银转账", -9900).categoryId).toBe("transfer.transfer");
  });
});

describe("a Chinese platform under the company name a wallet's bill prints for it", () => {
  it.each([
    ["上海拉扎斯信息科技有限公司", "food-dining.food-delivery"],
    ["北京三快在线科技有限公司", "food-dining.food-delivery"],
    ["上海寻梦信息技术有限公司", "shopping.general-merchandise"],
    ["北京小桔科技有限公司", "auto-transport.ride-share"],
    ["北京字节跳动科技有限公司", "entertainment.streaming"],
    ["北京快手科技有限公司", "entertainment.streaming"],
    ["网之易信息技术（北京）有限公司", "entertainment.games"],
    ["苹果电子产品商贸（北京）有限公司", "shopping.electronics-software"],
    ["深圳市腾讯计算机系统有限公司", "entertainment"],
    ["中国联合网络通信有限公司", "bills-utilities.mobile-phone"],
    ["北京每日优鲜电子商务有限公司", "food-dining.groceries"],
    // Hellobike's, Xiaomi's and Wumart's companies
    ["上海钧正网络科技有限公司", "auto-transport.public-transportation"],
    ["小米通讯技术有限公司", "shopping.electronics-software"],
    ["物美科技集团有限公司", "food-dining.groceries"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -3000).categoryId).toBe(slug);
  });

  it.each([
    ["上海市自来水有限公司", "bills-utilities.utilities"],
    ["凯多拉物业管理有限公司", "home.mortgage-rent"],
    ["凯多拉教育科技有限公司", "education"],
    ["凯多拉汽车服务有限公司", "auto-transport.service-parts"],
    ["凯多拉药业连锁有限公司", "health-fitness.pharmacy"],
    ["凯多拉健康保险股份有限公司", "health-fitness.health-insurance"],
    ["挂号费-凯多拉", "health-fitness.doctor"],
    ["凯多拉药品零售连锁", "health-fitness.pharmacy"],
    ["生活缴费-凯多拉", "bills-utilities"],
    // A fund's manager or distributor: money put into a fund
    ["凯多拉基金管理有限公司", "transfer.transfer"],
    ["凯多拉（杭州）基金销售有限公司", "transfer.transfer"],
  ])("a company's trade in its name: %s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -3000).categoryId).toBe(slug);
  });
});

describe("a small shop's trade in Chinese", () => {
  it.each([
    // A tobacco and liquor shop, a wine shop: 烟酒 or 红酒 then 店, not a hotel (酒店) after 烟 or 红.
    ["凯多拉烟酒店", "food-dining.alcohol-bars"],
    ["凯多拉红酒店", "food-dining.alcohol-bars"],
    ["凯多拉名烟名酒", "food-dining.alcohol-bars"],
    ["凯多拉肉铺", "food-dining.groceries"],
    ["凯多拉水产", "food-dining.groceries"],
    ["凯多拉充电桩", "auto-transport.gas-fuel"],
    ["凯多拉修车铺", "auto-transport.service-parts"],
    ["凯多拉灯具店", "home.furnishings"],
    ["凯多拉棋牌室", "entertainment.amusement"],
    ["凯多拉游乐场", "entertainment.amusement"],
    ["凯多拉会计师事务所", "business-services"],
    ["凯多拉月子中心", "health-fitness"],
    ["凯多拉房产中介", "home"],
    ["凯多拉体彩站", "entertainment.gambling"],
    // A car's "beauty" (汽车美容) is its wash and detailing, not a beauty salon's.
    ["凯多拉汽车美容", "auto-transport.service-parts"],
    ["凯多拉汽车美容店", "auto-transport.service-parts"],
    ["凯多拉电玩城", "entertainment.amusement"],
    ["凯多拉中学校服", "education.books-supplies"],
    // A shop of one kind of goods, that kind then 超市 (a supermarket): not a grocer, nor two kinds at once.
    ["凯多拉家电超市", "shopping.electronics-software"],
    ["凯多拉母婴超市", "kids.baby-supplies"],
    ["凯多拉建材超市", "home.home-improvement"],
    // Words a shorter one hides in when a shop's name is split: fireworks (烟花) are no florist's (花店), pesticide
    // (农药) no chemist's (药店), a van (面包车) no bakery's (面包), hotel supplies (酒店用品) no hotel.
    ["凯多拉烟花店", "shopping"],
    ["凯多拉农药店", "home.lawn-garden"],
    ["二手面包车", "auto-transport"],
    ["凯多拉酒店用品", "home.home-supplies"],
    ["凯多拉长途汽车站", "auto-transport.public-transportation"],
    ["凯多拉客运站", "auto-transport.public-transportation"],
    ["凯多拉养生馆", "personal-care.spa-massage"],
    ["凯多拉茶楼", "food-dining.coffee-shops"],
    ["凯多拉小卖部", "food-dining.groceries"],
    // A city's rail transit company and its ride code, schools, an estate agency, a food company.
    ["凯多拉轨道交通运营有限公司", "auto-transport.public-transportation"],
    ["凯多拉乘车码", "auto-transport.public-transportation"],
    ["凯多拉区第一小学", "education.tuition"],
    ["凯多拉中学", "education.tuition"],
    ["凯多拉房地产经纪有限公司", "home"],
    ["凯多拉食品有限公司", "food-dining"],
    // A hotel, a florist, a bakery and a supermarket are still ones.
    ["凯多拉酒店", "travel.hotel"],
    ["凯多拉花店", "gifts-donations.gift"],
    ["凯多拉面包店", "food-dining.groceries"],
    ["凯多拉超市", "food-dining.groceries"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("CNY", description, -5000).categoryId).toBe(slug);
  });
});

describe("a shop's branch in brackets after its name", () => {
  it("is left out of the seller's key, so every branch is one seller for rules and votes", () => {
    const here = categorizeOnAccount("CNY", "凯多拉面馆(五道口店)", -2500);
    const there = categorizeOnAccount("CNY", "凯多拉面馆（朝阳大悦城店）", -2500);
    expect(here.sellerKey).toBe("凯多拉 面馆");
    expect(there.sellerKey).toBe(here.sellerKey);
    expect(here.categoryId).toBe("food-dining.restaurants");
  });

  it("a known chain's branch after its two names still reads as the chain", () => {
    expect(categorizeOnAccount("CNY", "全家FamilyMart(中关村店)", -1500)).toMatchObject({
      categoryId: "food-dining.groceries",
      sellerKey: "familymart china",
    });
  });

  it("a Korean branch, a last word ending in 점, is left out too, unless that word is a kind of shop", () => {
    const gangnam = categorizeOnAccount("KRW", "켈도라 치킨 강남점", -20000);
    expect(gangnam).toMatchObject({ sellerKey: "켈도라 치킨", categoryId: "food-dining.fast-food" });
    expect(categorizeOnAccount("KRW", "켈도라 치킨 역삼점", -20000).sellerKey).toBe(gangnam.sellerKey);
    // E-Mart by its Hangul name, whatever its branch.
    expect(categorizeOnAccount("KRW", "이마트 성수점", -50000)).toMatchObject({
      sellerKey: "e mart",
      categoryId: "food-dining.groceries",
    });
    // A bookshop (서점) is the shop itself, not a branch.
    expect(categorizeOnAccount("KRW", "켈도라 서점", -10000).categoryId).toBe("shopping.books");
  });

  it("a bracket that names no shop, or the whole text, stays", () => {
    expect(categorizeOnAccount("CNY", "凯多拉(北京)科技有限公司", -1000).sellerKey).toContain("北京");
    expect(categorizeOnAccount("CNY", "(朝阳店)", -1000).sellerKey).not.toBe("");
  });
});

describe("an order's product after a marketplace's name", () => {
  it.each([
    ["京东 无线蓝牙耳机", "shopping.electronics-software"],
    ["淘宝 夏季连衣裙", "shopping.clothing"],
    ["拼多多 新鲜香蕉 5斤", "food-dining.groceries"],
    ["京东 双人电热毯", "home.home-supplies"],
  ])("%s is the product's kind, and still the marketplace's key and name", (description, slug) => {
    const result = categorizeOnAccount("CNY", description, -9900);
    expect(result.categoryId).toBe(slug);
    expect(result.reason).toMatch(/^The name says “/);
    expect(["jd", "taobao", "pinduoduo"]).toContain(result.sellerKey);
  });

  it("the marketplace alone is general merchandise, and a known shop keeps its own category", () => {
    expect(categorizeOnAccount("CNY", "京东", -9900).categoryId).toBe("shopping.general-merchandise");
    expect(categorizeOnAccount("CNY", "喜茶 芒果", -2500).categoryId).toBe("food-dining.coffee-shops");
  });

  it("a delivery app's order is another kind of business when its words say so, and a meal otherwise", () => {
    expect(categorizeOnAccount("CNY", "美团-酒店预订", -39900)).toMatchObject({
      categoryId: "travel.hotel",
      sellerKey: "meituan",
    });
    expect(categorizeOnAccount("CNY", "美团 电影票", -5000).categoryId).toBe("entertainment.movies-dvds");
    // Food words leave it a meal delivered, not a restaurant or a grocer.
    expect(categorizeOnAccount("CNY", "美团 麻辣烫", -3000).categoryId).toBe("food-dining.food-delivery");
    expect(categorizeOnAccount("CNY", "美团 订单 20230101", -3000).categoryId).toBe(
      "food-dining.food-delivery",
    );
  });
});
