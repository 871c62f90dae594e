import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { categorizeTransaction } from "@/server/categorize/engine";
import { slugContext } from "../support/categorize-context";

// The general rules read from real-bank-21's misses once real-bank-22 had taken over as the hold-out (stop 68):
// the shapes banks print, tested on invented names (Keldora, Zorvex, 凯多拉) rather than on that set's rows.

const read = (currency: string, description: string, amount: number, bankCategory: string | null = null) =>
  categorizeTransaction(
    { description, amount, bankCategory },
    slugContext({ countries: countriesForCurrency(currency) }),
  );

describe("a Canadian bank's withdrawal at another bank's machine", () => {
  it("is the cash when the line says W/D, the fee when it says FEE", () => {
    expect(read("CAD", "NON-TD ATM W/D", -6_000).categoryId).toBe("transfer.cash-atm");
    expect(read("CAD", "NON-TD ATM WD", -6_000).categoryId).toBe("transfer.cash-atm");
    expect(read("CAD", "NON-TD ATM FEE", -200).categoryId).toBe("fees-charges.atm-fee");
  });
});

describe("a mortgage in a bank's abbreviations", () => {
  it.each([
    ["CAD", "KELDORA MTGE CORP   MTG"],
    ["CAD", "26003**ZORVEX PYT   MTG"],
    ["EUR", "Keldora Bank Omschrijving: NOTA INZAKE HYP.NR. N 104-******"],
  ])("%s %s", (currency, description) => {
    expect(read(currency, description, -120_000).categoryId).toBe("home.mortgage-rent");
  });
});

describe("Revolut's Dutch wording", () => {
  it("reads the payee after 'Aan' (to) as it does after 'To'", () => {
    const result = read("EUR", "Aan Albert Heijn 1234", -2_500);
    expect(result.categoryId).toBe("food-dining.groceries");
    // A person after it: no category, and "aan" is no part of the payee's key.
    expect(read("EUR", "Aan Keldora Zorvex", -5_000)).toMatchObject({
      categoryId: null,
      sellerKey: "keldora zorvex",
    });
  });

  it("reads money added from a company as a payment from it", () => {
    expect(read("EUR", "Geld toegevoegd van Keldora Consulting B.V. 202405-004", 50_000).categoryId).toBe(
      "income",
    );
  });

  it("ends the payee's name before the payment provider that collected for it", () => {
    const result = read(
      "EUR",
      "Aan Keldora Boekhouden via Mollie Zorvex Hunting B.V. factuur 202405-51005",
      -2_000,
    );
    expect(result.merchant).toBe("Keldora Boekhouden");
    expect(result.categoryId).toBe("business-services");
  });
});

describe("a one-word brand paid by transfer", () => {
  it("is the brand when the text carries a bill's words, a person's name otherwise", () => {
    expect(
      read("EUR", "Aan KPN - Mobiel Factuur 17-04-2024, klantnummer 401061*****", -2_000).categoryId,
    ).toBe("bills-utilities.mobile-phone");
    expect(read("EUR", "ÜBERWEISUNG VODAFONE KELDORA RECHNUNG 4711", -3_000).categoryId).toBe(
      "bills-utilities.mobile-phone",
    );
    // No bill's words: Darty may be Mr Darty (see mayBeAPerson).
    expect(read("EUR", "VIR SEPA DARTY KELDORA", -3_000).categoryId).toBeNull();
  });
});

describe("Banco Inter's Pix, the party's name printed before the memo that repeats it", () => {
  it("reads the memo alone, so a company's name is read once", () => {
    const result = read("BRL", 'Tim S A Pix enviado: "Cp :60701190-TIM S A"', -5_000);
    expect(result.categoryId).toBe("bills-utilities.mobile-phone");
    expect(result.merchant).toBe("TIM");
  });

  it("leaves a person paid so uncategorized, keyed by the person", () => {
    expect(read("BRL", 'Keldora Zorvex Pix enviado: "Cp :90400888-KELDORA ZORVEX"', -5_000)).toMatchObject({
      categoryId: null,
      sellerKey: "keldora zorvex",
    });
  });
});

describe("Brazilian bank wording", () => {
  it.each([
    ["Depósito Recebido por Boleto", 10_000, "transfer.transfer"],
    ["SEGURO CARTAO", -990, "fees-charges.service-fee"],
    ["Compra no débito - Barzinho do Keldora", -4_000, "food-dining.alcohol-bars"],
  ])("%s", (description, amount, slug) => {
    expect(read("BRL", description, amount).categoryId).toBe(slug);
  });
});

describe("a Chinese car park's bill with the plate in a column of its own", () => {
  it("reads the payee, not the plate", () => {
    const result = read("CNY", "凯多拉停车场管理有限公司 20210605195228625503435953463941;豫C*****", -500);
    expect(result.categoryId).toBe("auto-transport.parking");
    expect(result.sellerKey).not.toContain("豫");
  });
});

describe("Chinese words for kinds of business and bank operations", () => {
  it.each([
    ["凯多拉烘培工坊 收款方备注:二维码收款", "food-dining.groceries"], // 烘培, the common misspelling of 烘焙
    ["凯多拉便利(市府路3店)", "food-dining.groceries"],
    ["凯多拉（北京）科技有限公司 扫码-取件费用支付", "business-services.shipping"],
    ["凯多拉大学 19#_餐费支出", "food-dining.restaurants"],
    ["贵州凯多拉体育文化有限公司", "health-fitness.sports"],
    ["广州凯多拉 单车", "auto-transport.public-transportation"],
    ["凯多拉购物中心临停缴费", "auto-transport.parking"],
    ["凯多拉红茶坊", "food-dining.coffee-shops"],
    ["凯多拉影咖广百店", "entertainment.movies-dvds"],
    ["华山路凯多拉驴肉汤", "food-dining.restaurants"],
    ["凯多拉Device U净洗烘", "personal-care.laundry"],
    ["业务处理通讯费（境外途径汇款 / 网银）", "fees-charges.bank-fee"],
    ["支付宝 - 蚂蚁基金（杭州）销售服务有限公", "transfer.transfer"],
    ["D6凯多拉天猫小店 方便面1*50等2类商品", "food-dining.groceries"],
  ])("%s", (description, slug) => {
    expect(read("CNY", description, -2_000).categoryId).toBe(slug);
  });

  it("a lottery's sports word stays a lottery's, and a coffee shop on Tiyu West Road a coffee shop", () => {
    expect(read("CNY", "中国体育彩票 凯多拉投注站", -2_000).categoryId).toBe("entertainment.gambling");
    expect(read("CNY", "消费 财付通-体育西凯多拉咖啡", -2_000).categoryId).toBe("food-dining.coffee-shops");
  });
});

describe("iCloud", () => {
  it("is a person's storage plan, filed as Google One is", () => {
    expect(read("USD", "APPLE.COM/BILL ICLOUD 866-712-7753 CA", -299).categoryId).toBe(
      "shopping.electronics-software",
    );
  });
});
