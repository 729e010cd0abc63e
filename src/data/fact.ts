import type { Fact } from "./schema.ts";

/** The value of a sourced fact, or undefined when the data records it as unknown. */
export function known<T>(fact: Fact<T>): T | undefined {
  return fact.value === "unknown" ? undefined : (fact.value as T);
}
