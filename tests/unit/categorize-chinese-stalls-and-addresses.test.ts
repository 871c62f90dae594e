import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Chinese wallet bills (Alipay, WeChat Pay) print the payee, often a street stall paid by its QR code, and the item.
// Names here are invented (凯多拉, 佐维克斯) unless a test is about a listing of the real data.
const cny = (description: string, amount = -1800) => categorizeOnAccount("CNY", description, amount);

describe("a name is not read inside an address", () => {
  it("Nanjing East Road holds JD.com's name (京东) and is no JD order", () => {
    expect(cny("南京东路").sellerKey).not.toBe("jd");
    expect(cny("凯多拉 北京东路123号").sellerKey).not.toBe("jd");
    expect(cny("佐维克斯 南京东路-虹桥2号航站楼").categoryId).not.toBe("shopping.general-merchandise");
  });

  it("JD itself is still read, alone or behind its company's city", () => {
    expect(cny("京东商城 订单").categoryId).toBe("shopping.general-merchandise");
    expect(cny("北京京东世纪贸易有限公司").categoryId).toBe("shopping.general-merchandise");
  });
});

describe("what a stall or a small business is, from its name", () => {
  it.each([
    ["凯多拉粉面店 收钱码收款", "food-dining.restaurants"],
    ["佐维克斯手工豆腐坊 收钱码收款", "food-dining.groceries"],
    ["凯多拉黄牛肉批发零售 收钱码收款", "food-dining.groceries"],
    ["佐维克斯本地土猪肉", "food-dining.groceries"],
    ["长沙臭豆腐 收钱码收款", "food-dining.fast-food"],
    ["长沙市凯多拉饮品有限公司 二维码支付", "food-dining.coffee-shops"],
    ["佐维克斯球馆A馆", "health-fitness.sports"],
    ["杭州凯多拉 佐维克斯电单车", "auto-transport.public-transportation"],
    ["浙江凯多拉能源科技有限公司 充电预支付", "auto-transport.gas-fuel"],
    ["凯多拉凉皮", "food-dining.fast-food"],
    ["佐维克斯鸭脖", "food-dining.fast-food"],
    ["凯多拉卤味", "food-dining"],
    ["佐维克斯海鲜大排档", "food-dining.restaurants"],
    ["凯多拉裁缝店", "shopping.clothing"],
    ["佐维克斯修鞋", "shopping.clothing"],
    ["凯多拉公园 门票", "entertainment"],
  ])("%s → %s", (description, slug) => {
    expect(cny(description).categoryId).toBe(slug);
  });

  it.each([
    // A registered company's name: its city, its own name, then its line of business and its legal form
    ["深圳市凯多拉书城有限公司", "shopping.books"],
    ["广州佐维克斯体育用品有限公司", "shopping.sporting-goods"],
    ["凯多拉供暖有限公司 采暖费", "bills-utilities.utilities"],
    ["佐维克斯市公共交通有限公司", "auto-transport.public-transportation"],
    ["凯多拉农产品有限公司", "food-dining.groceries"],
    ["佐维克斯农贸市场 收钱码收款", "food-dining.groceries"],
    ["凯多拉大剧院", "entertainment.arts"],
    ["佐维克斯商场", "shopping.general-merchandise"],
    ["凯多拉慈善基金会 捐赠", "gifts-donations.charity"],
    ["佐维克斯托育中心", "kids.babysitter-daycare"],
    ["凯多拉果业 收钱码收款", "food-dining.groceries"],
    ["佐维克斯电力有限公司 电费", "bills-utilities.utilities"],
    ["凯多拉门诊部", "health-fitness.doctor"],
    ["佐維克斯鞋業", "shopping.clothing"],
    ["凯多拉装饰工程有限公司", "home.home-improvement"],
    ["佐维克斯推拿", "personal-care.spa-massage"],
    ["凯多拉钟表", "shopping.clothing"],
  ])("a company or shop by its line of business: %s → %s", (description, slug) => {
    expect(cny(description).categoryId).toBe(slug);
  });

  it.each([
    // Services people pay for at home, for their children's classes and care, and at a clinic
    ["佐维克斯管道疏通", "home.home-services"],
    ["凯多拉配钥匙", "home.home-services"],
    ["佐维克斯月嫂服务", "kids.babysitter-daycare"],
    ["凯多拉午托晚托", "kids.babysitter-daycare"],
    ["佐维克斯少儿编程", "kids.kids-activities"],
    ["佐维克斯编程", "education.tuition"],
    ["凯多拉书法美术", "education.tuition"],
    ["佐维克斯跆拳道馆", "health-fitness.sports"],
    ["凯多拉疫苗接种", "health-fitness.doctor"],
    ["佐维克斯洗牙", "health-fitness.dentist"],
    ["凯多拉中药房", "health-fitness.pharmacy"],
    ["佐维克斯补胎", "auto-transport.service-parts"],
    ["凯多拉美睫", "personal-care"],
    // An art museum is a gallery to visit, not a holiday; a dance costume is clothing, not the class
    ["佐维克斯美术馆", "entertainment.arts"],
    ["凯多拉舞蹈服", "shopping.clothing"],
  ])("a service by its name: %s → %s", (description, slug) => {
    expect(cny(description).categoryId).toBe(slug);
  });

  it("a dish named for its meat is a meal, not the butcher's", () => {
    expect(cny("凯多拉牛肉面").categoryId).toBe("food-dining.restaurants");
    expect(cny("佐维克斯羊肉汤").categoryId).toBe("food-dining.restaurants");
  });

  it("a branch named for a park is the brand's shop, not the park", () => {
    expect(cny("星巴克(中山公园店)").categoryId).toBe("food-dining.coffee-shops");
    expect(cny("凯多拉公园").categoryId).toBe("entertainment.amusement");
  });

  it("a power bank is no charge for a car", () => {
    expect(cny("凯多拉充电宝").categoryId).toBe("shopping.electronics-software");
  });
});

describe("Douyin's local deals and Huawei's video service", () => {
  it("the deal bought through Douyin decides, not Douyin's videos", () => {
    expect(cny("抖音生活服务商家 凯多拉特惠洗车").categoryId).toBe("auto-transport.service-parts");
    expect(cny("抖音生活服务 佐维克斯火锅套餐").categoryId).toBe("food-dining.restaurants");
    expect(cny("抖音").categoryId).toBe("entertainment.streaming");
  });

  it("Huawei Video is streaming, whether the bill spaces its name or not", () => {
    expect(cny("华为 视频_凯多拉2").categoryId).toBe("entertainment.streaming");
    expect(cny("华为视频").categoryId).toBe("entertainment.streaming");
  });
});

describe("a platform's own service named after it, as the item of a Chinese bill", () => {
  it("is read as that service, not the platform's main business", () => {
    expect(cny("美团 美团单车骑行", -150)).toMatchObject({
      categoryId: "auto-transport.public-transportation",
      sellerKey: "meituan bike",
    });
    expect(cny("美团-美团买药").categoryId).toBe("health-fitness.pharmacy");
    expect(cny("京东 京东到家").categoryId).toBe("food-dining.groceries");
  });

  it("the platform stays when the item names no service of another kind", () => {
    expect(cny("美团 美团外卖订单").categoryId).toBe("food-dining.food-delivery");
    expect(cny("美团 美团订单-230921123").categoryId).toBe("food-dining.food-delivery");
    expect(cny("美团 凯多拉米线").sellerKey).toBe("meituan");
  });
});
