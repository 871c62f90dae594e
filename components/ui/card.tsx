import { clsx } from "clsx";

export function Card({
  className,
  children,
  labelledBy,
}: {
  className?: string;
  children: React.ReactNode;
  /** The id of the card's heading, so the section is a named region for screen-reader navigation. */
  labelledBy?: string;
}) {
  return (
    <section
      aria-labelledby={labelledBy}
      className={clsx("rounded-xl bg-surface p-5 shadow-sm ring-1 ring-line", className)}
    >
      {children}
    </section>
  );
}

/** A page's title. Focus moves to it after each navigation (see FocusMainHeading), hence tabIndex -1. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 tabIndex={-1} className="text-2xl font-semibold tracking-tight text-fg">
          {title}
        </h1>
        {description ? <p className="mt-1 text-sm text-fg-muted">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="rounded-xl border-2 border-dashed border-line bg-surface px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-fg">{title}</h2>
      <div className="mx-auto mt-2 max-w-md text-sm text-fg-muted">{children}</div>
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
