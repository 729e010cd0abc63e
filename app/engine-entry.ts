/**
 * What engine.ts loads: recommend() and, through it, the matrix. A module of its own, so the
 * browser's import() gives its exports directly (a shared chunk would need a namespace object).
 */
export { recommend } from "../src/recommend.ts";
