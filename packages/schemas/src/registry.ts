import type { z } from "zod";
import { schemas as feedback } from "./feedback.ts";
import { schemas as pqc, queryRoutes as pqcQueryRoutes } from "./pqc.ts";
import { schemas as portico } from "./sandbox-keys.ts";
import { schemas as throttle, queryRoutes as throttleQueryRoutes } from "./throttle.ts";

/** One entry per product schema module; adding a product adds one line here. */
const modules: Record<string, Record<string, z.ZodType>> = { pqc, throttle, portico, feedback };

/** Every schema that content may name, keyed `<product>.<Name>`. */
export const schemaRegistry: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries(modules).flatMap(([product, entries]) =>
    Object.entries(entries).map(([name, schema]) => [`${product}.${name}`, schema] as const),
  ),
);

/** `<product>.<QuerySchema>` → the `METHOD /path` whose query it describes, for request-line examples. */
export const queryRoutes: ReadonlyMap<string, string> = new Map([
  ...Object.entries(pqcQueryRoutes).map(([name, route]) => [`pqc.${name}`, route] as const),
  ...Object.entries(throttleQueryRoutes).map(([name, route]) => [`throttle.${name}`, route] as const),
]);
