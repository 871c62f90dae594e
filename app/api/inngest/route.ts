// GET/POST/PUT /api/inngest — where an Inngest server discovers and invokes Tally's functions.
// Unused in embedded mode, where the same functions run in-process.

import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/index";

export const { GET, POST, PUT } = serve({ client: inngest, functions });
