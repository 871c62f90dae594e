"use client";

import { useState } from "react";

/** Which data point the pointer is over, from a Recharts chart's mouse events (null when none). */
export function useActiveIndex() {
  const [active, setActive] = useState<number | null>(null);
  return {
    active,
    handlers: {
      onMouseMove: (state: { activeTooltipIndex?: unknown } | null | undefined) => {
        const index = Number(state?.activeTooltipIndex);
        setActive(Number.isInteger(index) && index >= 0 ? index : null);
      },
      onMouseLeave: () => setActive(null),
    },
  };
}
