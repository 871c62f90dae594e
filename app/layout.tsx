import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { requestTheme } from "@/components/theme/server-theme";
import { themeAttribute } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tally", template: "%s · Tally" },
  description: "Your accounts, spending and budgets in one calm place.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#047857" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry this response's CSP nonce (set by proxy.ts).
  await headers();
  // Rendered on the server from the cookie, so the first paint already has the chosen theme.
  const theme = themeAttribute(await requestTheme());
  return (
    <html lang="en" data-theme={theme}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:text-fg focus:shadow-lg"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
