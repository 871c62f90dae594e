"use client";

import { useRef, useState } from "react";

const BROWSING_KEYS = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

/**
 * A native select that applies its choice once the person has made it, not on every arrow key: browsers fire
 * `change` for each arrow press on a closed select, and applying each one (reloading a list) makes keyboard
 * use miserable. A choice made with the mouse or the open list applies at once; one reached with the arrow
 * keys (or by typing) applies on Enter or when focus leaves.
 */
export function useCommitSelect(value: string, commit: (value: string) => void) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const browsing = useRef(false);
  // Another change of the URL (a link, "Clear filters") resets the draft.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const apply = (next: string) => {
    browsing.current = false;
    if (next !== value) commit(next);
  };
  return {
    value: draft,
    onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
      setDraft(event.target.value);
      if (!browsing.current) apply(event.target.value);
    },
    onKeyDown: (event: React.KeyboardEvent<HTMLSelectElement>) => {
      if (event.key === "Enter") {
        event.preventDefault();
        apply(event.currentTarget.value);
      } else if (BROWSING_KEYS.has(event.key) || event.key.length === 1) {
        browsing.current = true;
      }
    },
    onPointerDown: () => {
      browsing.current = false;
    },
    onBlur: (event: React.FocusEvent<HTMLSelectElement>) => apply(event.currentTarget.value),
  };
}
