import { clsx } from "clsx";

/** A grey placeholder block while a widget's data loads. Hidden from assistive technology. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={clsx("animate-pulse rounded-md bg-skeleton", className)} />;
}

/** Announces once, politely, that a region is loading; pair it with Skeleton blocks. */
export function LoadingRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
