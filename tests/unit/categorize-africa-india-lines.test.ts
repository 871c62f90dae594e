import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: lines in the formats of Kenya's M-Pesa statements, Nigerian banks, Indian UPI and ATM lines, and Asian
// instant transfers, wallets and transit. Every payee is invented; the brands are the lists' own; none is an evaluation
// row.

const read = categorizeOnAccount;

describe("M-Pesa statement lines", () => {
  it("a till or pay bill number and the words around it come off the payee", () => {
    expect(read("KES", "Merchant Payment to 123456 - ZORVEX SUPERMARKET", -50000)).toMatchObject({
      merchant: "Zorvex Supermarket",
      categoryId: "food-dining.groceries",
    });
    expect(read("KES", "Pay Bill to 320320 - ZUKU Acc. 123", -300000)).toMatchObject({
      merchant: "Zuku",
      categoryId: "bills-utilities.internet",
    });
  });

  it("money from a person says nothing; an employer's says pay", () => {
    expect(read("KES", "Funds received from 0712345678 - KELDORA WANJIKU", 100000)).toMatchObject({
      merchant: "Keldora Wanjiku",
      categoryId: null,
    });
    expect(read("KES", "Business Payment from 123456 - ZORVEX LTD Salary", 5000000)).toMatchObject({
      merchant: "Zorvex Ltd",
      categoryId: "income.paycheck",
    });
  });

  it.each([
    ["Customer Withdrawal At Agent Till 12345 - ZORVEX AGENCIES", -100000, "transfer.cash-atm"],
    ["Pay Bill Charge", -2300, "fees-charges.service-fee"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read("KES", description, amount).categoryId).toBe(category);
  });
});

describe("Nigerian bank lines", () => {
  it("an instant (NIP) transfer to a person shows the person and says nothing", () => {
    expect(read("NGN", "NIP TRANSFER TO KELDORA OKAFOR", -5000000)).toMatchObject({
      merchant: "Keldora Okafor",
      categoryId: null,
    });
  });

  it.each([
    // The government's levy on electronic transfers
    ["ELECTRONIC MONEY TRANSFER LEVY", -5000, "taxes"],
    ["GOTV MAX", -490000, "bills-utilities.television"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read("NGN", description, amount).categoryId).toBe(category);
  });
});

describe("Indian UPI and ATM lines", () => {
  it("the UPI handle after the payee is not part of the name", () => {
    expect(read("INR", "UPI/123456789012/KELDORA SHARMA/okaxis/Payment", -50000).merchant).toBe(
      "Keldora Sharma",
    );
  });

  it("printed payee first, the payee ends at the reference and what the payer wrote after it is the purpose", () => {
    expect(read("INR", "UPI/SWIGGY/100000000001/Pay via Razorpay", -45000)).toMatchObject({
      merchant: "Swiggy",
      categoryId: "food-dining.food-delivery",
    });
    expect(read("INR", "UPI/KELDORA SHARMA/100000000002/rent", -1500000)).toMatchObject({
      merchant: "Keldora Sharma",
      categoryId: "home.mortgage-rent",
    });
  });

  it("a brand followed only by the country its company is named for is that company, not a person", () => {
    expect(read("INR", "UPI/GROFERS INDIA P/100000000003/Pay via Razorpay", -45000).categoryId).toBe(
      "food-dining.groceries",
    );
  });

  it("a payee that is one of a brand's spellings of several words is that brand, not a person", () => {
    // "Walmart Supercenter" is Walmart's own spelling: no one is named Walmart Supercenter.
    expect(read("USD", "UPI/DR/123456789012/WALMART SUPERCENTER/HDFC/PAYMENT", -4500).categoryId).toBe(
      "shopping.general-merchandise",
    );
    // A brand's first word before a surname is still a person's name.
    expect(read("INR", "UPI/DR/123456789012/WALMART SHARMA/HDFC/PAYMENT", -4500).categoryId).toBeNull();
  });

  it("a payment to a merchant (P2M) is a purchase from it", () => {
    expect(read("INR", "UPI/P2M/100000000004/ZOMATO LTD/UPI/YES BANK", -45000).categoryId).toBe(
      "food-dining.food-delivery",
    );
  });

  it("a medical store is a chemist's, not a doctor", () => {
    expect(read("INR", "UPI/DR/123456789012/ZORVEX MEDICAL STORE/YESB/q123@ybl/UPI", -50000).categoryId).toBe(
      "health-fitness.pharmacy",
    );
  });

  it("another bank's cash machine (NWD) is cash", () => {
    expect(read("INR", "NWD-123456XXXXXX1234-ZORVEX-MUMBAI", -1000000).categoryId).toBe("transfer.cash-atm");
  });
});

describe("Asian instant transfers, wallets and transit", () => {
  it.each([
    ["MYR", "DUITNOW TRANSFER KELDORA TAN", "Keldora Tan"],
    ["MYR", "IBG TRANSFER KELDORA TAN", "Keldora Tan"],
    ["THB", "PROMPTPAY KELDORA", "Keldora"],
    ["PHP", "INSTAPAY TRANSFER KELDORA SANTOS", "Keldora Santos"],
    ["PHP", "PESONET KELDORA SANTOS", "Keldora Santos"],
    ["HKD", "FPS KELDORA CHAN", "Keldora Chan"],
  ])("%s: %s is a transfer to %s, whose name says nothing", (currency, description, merchant) => {
    expect(read(currency, description, -5000)).toMatchObject({ merchant, categoryId: null });
  });

  it("a company paying through the UK's or Hong Kong's faster payments is income from it", () => {
    expect(read("GBP", "FPS CREDIT ZORVEX LTD", 5000)).toMatchObject({
      merchant: "Zorvex Ltd",
      categoryId: "income",
    });
  });

  it.each([
    ["MYR", "DUITNOW QR ZORVEX BAKERY", "food-dining.groceries"],
    ["SGD", "NETS QR ZORVEX BAKERY", "food-dining.groceries"],
    ["MYR", "GRABPAY", "transfer.transfer"],
    ["PHP", "GCASH CASH IN", "transfer.transfer"],
    ["HKD", "OCTOPUS CARDS LTD", "auto-transport.public-transportation"],
    ["JPY", "JR EAST", "auto-transport.public-transportation"],
    ["JPY", "MOBILE SUICA", "auto-transport.public-transportation"],
  ])("%s: %s is %s", (currency, description, category) => {
    expect(read(currency, description, -500).categoryId).toBe(category);
  });

  it("Octopus Energy is still the British utility", () => {
    expect(read("GBP", "OCTOPUS ENERGY", -5000).categoryId).toBe("bills-utilities.utilities");
  });
});

describe("Indian bank lines: State Bank's UPI layout, a NEFT credit's IFSC code, mandate debits", () => {
  it("the payee bank's four IFSC letters close the payee's name in State Bank's UPI line", () => {
    expect(read("INR", "UPI/DR/412345678901/ZOMATO LTD/YESB/zomato.order@ybl/UPI", -45000)).toMatchObject({
      merchant: "Zomato",
      categoryId: "food-dining.food-delivery",
    });
    expect(
      read("INR", "UPI/DR/498765432101/KELDORA MEDICALS/SBIN/keldora@oksbi/Payment", -30000),
    ).toMatchObject({
      merchant: "Keldora Medicals",
      sellerKey: "keldora medicals",
    });
  });

  it("HDFC's UPI line ends the payee's name at the handle's field", () => {
    expect(
      read("INR", "UPI-ZOMATO LIMITED-ZOMATO.PAYU@HDFCBANK-HDFC0000499-412345678901-UPI INTENT", -40000),
    ).toMatchObject({
      merchant: "Zomato",
      categoryId: "food-dining.food-delivery",
    });
    expect(
      read("INR", "UPI-KELDORA TRADERS-Q987654321@YBL-YESB0YBLUPI-412345678901-PAYMENT", -30000).sellerKey,
    ).toBe("keldora traders");
    // After a processor's star the address is the seller's own name.
    expect(read("USD", "PAYPAL *ZORVEX@SHOP.COM", -2000).sellerKey).toBe("zorvex shop");
  });

  it("ICICI's online bill payment: the channel, its reference glued by a slash, then the biller", () => {
    expect(read("INR", "BIL/ONL/000123456789/AIRTEL/", -49900)).toMatchObject({
      merchant: "Airtel",
      categoryId: "bills-utilities.mobile-phone",
    });
    expect(read("INR", "BIL/ONL/000987654321/TATA POWER/", -250000).merchant).toBe("Tata Power");
  });

  it("a whole IFSC code is the remitter bank's branch, not the payer", () => {
    expect(read("INR", "NEFT CR-HDFC0000412-ZORVEX TECHNOLOGIES PVT LTD-SALARY JUN", 5000000)).toMatchObject({
      merchant: "Zorvex Technologies Pvt Ltd",
      categoryId: "income.paycheck",
    });
  });

  it("a mandate debit's wrapper comes off the company collecting", () => {
    expect(read("INR", "NACH-DR-ZORVEX FINANCE LTD", -300000).merchant).toBe("Zorvex Finance Ltd");
    expect(read("INR", "ACH D- TP ACH KELDORA INSURANCE-998877", -200000).merchant).toBe("Keldora Insurance");
    // A lender known by name is named, and files nothing (a loan's instalment is not a purchase).
    expect(read("INR", "NACH-DR-BAJAJ FINANCE LTD", -300000)).toMatchObject({
      merchant: "Bajaj Finance",
      categoryId: null,
    });
  });
});

describe("Ola as a UPI payee prints it, and an IMPS transfer's channel code", () => {
  it("a UPI payment to OLA is a ride", () => {
    expect(read("INR", "UPI/DR/512345678901/OLA/YESB/ola@ybl/Payment", -25000).categoryId).toBe(
      "auto-transport.ride-share",
    );
    // Before other words the name is someone else's
    expect(read("INR", "OLA SURF SHOP", -25000).sellerKey).toBe("ola surf shop");
  });

  it("IMPS/P2A is the channel, not part of the payee's name", () => {
    const row = read("INR", "IMPS/P2A/512345678901/VIKRAM SINGH", -500000);
    expect(row.sellerKey).toBe("vikram singh");
    expect(row.merchant).toBe("Vikram Singh");
    // UPI's person-to-person code likewise, not a bus network named P2P
    const upi = read("INR", "UPI/P2P/512345678901/VIKRAM SINGH/okaxis", -50000);
    expect(upi.sellerKey).toBe("vikram singh");
    expect(upi.categoryId).not.toBe("auto-transport.public-transportation");
  });
});

describe("Africa's mobile money and a Ghanaian utility", () => {
  it.each([
    ["GHS", "MOMO TRANSFER TO KELDORA MENSAH", "MTN MoMo"], // MTN's Mobile Money, not a Japanese restaurant chain
    ["UGX", "MOMO CASH OUT", "MTN MoMo"],
    ["XOF", "WAVE TRANSFERT", "Wave Mobile Money"], // Senegal's and Côte d'Ivoire's wallet
  ])("%s %s is %s, money moved", (currency, description, merchant) => {
    const row = categorizeOnAccount(currency, description, -10_000);
    expect(row.merchant).toBe(merchant);
    expect(row.categoryId).toBe("transfer.transfer");
  });

  it("while Wave elsewhere stays the accounting software", () => {
    expect(categorizeOnAccount("USD", "WAVE FINANCIAL", -1_600).categoryId).toBe(
      "business-services.software",
    );
  });

  it("the Electricity Company of Ghana's prepaid power is a utility, not a phone's prepaid credit", () => {
    expect(categorizeOnAccount("GHS", "ECG PREPAID", -10_000).categoryId).toBe("bills-utilities.utilities");
  });
});

describe("an Indian bank's charges as it abbreviates them", () => {
  it.each([
    ["CHRG: SMS ALERT", "fees-charges.bank-fee"],
    ["SMS ALERT", "fees-charges.bank-fee"],
    ["DEBIT CARD CHRG", "fees-charges.bank-fee"],
    // A cash machine's charge is its fee, not a withdrawal.
    ["ATM CHRG", "fees-charges.atm-fee"],
    ["SMS CHGS FOR QTR", "fees-charges.bank-fee"],
    // Tax deducted at source on interest is a tax, not interest charged.
    ["TDS ON INTEREST", "taxes"],
    // A card's bill paid, and a mutual fund's monthly instalment
    ["CC BILL PAYMENT KELDORA BANK", "transfer.credit-card-payment"],
    ["SIP INSTALMENT KELDORA", "transfer.transfer"],
  ])("%s is %s", (description, slug) => {
    expect(read("INR", description, -1500).categoryId).toBe(slug);
  });
});

describe("South-East Asian sellers as their card lines print them", () => {
  it.each([
    // Grab's card line: its name, a star and the booking's code; its rides by name.
    ["SGD", "GRAB* A-2XYZ123 SINGAPORE SG", "auto-transport.ride-share"],
    ["IDR", "GRAB* A-123456", "auto-transport.ride-share"],
    ["SGD", "GRAB RIDES", "auto-transport.ride-share"],
    ["IDR", "GRAB BIKE", "auto-transport.ride-share"],
    // Thailand's largest mobile carrier by its initials alone; Ho Chi Minh City's power company.
    ["THB", "AIS", "bills-utilities.mobile-phone"],
    ["VND", "EVN HCMC", "bills-utilities.utilities"],
  ])("%s %s is %s", (currency, description, slug) => {
    expect(read(currency, description, -5000).categoryId).toBe(slug);
  });
});

describe("State Bank's transfer wrapper and GST at a rate", () => {
  it.each([
    // SBI prints "TO TRANSFER-" (and "BY TRANSFER-") before every debit's (credit's) channel: the UPI payee decides
    [
      "INR",
      "TO TRANSFER-UPI/DR/312345678901/SWIGGY/YESB/swiggy@ybl/UPI",
      -30_000,
      "food-dining.food-delivery",
    ],
    // GST on the bank's charges at a rate: the rate's "@" opens no address, and GST alone is the charge's tax
    ["INR", "GST @18% ON CHARGES", -1_800, "fees-charges.service-fee"],
    ["INR", "GST @ 18%", -1_800, "fees-charges.service-fee"],
    ["INR", "GST PAYMENT", -100_000, "taxes.federal-tax"],
  ])("%s %s (%d) is %s", (currency, description, amount, slug) => {
    expect(read(currency, description, amount).categoryId).toBe(slug);
  });

  it("reads a person paid through State Bank's wrapper as a person paid without it", () => {
    expect(
      read("INR", "BY TRANSFER-UPI/CR/312345678901/RAHUL SHARMA/SBIN/rahul@oksbi/UPI", 50_000).categoryId,
    ).toBe(read("INR", "UPI/CR/312345678901/RAHUL SHARMA/SBIN/rahul@oksbi/UPI", 50_000).categoryId);
  });
});

describe("a phone's or a satellite TV's prepaid recharge in South Asia and Nigeria", () => {
  it.each([
    ["INR", "UPI-PAYTM-MOBILE RECHARGE", "bills-utilities.mobile-phone"],
    ["INR", "PREPAID RECHARGE 9812345678", "bills-utilities.mobile-phone"],
    ["INR", "DTH RECHARGE 1234567", "bills-utilities.television"],
    ["INR", "VI RECHARGE", "bills-utilities.mobile-phone"],
  ])("%s %s is %s", (currency, description, slug) => {
    expect(read(currency, description, -29_900).categoryId).toBe(slug);
  });

  it("reads no car's charging point into a recharge there, as it does elsewhere", () => {
    expect(read("INR", "KELDORA RECHARGE", -29_900).categoryId).toBeNull();
    expect(read("NGN", "KELDORA RECHARGE", -29_900).categoryId).toBeNull();
    expect(read("EUR", "KELDORA RECHARGE", -2_990).categoryId).toBe("auto-transport.gas-fuel");
  });
});

describe("what the payer wrote after a UPI payee's handle or an IMPS payee's account", () => {
  it.each([
    ["UPI/DR/312345678901/KELDORA SHARMA/SBIN/keldora@oksbi/Rent", -1_500_000, "home.mortgage-rent"],
    ["UPI/312345678901/KELDORA SHARMA/keldora@okaxis/house rent", -1_500_000, "home.mortgage-rent"],
    ["UPI-KELDORA SHARMA-keldora@okaxis-UTIB0001234-312345678901-RENT", -1_500_000, "home.mortgage-rent"],
    ["IMPS-312345678901-KELDORA SHARMA-SBIN-XXXXXXX1234-RENT", -1_500_000, "home.mortgage-rent"],
    ["UPI/312345678901/ZORVEX TECH/zorvex@icici/salary nov", 5_000_000, "income.paycheck"],
    ["UPI/312345678901/KELDORA SHARMA/keldora@ybl/school fees", -500_000, "education.tuition"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(read("INR", description, amount).categoryId).toBe(slug);
  });

  it("is the purpose, no part of the payee's name, and a remark that says nothing leaves a person uncategorized", () => {
    const paid = read("INR", "UPI/312345678901/KELDORA SHARMA/keldora@okaxis/Rent", -1_500_000);
    expect(paid.sellerKey).toBe("keldora sharma");
    for (const remark of ["Payment", "NA", "Sent from Paytm", "Payment from Phone", "UPI"])
      expect(
        read("INR", `UPI/312345678901/KELDORA SHARMA/keldora@ybl/${remark}`, -60_000).categoryId,
        remark,
      ).toBeNull();
  });
});
