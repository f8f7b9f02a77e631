import type { z } from "zod";
import { schemas as feedback } from "./feedback.ts";
import { schemas as mcp } from "./mcp-clients.ts";
import { PRODUCTS } from "./products.ts";
import { schemas as portico } from "./sandbox-keys.ts";

/** Schema groups content may cite: each product's own, Portico's own APIs', and MCP clients' configurations. */
const groups: [string, Record<string, z.ZodType>][] = [
  ...PRODUCTS.map((product): [string, Record<string, z.ZodType>] => [product.id, product.schemas]),
  ["portico", portico],
  ["feedback", feedback],
  ["mcp", mcp],
];

/** Every schema that content may name, keyed `<group>.<Name>`. */
export const schemaRegistry: ReadonlyMap<string, z.ZodType> = new Map(
  groups.flatMap(([group, entries]) =>
    Object.entries(entries).map(([name, schema]) => [`${group}.${name}`, schema] as const),
  ),
);

/** `<product>.<QuerySchema>` → the `METHOD /path` whose query it describes, for request-line examples. */
export const queryRoutes: ReadonlyMap<string, string> = new Map(
  PRODUCTS.flatMap((product) =>
    Object.entries(product.queryRoutes).flatMap(([name, route]) =>
      route === undefined ? [] : [[`${product.id}.${name}`, route] as const],
    ),
  ),
);
