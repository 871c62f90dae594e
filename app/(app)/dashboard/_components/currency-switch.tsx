import Link from "next/link";

/**
 * Which currency the dashboard's totals are in, for a user with transactions in several: dollars and euros are
 * never added up, so each is shown on its own. Renders nothing for a one-currency user.
 */
export function CurrencySwitch({
  currencies,
  current,
  href,
}: {
  currencies: readonly string[];
  current: string;
  href: (currency: string) => string;
}) {
  if (currencies.length < 2) return null;
  return (
    <nav aria-label="Currency" className="flex flex-wrap items-center gap-1 text-sm">
      {currencies.map((code) => (
        <Link
          key={code}
          href={href(code)}
          aria-current={code === current ? "true" : undefined}
          className={
            code === current
              ? "inline-flex min-h-9 items-center rounded-md bg-primary px-3 font-medium text-on-primary"
              : "inline-flex min-h-9 items-center rounded-md px-3 text-fg-muted hover:bg-surface-strong hover:text-fg"
          }
        >
          {code}
        </Link>
      ))}
    </nav>
  );
}
