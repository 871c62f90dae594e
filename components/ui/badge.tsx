import { clsx } from "clsx";

type Tone = "neutral" | "success" | "warning" | "info";

const tones: Record<Tone, string> = {
  neutral: "bg-surface-strong text-fg-muted ring-line",
  success: "bg-accent-soft text-accent ring-accent-line",
  warning: "bg-warning-soft text-warning ring-warning-line",
  info: "bg-info-soft text-info ring-info-line",
};

/** A short status label ("Active", "Pending"); its meaning is in the text, never in the colour alone. */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: React.ReactNode }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
