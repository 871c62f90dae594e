import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Accounts" />
      <EmptyState title="Account linking is on its way">
        This is where you will link a bank with its OFX Direct Connect login, upload OFX, QFX, QIF or CSV
        statements, or try the built-in Demo Bank, and see each account&apos;s balance and last sync.
      </EmptyState>
    </>
  );
}
