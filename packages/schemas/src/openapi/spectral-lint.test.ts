import { Spectral } from "@stoplight/spectral-core";
import { oas } from "@stoplight/spectral-rulesets";
import { describe, expect, it } from "vitest";
import { SERVED_DOCUMENTS, servedDocument } from "./build-openapi.ts";

describe.each(SERVED_DOCUMENTS)("%s OpenAPI document", (id) => {
  it("lints clean with Spectral's recommended OAS ruleset: no errors, no warnings", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas, "recommended"]] } as never);
    const results = await spectral.run(JSON.stringify(servedDocument(id)));
    expect(results.map((r) => `${r.code} at ${r.path.join(".")}: ${r.message}`)).toEqual([]);
  }, 30_000);
});
