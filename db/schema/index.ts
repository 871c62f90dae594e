export * from "./accounts";
export * from "./budgets";
export * from "./categories";
export * from "./jobs";
export * from "./notifications";
export * from "./spending";
export * from "./transactions";
export * from "./users";
