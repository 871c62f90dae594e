import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth";

export const metadata: Metadata = { title: "Transactions" };

export default async function TransactionsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Transactions" />
      <EmptyState title="No transactions yet">
        Once an account is linked, every transaction appears here, newest first, with its category. You will
        be able to filter by account and month, search by seller, and change any category.
      </EmptyState>
    </>
  );
}
