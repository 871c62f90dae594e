import type { Metadata } from "next";
import { AuthForm } from "../_components/auth-form";
import { OAuthButtons } from "../_components/oauth-buttons";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create your account" };

export default function SignupPage() {
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-slate-600">
        Link your accounts, see where your money goes, and set budgets that fit.
      </p>
      <AuthForm mode="signup" action={signUpAction} />
      <OAuthButtons />
    </>
  );
}
