export * from "./accounts";
export * from "./categories";
export * from "./spending";
export * from "./transactions";
export * from "./users";
