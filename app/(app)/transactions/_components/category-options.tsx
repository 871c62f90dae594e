import type { CategoryOption } from "./types";

/** A category picker's options: a placeholder, then the categories under their groups, in the order given. */
export function CategoryOptions({ categories }: { categories: readonly CategoryOption[] }) {
  const groups = new Map<string, CategoryOption[]>();
  for (const category of categories) {
    groups.set(category.group, [...(groups.get(category.group) ?? []), category]);
  }
  return (
    <>
      <option value="" disabled>
        Choose a category
      </option>
      {[...groups].map(([group, options]) => (
        <optgroup key={group} label={group}>
          {options.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
