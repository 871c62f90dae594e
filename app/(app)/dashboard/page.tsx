import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const greeting = user.name ? `Hi, ${user.name.split(" ")[0]}` : "Welcome to Tally";
  return (
    <>
      <PageHeader title={greeting} description="Your money at a glance." />
      <EmptyState
        title="Link your first account"
        action={
          <Link href="/accounts" className={buttonClasses("primary")}>
            Link an account
          </Link>
        }
      >
        Connect a bank with its OFX login, upload a statement file, or try the built-in Demo Bank. Tally
        imports your transactions, sorts them into categories and shows where your money goes each month.
      </EmptyState>
    </>
  );
}
