export * from "./accounts";
export * from "./categories";
export * from "./statements";
export * from "./transactions";
export * from "./users";
