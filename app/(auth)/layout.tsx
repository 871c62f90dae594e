import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 flex items-center gap-2 text-xl font-semibold text-fg">
        {/* biome-ignore lint/performance/noImgElement: a 32px static SVG needs no optimization */}
        <img src="/icon.svg" alt="" width={32} height={32} />
        Tally
      </Link>
      <main id="main" className="w-full max-w-sm rounded-2xl bg-surface p-8 shadow-sm ring-1 ring-line">
        {children}
      </main>
    </div>
  );
}
