import { clsx } from "clsx";
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from "react";

type Described = { label: string; error?: string; hint?: string; className?: string; id?: string };

type ControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
};

/**
 * The label, hint and error around one form control, wired so that assistive technology reads the error (or the
 * hint) with the control and knows when it is invalid.
 */
function Labelled({
  label,
  error,
  hint,
  className,
  id,
  control,
}: Described & { control: (props: ControlProps) => ReactNode }) {
  const generated = useId();
  const controlId = id ?? generated;
  const describedBy = [error ? `${controlId}-error` : null, hint && !error ? `${controlId}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={clsx("space-y-1", className)}>
      <label htmlFor={controlId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: clsx(
          "block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400",
          error ? "border-red-500" : "border-slate-300",
        ),
      })}
      {hint && !error ? (
        <p id={`${controlId}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${controlId}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & Described;

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field({ label, error, hint, className, id, ...props }: FieldProps) {
  return (
    <Labelled
      label={label}
      error={error}
      hint={hint}
      className={className}
      id={id}
      control={(control) => <input {...control} {...props} />}
    />
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> &
  Described & { options: { value: string; label: string }[] };

/** A labelled native select, the counterpart of Field. */
export function SelectField({ label, error, hint, className, id, options, ...props }: SelectFieldProps) {
  return (
    <Labelled
      label={label}
      error={error}
      hint={hint}
      className={className}
      id={id}
      control={(control) => (
        <select {...control} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
