import { clsx } from "clsx";

export function Alert({
  tone = "error",
  children,
}: {
  tone?: "error" | "success" | "info";
  children: React.ReactNode;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={clsx(
        "rounded-lg px-4 py-3 text-sm ring-1",
        tone === "error" && "bg-danger-soft text-danger ring-danger-line",
        tone === "success" && "bg-accent-soft text-accent ring-accent-line",
        tone === "info" && "bg-info-soft text-info ring-info-line",
      )}
    >
      {children}
    </div>
  );
}
