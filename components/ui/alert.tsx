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
        "rounded-lg px-4 py-3 text-sm",
        tone === "error" && "bg-red-50 text-red-800 ring-1 ring-red-200",
        tone === "success" && "bg-brand-50 text-brand-900 ring-1 ring-brand-100",
        tone === "info" && "bg-sky-50 text-sky-900 ring-1 ring-sky-200",
      )}
    >
      {children}
    </div>
  );
}
