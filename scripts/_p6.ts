import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { resolveSeller } from "@/server/categorize/normalize";

for (const t of process.argv.slice(3)) {
  const m = resolveSeller(t, defaultSellerDictionary(), { countries: countriesForCurrency(process.argv[2]) });
  console.log(
    JSON.stringify(t),
    "→",
    m.key,
    "|",
    m.known ? `${m.known.key}/${m.known.slug}/${m.known.origin}/${m.known.countries}` : "-",
    "| bank:",
    m.bankWord?.text,
    "| biz:",
    m.business?.word,
    m.business?.slug,
    m.business?.confidence,
  );
}
