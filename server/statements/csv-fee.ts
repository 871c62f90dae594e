import "server-only";

import type { AmountCell } from "@/server/statements/amounts";
import { normalizeName } from "@/server/statements/csv-header-names";
import { balanceRelation, type Money } from "@/server/statements/csv-money";
import { type ColumnProfile, writtenValue } from "@/server/statements/csv-profile";

// Revolut writes a fee beside the amount ("-100.00" and "0.50" for an exchange) and its balance falls by both:
// the money that left is the two together. A fee column is read only when the running balance shows it, so a
// fee some other export already counts in its amount is not taken twice.

const FEE = /\b(fee|fees|gebuhr|gebuhren|frais|comision|commissione|commissioni|prowizja|poplatek|avgift)\b/;

export function findFeeColumn(profiles: ColumnProfile[], money: Money): ColumnProfile | undefined {
  const { amount, balance } = money;
  if (!amount || !balance) return undefined;
  const without = balanceRelation(money, balance);
  for (const fee of profiles) {
    if (fee === amount || fee === balance || fee.nonZero === 0 || !FEE.test(normalizeName(fee.name)))
      continue;
    const cells = amount.cells.map((cell, i) => withFee(cell, fee.cells[i] ?? null));
    const withIt = balanceRelation({ ...money, amount: { ...amount, cells } }, balance);
    // The fee rows must add up only with the fee taken, and the balance must fall as amounts go negative.
    if (withIt && withIt.sign === 1 && withIt.matches > (without?.matches ?? 0)) return fee;
  }
  return undefined;
}

function withFee(cell: AmountCell | null, fee: AmountCell | null): AmountCell | null {
  if (!fee || fee.magnitude === 0) return cell;
  const value = (writtenValue(cell) ?? 0) - fee.magnitude;
  return {
    magnitude: Math.abs(value),
    sign: value < 0 ? "-" : null,
    mark: null,
    currency: cell?.currency ?? null,
  };
}
