"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation to another page, moves focus to the new page's main heading, as a full page
 * load would put a screen reader at the top: otherwise focus stays on the link just used, in a page that has
 * changed under it. Changes of the query alone (a filter, a month) keep focus where the person is working.
 */
export function FocusMainHeading() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // Pages the router keeps for Back stay in the document, hidden: pick the heading that is shown.
    const heading = [...document.querySelectorAll<HTMLElement>("#main h1")].find((h1) =>
      h1.checkVisibility(),
    );
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  }, [pathname]);
  return null;
}
