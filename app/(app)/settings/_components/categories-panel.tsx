"use client";

import { useActionState, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createCategoryAction, updateCategoryAction } from "../actions";

type Group = { id: string; name: string };
type OwnCategory = { id: string; name: string; group: string; hidden: boolean };

export function CategoriesPanel({ groups, own }: { groups: Group[]; own: OwnCategory[] }) {
  const [state, formAction, pending] = useActionState(createCategoryAction, null);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};

  const save = (id: string, changes: { name?: string; hidden?: boolean }) =>
    startSaving(async () => {
      const result = await updateCategoryAction({ id, ...changes });
      setError(result.ok ? null : result.error.message);
      if (result.ok) setEditing(null);
    });

  return (
    <div className="space-y-6">
      <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field label="New category" name="name" placeholder="Climbing gym" error={fields.name} />
        <div className="space-y-1">
          <label htmlFor="category-group" className="block text-sm font-medium text-fg-muted">
            In group
          </label>
          <select
            id="category-group"
            name="parent_id"
            className="block w-full rounded-lg border border-control bg-surface px-3 py-2 text-sm"
          >
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add category"}
        </Button>
      </form>
      {state && !state.ok && !state.error.fields ? <Alert>{state.error.message}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      {own.length === 0 ? (
        <p className="text-sm text-fg-muted">
          You have no categories of your own yet. Tally&apos;s defaults cover most spending; add one when they
          don&apos;t.
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg ring-1 ring-line">
          {own.map((category) => (
            <li key={category.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              {editing === category.id ? (
                <form
                  className="flex flex-1 items-end gap-2"
                  onSubmit={(event) => {
                    event.preventDefault();
                    save(category.id, { name: draft });
                  }}
                >
                  <Field
                    label={`Rename ${category.name}`}
                    value={draft}
                    onChange={(event) => setDraft(event.target.value)}
                    className="flex-1"
                    autoFocus
                  />
                  <Button type="submit" disabled={saving}>
                    Save
                  </Button>
                  <Button variant="secondary" onClick={() => setEditing(null)}>
                    Cancel
                  </Button>
                </form>
              ) : (
                <>
                  <div>
                    <p
                      className={
                        category.hidden ? "text-sm text-fg-subtle line-through" : "text-sm font-medium"
                      }
                    >
                      {category.name}
                    </p>
                    <p className="text-xs text-fg-muted">
                      {category.group}
                      {category.hidden ? " · hidden from pickers" : ""}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setDraft(category.name);
                        setEditing(category.id);
                      }}
                    >
                      Rename
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={saving}
                      onClick={() => save(category.id, { hidden: !category.hidden })}
                    >
                      {category.hidden ? "Show" : "Hide"}
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
