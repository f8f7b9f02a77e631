import { buildOpenApiDocument } from "@portico/schemas/openapi";
import type { ProductId } from "@portico/schemas/products";
import openapiTS, { astToString } from "openapi-typescript";

const BANNER = "// Generated from the OpenAPI document by `pnpm --filter @portico/api-client generate`. Do not edit.\n";

/** The TypeScript types of one product's API, from the document the portal serves. */
export async function generateTypes(product: ProductId): Promise<string> {
  const ast = await openapiTS(buildOpenApiDocument(product) as Parameters<typeof openapiTS>[0]);
  return BANNER + astToString(ast);
}
