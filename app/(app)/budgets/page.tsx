import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Budgets" />
      <EmptyState title="Budgets are not built yet">
        Tally will recommend a monthly budget for each category from your income and your own history, let you
        set any category by hand, and tell you when a category approaches or passes its budget.
      </EmptyState>
    </>
  );
}
