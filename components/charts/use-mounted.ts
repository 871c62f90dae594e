"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and in the first render, true once in the browser. Charts draw only then: their size
 * comes from the browser's layout, so a server rendering is empty anyway, and skipping it keeps every
 * dashboard render cheap.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
