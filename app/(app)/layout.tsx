import Link from "next/link";
import { requestTheme } from "@/components/theme/server-theme";
import { ThemeSelect } from "@/components/theme/theme-select";
import { FocusMainHeading } from "@/components/ui/focus-main-heading";
import { requireUser } from "@/server/auth";
import { signOutAction } from "../(auth)/actions";
import { AdoptTimeZone } from "./_components/adopt-time-zone";
import { NavLinks } from "./_components/nav-links";
import { NotificationBell } from "./_components/notification-bell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [user, theme] = await Promise.all([requireUser(), requestTheme()]);
  return (
    <div className="min-h-screen">
      {user.timeZone ? null : <AdoptTimeZone />}
      <header className="sticky top-0 z-10 border-b border-line bg-surface/95 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4">
          <div className="flex items-center gap-4 md:gap-6">
            <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-fg">
              {/* biome-ignore lint/performance/noImgElement: a 28px static SVG needs no optimization */}
              <img src="/icon.svg" alt="" width={28} height={28} />
              {/* On a phone the logo alone leaves room for the bell, the theme and "Sign out". */}
              <span className="max-sm:sr-only">Tally</span>
            </Link>
            <NavLinks />
          </div>
          <div className="flex items-center gap-2 sm:gap-3">
            <span className="hidden max-w-48 truncate text-sm text-fg-muted lg:inline" title={user.email}>
              {user.name ?? user.email}
            </span>
            <NotificationBell />
            <ThemeSelect initial={theme} />
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-fg-muted hover:bg-surface-strong hover:text-fg"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <FocusMainHeading />
        {children}
      </main>
    </div>
  );
}
