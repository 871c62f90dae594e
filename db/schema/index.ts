export * from "./accounts";
export * from "./categories";
export * from "./jobs";
export * from "./transactions";
export * from "./users";
