import { AssetCreateRequest, type InventoryAsset, MIGRATION_STATUSES } from "@portico/schemas/pqc";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assetsToCsv, csvToAssetInputs } from "./asset-csv.ts";
import { hostileText, runnableCells } from "./testing.ts";

const AT = "2026-03-14T09:26:53.589Z";

/** An asset as the sandbox would store it: every text field as `AssetCreateRequest` leaves it. */
const storedAsset = fc
  .record({
    id: fc.uuid({ version: 7 }),
    hostname: hostileText,
    system: hostileText,
    protocol: hostileText,
    algorithm: hostileText,
    keySize: fc.integer({ min: 1, max: 65_536 }),
    quantumVulnerable: fc.boolean(),
    migrationStatus: fc.constantFrom(...MIGRATION_STATUSES),
  })
  .map(({ id, ...fields }) => ({ id, parsed: AssetCreateRequest.safeParse(fields) }))
  .filter(({ parsed }) => parsed.success)
  .map(
    ({ id, parsed }): InventoryAsset => ({
      id,
      ...(parsed.data as Required<AssetCreateRequest>),
      createdAt: AT,
      updatedAt: AT,
    }),
  );

/** What an import makes of a report: each row's fields as the import's schema reads them. */
const imported = (csv: string) => csvToAssetInputs(csv).map(({ input }) => AssetCreateRequest.parse(input));

describe("the report's CSV", () => {
  it("names the columns the import reads, in the report's order", () => {
    expect(assetsToCsv([]).trim()).toBe(
      "id,hostname,system,protocol,algorithm,keySize,quantumVulnerable,migrationStatus,createdAt,updatedAt",
    );
  });

  it("imports back to the values it exported, and exports them again byte for byte", () => {
    fc.assert(
      fc.property(fc.array(storedAsset, { minLength: 1, maxLength: 5 }), (assets) => {
        const report = assetsToCsv(assets);
        expect(runnableCells(report)).toEqual([]);
        const back = imported(report);
        expect(back).toEqual(assets.map(({ id, createdAt, updatedAt, ...fields }) => fields));
        const again = assetsToCsv(back.map((fields, i) => ({ ...(assets[i] as InventoryAsset), ...fields })));
        expect(again).toBe(report);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps an apostrophe a value began with, and takes a hand-written formula as written", () => {
    const header = "hostname,system,protocol,algorithm,keySize\r\n";
    const [exported, written] = imported(`${header}'''=x,'-5,''b,"'""@y",1\r\n=x,-5,'b,"@y",1\r\n`);
    expect(exported).toMatchObject({ hostname: "''=x", system: "-5", protocol: "''b", algorithm: '"@y' });
    expect(written).toMatchObject({ hostname: "=x", system: "-5", protocol: "'b", algorithm: "@y" });
  });
});
