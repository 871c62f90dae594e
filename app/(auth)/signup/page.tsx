import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth";
import { AuthForm } from "../_components/auth-form";
import { OAuthButtons } from "../_components/oauth-buttons";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignupPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-fg-muted">
        Link your accounts, see where your money goes, and set budgets that fit.
      </p>
      <AuthForm mode="signup" action={signUpAction} />
      <OAuthButtons />
    </>
  );
}
