import Link from "next/link";
import { requireUser } from "@/server/auth";
import { signOutAction } from "../(auth)/actions";
import { AdoptTimeZone } from "./_components/adopt-time-zone";
import { NavLinks } from "./_components/nav-links";
import { NotificationBell } from "./_components/notification-bell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      {user.timeZone ? null : <AdoptTimeZone />}
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4">
          <div className="flex items-center gap-6">
            <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-slate-900">
              {/* biome-ignore lint/performance/noImgElement: a 28px static SVG needs no optimization */}
              <img src="/icon.svg" alt="" width={28} height={28} />
              Tally
            </Link>
            <NavLinks />
          </div>
          <div className="flex items-center gap-3">
            <span className="hidden max-w-48 truncate text-sm text-slate-600 sm:inline" title={user.email}>
              {user.name ?? user.email}
            </span>
            <NotificationBell />
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
