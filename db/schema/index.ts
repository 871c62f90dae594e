export * from "./accounts";
export * from "./categories";
export * from "./transactions";
export * from "./users";
