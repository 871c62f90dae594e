export * from "./accounts";
export * from "./categories";
export * from "./notifications";
export * from "./transactions";
export * from "./users";
