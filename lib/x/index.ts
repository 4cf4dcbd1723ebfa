export * from "./facts";
export * from "./sources";
