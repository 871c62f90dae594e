import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center px-4 text-center"
    >
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">There is no page here</h1>
      <p className="mt-2 text-sm text-fg-muted">The link may be old, or the address mistyped.</p>
      <Link href="/dashboard" className={buttonClasses("primary", "mt-6")}>
        Go to your dashboard
      </Link>
    </main>
  );
}
