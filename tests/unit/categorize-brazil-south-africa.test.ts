import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { categorizeTransaction } from "@/server/categorize/engine";
import { categorizeOnAccount, slugContext } from "../support/categorize-context";

// Issue 14: lines in the formats Brazilian and South African banks print (Itaú, Bradesco, Banco do Brasil, Nubank;
// FNB, Standard Bank, ABSA), and the phrases Italian, Spanish, French and German transfers introduce a payee with.
// Every payee is invented; none is an evaluation row.

const brazil = slugContext({ countries: countriesForCurrency("BRL") });
const southAfrica = slugContext({ countries: countriesForCurrency("ZAR") });
const euro = slugContext({ countries: countriesForCurrency("EUR") });

const inBrazil = (description: string, amount: number) =>
  categorizeTransaction({ description, amount }, brazil);
const inSouthAfrica = (description: string, amount: number) =>
  categorizeTransaction({ description, amount }, southAfrica);

describe("Brazilian bank lines", () => {
  it.each([
    // The card's bill (fatura), however the bank abbreviates paying it
    ["Pagamento da fatura", -50000, "transfer.credit-card-payment"],
    ["PGTO FATURA CARTAO", -50000, "transfer.credit-card-payment"],
    ["Pagto cartão crédito", -100000, "transfer.credit-card-payment"],
    // The account's monthly package of services
    ["TAR PACOTE ITAU", -3990, "fees-charges.bank-fee"],
    ["Tar Pacote Servicos", -3000, "fees-charges.bank-fee"],
    // Interest charged on the overdraft (limite, cheque especial) or for paying late
    ["JUROS LIMITE DA CONTA", -890, "fees-charges.finance-charge"],
    ["JUROS CHEQUE ESPECIAL", -1290, "fees-charges.finance-charge"],
    ["JUROS DE MORA BOLETO", -150, "fees-charges.finance-charge"],
    // Pay named as remuneration is pay, not the interest a Portuguese deposit's remuneração is
    ["REMUNERACAO/SALARIO", 500000, "income.paycheck"],
    // A reversed purchase is money back
    ["ESTORNO COMPRA ZORVEX", 3000, "income.refund-reimbursement"],
    // Banco do Brasil's automatic investment sweep moves the holder's own money
    ["BB Rende Fácil", 100, "transfer.transfer"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inBrazil(description, amount).categoryId).toBe(category);
  });

  it("interest paid on a balance is still income", () => {
    expect(inBrazil("Juros sobre saldo", 10).categoryId).toBe("income.interest-income");
  });

  it.each([
    // Itaú's card purchase (Redeshop) with the date glued after the name
    ["RSHOP-FARMACIA ZORVEX-12/03", "Farmacia Zorvex", "health-fitness.pharmacy"],
    // A boleto paid, however the bank words it: the payee's kind of business decides
    ["PAGAMENTO DE BOLETO EFETUADO - ZORVEX ENERGIA SA", "Zorvex Energia SA", "bills-utilities.utilities"],
    ["PAGTO ELETRON COBRANCA KELDORA DROGARIA", "Keldora Drogaria", "health-fitness.pharmacy"],
    // An automatic debit in full words, before a utility Tally knows
    ["DEBITO AUTOMATICO SABESP", "Sabesp", "bills-utilities.utilities"],
    // Itaú's automatic debit, before a utility Tally knows and before a business word
    ["DEB AUTOR SABESP", "Sabesp", "bills-utilities.utilities"],
    ["DEB AUTOR KELDORA DROGARIA", "Keldora Drogaria", "health-fitness.pharmacy"],
    // …and its short form, "DA", before the biller
    ["DA SABESP 123456", "Sabesp", "bills-utilities.utilities"],
    ["DA KELDORA DROGARIA", "Keldora Drogaria", "health-fitness.pharmacy"],
    // A purchase on the credit card, as on the debit card: the words go, the shop stays
    ["Compra no crédito - KELDORA DROGARIA", "Keldora Drogaria", "health-fitness.pharmacy"],
    // Banco Inter's card purchase "at the shop", and its boleto paid
    [
      'Compra no debito: "No estabelecimento KELDORA DROGARIA"',
      "Keldora Drogaria",
      "health-fitness.pharmacy",
    ],
    ['Pagamento de Titulo: "ZORVEX ENERGIA SA"', "Zorvex Energia SA", "bills-utilities.utilities"],
    // A payment made (Nubank), before the payee
    ["Pagamento efetuado ABB", "ABB", "auto-transport.gas-fuel"],
    // Sicredi's card line: the terminal's code (two letters and a number) in front of the padded name field
    ["CM0293352 KELDORA DROGARIA        NOVA MUTUM   BR", "Keldora Drogaria", "health-fitness.pharmacy"],
    ["CM0293352 ABB                     NOVA MUTUM   BR", "ABB", "auto-transport.gas-fuel"],
  ])("%s is paid to %s", (description, merchant, category) => {
    expect(inBrazil(description, -3000)).toMatchObject({ merchant, categoryId: category });
  });

  it("Nubank's Pix line with the other party's account before the name reads the name, not the account's label", () => {
    // "Cp" there is no Comboios de Portugal, nor "CP" in the name: CP's own line keeps its number and town.
    expect(inBrazil('Pix recebido: "Cp :12345678-KELDORA SERVICOS LTDA"', 10000)).toMatchObject({
      merchant: "Keldora Servicos Ltda",
      sellerKey: "keldora servicos ltda",
    });
    expect(inBrazil('Pix enviado: "Cp :12345678-ZORVEX PORTO"', -10000).sellerKey).toBe("zorvex porto");
    expect(categorizeTransaction({ description: "CP 1234 LISBOA", amount: -500 }, euro).categoryId).toBe(
      "auto-transport.public-transportation",
    );
  });

  it("Nubank's Pix transfer shows the payee's name, not the words for how it was sent", () => {
    // A Pix to a person is read as "PIX ENVIADO <name>" is: the payee decides, and a person's name says nothing of
    // what the money paid for (a cleaner, a landlord, a friend), so it waits for the user rather than hiding as a
    // transfer between the holder's own accounts.
    const sent = inBrazil("Transferência enviada pelo Pix - KELDORA SILVA - •••.123.456-••", -5000);
    expect(sent).toMatchObject({ merchant: "Keldora Silva", categoryId: null });
    const received = inBrazil("Transferência recebida pelo Pix - ZORVEX LTDA", 5000);
    expect(received).toMatchObject({ merchant: "Zorvex Ltda", categoryId: "income" });
  });

  it.each([
    // Nubank: the other party's tax number and bank after the name are no part of it (the bank read as a payer)
    [
      "Transferência recebida pelo Pix - KELDORA SOUZA - •••.456.789-•• - ITAÚ UNIBANCO S.A. (0341) Agência: 1 Conta: 12345-6",
      5000,
      null,
      "keldora souza",
    ],
    [
      "Transferência enviada pelo Pix - PADARIA ZORVEX LTDA - 12.345.678/0001-90 - BCO DO BRASIL S.A. (0001) Agência: 1 Conta: 1-1",
      -1800,
      "food-dining.groceries",
      "padaria zorvex ltda",
    ],
    // Bradesco names the other party after REM: (sender) and DES: (recipient): a payee, not an ACH entry's purpose
    ["TRANSFERENCIA PIX DES: KELDORA SILVA 12/03", -5000, null, "keldora silva"],
    ["TRANSFERENCIA PIX REM: KELDORA SILVA 12/03", 5000, null, "keldora silva"],
    ["TRANSFERENCIA PIX DES: ZORVEX PET SHOP 12/03", -9000, "pets.pet-food-supplies", "zorvex pet shop"],
    // …and a Pix paid by a shop's QR code the same way
    ["PIX QR CODE ESTATICO DES: PADARIA KELDORA", -1200, "food-dining.groceries", "padaria keldora"],
  ])("a Pix's other party decides: %s", (description, amount, category, key) => {
    expect(inBrazil(description, amount)).toMatchObject({ categoryId: category, sellerKey: key });
  });

  it("a TED or a bank's plain transfer is still the bank's transfer, and an ACH entry's DES: still its purpose", () => {
    expect(inBrazil("TED ENVIADA KELDORA SILVA", -10000).categoryId).toBe("transfer.transfer");
    expect(inBrazil("Transferência enviada 12/03 1234 98765-4 KELDORA SILVA", -10000).categoryId).toBe(
      "transfer.transfer",
    );
    expect(
      categorizeTransaction(
        { description: "ZORVEX CORP DES:PAYROLL ID:XXXXX INDN:KELDORA CO ID:XXXXX PPD", amount: 500000 },
        slugContext(),
      ),
    ).toMatchObject({ categoryId: "income.paycheck", sellerKey: "zorvex corp" });
  });

  it.each([
    ["LANCHONETE KELDORA", "food-dining.fast-food"],
    ["ACOUGUE KELDORA", "food-dining.groceries"],
    ["HORTIFRUTI ZORVEX", "food-dining.groceries"],
    // A Brazilian gas station is an auto posto: not a garage because it says "auto"
    ["AUTO POSTO KELDORA LTDA", "auto-transport.gas-fuel"],
    // …and its company's name says what it sells: fuels, not the goods the map's fuel shops sell
    ["KELDORA COMBUSTIVEIS LTDA", "auto-transport.gas-fuel"],
    ["ACAITERIA ZORVEX", "food-dining.fast-food"],
    ["XIS E LANCHES KELDORA", "food-dining.fast-food"],
    ["ZORVEX CHOPERIA", "food-dining.alcohol-bars"],
    ["CONSULTORIO ODONTOLOGICO ZORVEX", "health-fitness.dentist"],
    ["LABORATORIO KELDORA ANALISES", "health-fitness.doctor"],
    ["KELDORA CONFECCOES", "shopping.clothing"],
    ["ZORVEX JOALHERIA E RELOJOARIA", "shopping.clothing"],
    ["KELDORA CELULARES", "shopping.electronics-software"],
    ["ZORVEX PRESENTES", "gifts-donations.gift"],
    ["KELDORA MATERIAIS DE CONSTRUCAO", "home.home-improvement"],
    ["ZORVEX AGENCIA DE VIAGENS", "travel.vacation"],
  ])("%s is %s", (description, category) => {
    expect(inBrazil(description, -2000).categoryId).toBe(category);
  });

  it("a gym and a deli by the words Brazil names them with, which name other trades elsewhere", () => {
    // ACADEMIA is a gym in Brazil and a tutoring school in Spain; EMPORIO a deli in Brazil, a general store in Italy
    expect(inBrazil("ACADEMIA KELDORA", -12000).categoryId).toBe("health-fitness.gym");
    expect(inBrazil("ZORVEX ACADEMIA", -12000).categoryId).toBe("health-fitness.gym");
    expect(inBrazil("EMPORIO KELDORA", -4500).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("EUR", "ACADEMIA KELDORA", -12000).categoryId).not.toBe("health-fitness.gym");
    expect(categorizeOnAccount("MXN", "ACADEMIA KELDORA", -12000).categoryId).not.toBe("health-fitness.gym");
    // …where, in Spanish-speaking America, it is a school: of languages, of dance, of driving
    expect(categorizeOnAccount("MXN", "ACADEMIA DE INGLES ZORVEX", -120000).categoryId).toBe(
      "education.tuition",
    );
    expect(categorizeOnAccount("COP", "ACADEMIA KELDORA", -12000000).categoryId).toBe("education.tuition");
    expect(categorizeOnAccount("EUR", "EMPORIO KELDORA", -4500).categoryId).not.toBe("food-dining.groceries");
  });
});

describe("South African bank lines", () => {
  it.each([
    ["IB PAYMENT TO KELDORA SILVA", -100000, "Keldora Silva"],
    ["FNB APP PAYMENT TO KELDORA SILVA", -5000, "Keldora Silva"],
    ["FNB APP TRANSFER FROM KELDORA SILVA", 5000, "Keldora Silva"],
    ["INTERNET TRF FROM KELDORA SILVA", 5000, "Keldora Silva"],
    ["Banking App Payment: KELDORA SILVA", -10000, "Keldora Silva"],
    ["Immediate Payment: KELDORA SILVA", -10000, "Keldora Silva"],
    ["DIGITAL PAYMENT CR KELDORA SILVA", 5000, "Keldora Silva"],
    ["IMMEDIATE TRF CR KELDORA SILVA", 5000, "Keldora Silva"],
    // Capitec's money in from someone: not a card issuer's payment received
    ["Payment Received: KELDORA SILVA", 10000, "Keldora Silva"],
  ])(
    "the app's or internet banking's wrapper comes off: %s is %s, a person who may be paid for anything",
    (description, amount, merchant) => {
      expect(inSouthAfrica(description, amount)).toMatchObject({ merchant, categoryId: null });
    },
  );

  it("the card line's effective date and the debit order's wrapper come off the name", () => {
    expect(inSouthAfrica("POS PURCHASE (EFFECTIVE 12/03/2024) ZORVEX BUTCHERY", -5000)).toMatchObject({
      merchant: "Zorvex Butchery",
      categoryId: "food-dining.groceries",
    });
    expect(inSouthAfrica("ACB DEBIT:EXTERNAL ZORVEX GYM", -40000)).toMatchObject({
      merchant: "Zorvex Gym",
      categoryId: "health-fitness.gym",
    });
  });

  it.each([
    ["PNP FAM ZORVEX", "food-dining.groceries"],
    ["PNP HYP KELDORA", "food-dining.groceries"],
    ["PNP LIQ ZORVEX", "food-dining.alcohol-bars"],
  ])("Pick n Pay by the abbreviations its tills print: %s is %s", (description, category) => {
    expect(inSouthAfrica(description, -5000).categoryId).toBe(category);
  });

  it("a card statement's payment received is still the card's payment", () => {
    expect(inSouthAfrica("PAYMENT RECEIVED - THANK YOU", 10000).categoryId).toBe(
      "transfer.credit-card-payment",
    );
  });

  it("an employer's salary through the clearing bureau shows the employer", () => {
    expect(inSouthAfrica("MAGTAPE CREDIT ZORVEX PTY LTD SALARY", 2000000)).toMatchObject({
      merchant: "Zorvex Pty Ltd",
      categoryId: "income.paycheck",
    });
  });

  it.each([
    // A home loan is a bond
    ["BOND REPAYMENT", -1000000, "home.mortgage-rent"],
    ["VEHICLE FINANCE", -600000, "auto-transport.auto-payment"],
    // Prepaid electricity is a utility, not a phone's prepaid airtime
    ["PREPAID ELEC", -50000, "bills-utilities.utilities"],
    ["PREPAID ELECTRICITY 04123456789", -50000, "bills-utilities.utilities"],
    // Cash paid in at a branch by the holder
    ["CASH DEP BRANCH", 50000, "transfer.transfer"],
    ["NOTIFIC FEE SMS NOTIFYME", -150, "fees-charges.bank-fee"],
    // The social grants agency and the unemployment fund pay benefits
    ["SASSA GRANT", 200000, "income"],
    ["UIF PAYMENT", 500000, "income"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inSouthAfrica(description, amount).categoryId).toBe(category);
  });

  it.each([
    "SEND MONEY APP DR",
    // Cash sent to a phone, to be drawn at a machine by whoever holds it
    "Cash Send",
    "Send-iMali",
  ])("%s, money sent to a person, stays uncategorized", (description) => {
    expect(inSouthAfrica(description, -5000).categoryId).toBeNull();
  });
});

describe("the phrases a transfer introduces its payee with", () => {
  it.each([
    ["BONIFICO A FAVORE DI KELDORA SILVA", "Keldora Silva"],
    ["BONIFICO A FAVORE DI ZORVEX SRL FATTURA 12", "Zorvex SRL"],
    ["TRANSFERENCIA A FAVOR DE KELDORA SILVA", "Keldora Silva"],
    ["UEBERWEISUNG ZUGUNSTEN ZORVEX GMBH", "Zorvex GmbH"],
  ])("%s is paid to %s", (description, merchant) => {
    expect(categorizeTransaction({ description, amount: -5000 }, euro).merchant).toBe(merchant);
  });
});

describe("a Brazilian purchase by QR code or through an app's processor", () => {
  it.each([
    // A Pix paid by a shop's QR code: the shop decides, and its name is read without the code's letters.
    ["PIX QRS IFOOD", "food-dining.food-delivery", "ifood"],
    ["PIX QRD KELDORA PADARIA", "food-dining.groceries", "keldora padaria"],
    // Mercado Pago's and iFood's codes before a star, after the card purchase's words.
    ["COMPRA CARTAO DEB IFD*IFOOD.COM", "food-dining.food-delivery", "ifood"],
    ["COMPRA CARTAO DEB MP*MERCADOLIVRE", "shopping.general-merchandise", "mercado livre"],
    // The ride app's company name.
    ["99 TECNOLOGIA LTDA", "auto-transport.ride-share", "99 app"],
  ])("%s is %s", (description, slug, key) => {
    expect(inBrazil(description, -4500)).toMatchObject({ categoryId: slug, sellerKey: key });
  });
});

describe("a Brazilian bank's fee for a withdrawal, and Portuguese and Italian 'da' before a name", () => {
  it("a TED sent to a person is a transfer", () => {
    expect(inBrazil("DOC/TED ENVIADO - KELDORA SILVA", -10000).categoryId).toBe("transfer.transfer");
  });

  it("the fee for a withdrawal is a fee, not cash taken out", () => {
    expect(inBrazil("Tarifa de saque", -650).categoryId).toBe("fees-charges.atm-fee");
    expect(inBrazil("Saque 24 horas", -20000).categoryId).toBe("transfer.cash-atm");
  });

  it("'da' that opens a name is dropped only before a name, the name's kind still decides", () => {
    expect(inBrazil("DA KELDORA PIZZARIA", -4500).categoryId).toBe("food-dining.fast-food");
  });
});

describe("Brazilian trades and bank wording by the words every town and bank uses", () => {
  it.each([
    // Trades a shop's or a clinic's name says
    ["ZORVEX SUPERMERCADOS", "food-dining.groceries"],
    ["SUPERMERC KELDORA", "food-dining.groceries"],
    ["ODONTO KELDORA", "health-fitness.dentist"],
    ["KELDORA DERMATOLOGIA", "health-fitness.doctor"],
    ["PRONTO SOCORRO ZORVEX", "health-fitness.doctor"],
    ["ESMALTERIA KELDORA", "personal-care"],
    ["DEPILACAO ZORVEX", "personal-care.spa-massage"],
    ["CURSO DE INGLES KELDORA", "education.tuition"],
    ["CASA DE RACAO ZORVEX", "pets.pet-food-supplies"],
    ["VIACAO KELDORA", "travel"],
    // A gym's legal name, cut by the terminal, is no school
    ["KELDORA FIT ESCOLA DE GIN", "health-fitness.gym"],
    ["ZORVEX COLCHOES", "home.furnishings"],
    ["MADEIREIRA KELDORA", "home.home-improvement"],
    ["MARMITARIA ZORVEX", "food-dining.restaurants"],
    ["BERCARIO KELDORA", "kids.babysitter-daycare"],
    ["NATACAO ZORVEX", "health-fitness.sports"],
    // Bottled cooking gas delivered to the door is a household bill, not a car's fuel
    ["DISK GAS KELDORA", "bills-utilities.utilities"],
  ])("%s is %s", (description, category) => {
    expect(inBrazil(description, -4500).categoryId).toBe(category);
  });

  it.each([
    ["DIVIDENDOS", 12000, "income.investment-income"],
    ["Reembolso", 3000, "income.refund-reimbursement"],
    ["Multa de atraso", -1200, "fees-charges.late-fee"],
    ["ENCARGOS LIMITE", -3000, "fees-charges.finance-charge"],
    ["ENCARGOS CHEQUE ESPECIAL", -3000, "fees-charges.finance-charge"],
    ["RENTAB.INVEST FACILCRED", 310, "income.interest-income"],
    ["Pagto conta luz", -15000, "bills-utilities.utilities"],
    ["APOSENTADORIA", 200000, "income"],
    ["ADIANTAMENTO SALARIAL", 150000, "income.paycheck"],
    ["DECIMO TERCEIRO", 300000, "income.paycheck"],
    ["TRANSF ENTRE CONTAS", -50000, "transfer.transfer"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inBrazil(description, amount).categoryId).toBe(category);
  });

  it("a refund word says nothing of money paid out", () => {
    expect(inBrazil("Reembolso", -3000).categoryId).toBeNull();
  });

  it.each([
    // The automatic debit's words, accented or cut, come off the biller's name
    ["Débito Automático ZORVEX ENERGIA", "zorvex energia"],
    ["DEB AUTOM ZORVEX ENERGIA", "zorvex energia"],
    // PicPay's purchase at a shop: "Pagamento em" is the payment's wording, the shop follows it
    ["Pagamento em KELDORA PADARIA", "keldora padaria"],
  ])("%s is paid to %s", (description, key) => {
    expect(inBrazil(description, -9900).sellerKey).toBe(key);
  });
});

describe("a date alone after a payment's wording", () => {
  it("Nubank's card bill paid on a day is still the card's bill, and names no seller", () => {
    expect(inBrazil("Pagamento em 31 JUL", 172700)).toMatchObject({
      categoryId: "transfer.credit-card-payment",
      sellerKey: "",
    });
  });

  it.each(["CARD PAYMENT 12 OCT", "POS 03 MAR"])("%s names no seller: the day is no name", (description) => {
    expect(categorizeTransaction({ description, amount: -1000 }, slugContext()).sellerKey).toBe("");
  });

  it("a short number that opens a name still does", () => {
    expect(categorizeTransaction({ description: "76 12 OCT", amount: -4000 }, slugContext()).sellerKey).toBe(
      "76",
    );
    expect(
      categorizeTransaction({ description: "KELDORA 12 MAR", amount: -4000 }, slugContext()).sellerKey,
    ).toBe("keldora");
  });
});

describe("gas in Brazil", () => {
  it.each([
    // "Gás" there is the bottled or piped gas a kitchen burns: a fuel station is a posto
    ["KELDORA GAS E AGUA", "bills-utilities.utilities"],
    ["CONTA DE GAS ZORVEX", "bills-utilities.utilities"],
    ["POSTO KELDORA", "auto-transport.gas-fuel"],
    // …and a longer phrase still reads as itself
    ["KELDORA GAS STATION", "auto-transport.gas-fuel"],
  ])("%s is %s", (description, category) => {
    expect(inBrazil(description, -11000).categoryId).toBe(category);
  });

  it("elsewhere gas is still a car's fuel", () => {
    expect(
      categorizeTransaction({ description: "KELDORA GAS", amount: -4000 }, slugContext()).categoryId,
    ).toBe("auto-transport.gas-fuel");
  });

  it.each([
    // The bottled gas distributors, the national lottery and McDonald's operator by the names their bills print
    ["LIQUIGAS", "bills-utilities.utilities"],
    ["SUPERGASBRAS", "bills-utilities.utilities"],
    ["MEGA SENA", "entertainment.gambling"],
    ["ARCOS DOURADOS", "food-dining.fast-food"],
    ["LIGHT SESA", "bills-utilities.utilities"],
  ])("%s is %s", (description, category) => {
    expect(inBrazil(description, -5000).categoryId).toBe(category);
  });
});

describe("Brazilian bank and broker lines a second probe found unread", () => {
  it.each([
    // Banco do Brasil's and the credit unions' channel words before the biller
    ["Pagto via Auto-Atend.BB - IPVA MG", -30000, "taxes.state-tax"],
    ["Pagamento de Convênio - ZORVEX SANEAMENTO", -8000, "bills-utilities.utilities"],
    ["DEB CONV ZORVEX SANEAMENTO", -8000, "bills-utilities.utilities"],
    ["COMPRA NACIONAL ELO KELDORA PADARIA", -1500, "food-dining.groceries"],
    // Taxes named anywhere in a boleto's payee
    ["Pagamento de Boleto - PREFEITURA MUN DE KELDORA IPTU", -40000, "taxes.property-tax"],
    ["IMPOSTO DE RENDA", -50000, "taxes.federal-tax"],
    ["IRRF", -500, "taxes.federal-tax"],
    // A broker's and an employer's payouts
    ["JUROS SOBRE CAPITAL PROPRIO", 5000, "income.investment-income"],
    ["PLR", 300000, "income.bonus"],
    ["PARTICIPACAO NOS LUCROS", 300000, "income.bonus"],
    ["SEG DESEMPREGO", 150000, "income"],
    ["Transferência Recebida - Ressarcimento de despesas", 12000, "income.refund-reimbursement"],
    // A home loan's instalment, revolving credit's interest, a broker's and a custodian's fees
    ["PRESTACAO HABITACIONAL", -90000, "home.mortgage-rent"],
    ["ENCARGOS ROTATIVO", -5000, "fees-charges.finance-charge"],
    ["CORRETAGEM", -500, "fees-charges.trade-commissions"],
    ["TAXA DE CUSTODIA", -500, "fees-charges.service-fee"],
    ["CESTA DE RELACIONAMENTO", -3000, "fees-charges.bank-fee"],
    // The holder's own money moved into an investment or a credit union's capital
    ["APLIC.INVEST FACIL", -10000, "transfer.transfer"],
    ["INTEGRALIZACAO DE CAPITAL", -10000, "transfer.transfer"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inBrazil(description, amount).categoryId).toBe(category);
  });

  it.each([
    ["DOACAO ZORVEX", "gifts-donations.charity"],
    // Doctors in Portuguese (in India MEDICOS is a chemist's name: see the next test)
    ["MEDICOS ASSOCIADOS KELDORA", "health-fitness.doctor"],
    ["CENTRO MEDICO ZORVEX", "health-fitness.doctor"],
    ["BUFFET INFANTIL KELDORA", "kids.kids-activities"],
    ["CRECHE ESCOLA ZORVEX", "kids.babysitter-daycare"],
    ["ZORVEX SEGUROS AUTO", "auto-transport.auto-insurance"],
    ["GOOGLE *GARENA FREE FIRE", "entertainment.games"],
    ["ASSAI 123", "food-dining.groceries"],
  ])("%s is %s", (description, category) => {
    expect(inBrazil(description, -5000).categoryId).toBe(category);
  });

  it("a street's rotating parking is parking, not a card's revolving credit", () => {
    expect(inBrazil("ESTACIONAMENTO ROTATIVO KELDORA", -500).categoryId).toBe("auto-transport.parking");
  });

  it("a basic food basket is no bank's fee package", () => {
    expect(inBrazil("CESTA BASICA KELDORA", -10000).categoryId).not.toBe("fees-charges.bank-fee");
  });

  it("MEDICOS after a shop's name is still a chemist's on an Indian account", () => {
    expect(
      categorizeTransaction(
        { description: "KELDORA MEDICOS", amount: -2000 },
        slugContext({ countries: countriesForCurrency("INR") }),
      ).categoryId,
    ).toBe("health-fitness.pharmacy");
  });
});

describe("Brazilian lines a third probe found unread", () => {
  it.each([
    // The yearly income tax refund names the tax it refunds: the refund decides
    ["Restituição Imposto de Renda", 145032, "income.refund-reimbursement"],
    ["CRED RESTITUICAO IR", 145032, "income.refund-reimbursement"],
    ["GASTOS CARTAO DE CREDITO", -145032, "transfer.credit-card-payment"],
    ["CRED INSS", 145032, "income"],
    ["PREST HABITACIONAL", -90000, "home.mortgage-rent"],
    ["FINANCIAMENTO VEICULO", -95000, "auto-transport.auto-payment"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inBrazil(description, amount).categoryId).toBe(category);
  });

  it.each([
    // Sicredi's, Sicoob's and Nubank's checkout wording before the shop
    ["COMPRAS NACIONAIS KELDORA PADARIA", "keldora padaria"],
    ["COMP DEB KELDORA PADARIA", "keldora padaria"],
    ["Compra no débito via NuPay - KELDORA PADARIA", "keldora padaria"],
  ])("%s is paid to %s", (description, key) => {
    expect(inBrazil(description, -5000).sellerKey).toBe(key);
  });

  it.each([
    ["DEDETIZADORA KELDORA", "home.home-services"],
    ["PIT DOG ZORVEX", "food-dining.fast-food"],
  ])("%s is %s", (description, category) => {
    expect(inBrazil(description, -5000).categoryId).toBe(category);
  });
});
