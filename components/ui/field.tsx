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
      <label htmlFor={controlId} className="block text-sm font-medium text-fg">
        {label}
      </label>
      {control({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: clsx(
          "block w-full rounded-lg border bg-surface px-3 py-2 text-sm text-fg shadow-sm placeholder:text-fg-subtle",
          error ? "border-danger-strong" : "border-control",
        ),
      })}
      {hint && !error ? (
        <p id={`${controlId}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${controlId}-error`} className="text-xs text-danger">
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
