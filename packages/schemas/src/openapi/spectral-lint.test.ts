import { Spectral } from "@stoplight/spectral-core";
import { oas } from "@stoplight/spectral-rulesets";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi.ts";
import { PRODUCT_APIS, type ProductId } from "./operations.ts";

describe.each(Object.keys(PRODUCT_APIS) as ProductId[])("%s OpenAPI document", (product) => {
  it("lints clean with Spectral's recommended OAS ruleset: no errors, no warnings", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas, "recommended"]] } as never);
    const results = await spectral.run(JSON.stringify(buildOpenApiDocument(product)));
    expect(results.map((r) => `${r.code} at ${r.path.join(".")}: ${r.message}`)).toEqual([]);
  }, 30_000);
});
