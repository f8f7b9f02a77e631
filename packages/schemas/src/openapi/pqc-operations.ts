import { z } from "zod";
import { Uuid } from "../common.ts";
import {
  AssetCreateRequest,
  AssetUpdateRequest,
  AuditEventListResponse,
  ImportResponse,
  InventoryAsset,
  InventoryListQuery,
  InventoryListResponse,
  QUOTAS,
  ReportQuery,
} from "../pqc.ts";
import { EXAMPLE_CURSOR, EXAMPLE_IDS, EXAMPLE_REQUEST_ID, EXAMPLE_TIME } from "./examples.ts";
import type { OperationSpec } from "./operation.ts";

const asset = {
  id: EXAMPLE_IDS.asset,
  hostname: "api-001.eu-west.example.internal",
  system: "Payments gateway",
  protocol: "TLS 1.2",
  algorithm: "RSA-2048",
  keySize: 2048,
  quantumVulnerable: true,
  migrationStatus: "planned",
  createdAt: EXAMPLE_TIME,
  updatedAt: EXAMPLE_TIME,
};
const AssetPath = z.object({ assetId: Uuid.meta({ param: { example: EXAMPLE_IDS.asset } }) });
const scope = (name: "read" | "write" | "reports") => `the \`${name}\` scope`;
const csvHeader = "id,hostname,system,protocol,algorithm,keySize,quantumVulnerable,migrationStatus,createdAt,updatedAt";
/** Where the report neutralises a formula, which is also where the import takes the neutralising back. */
const cellStarts =
  "wherever a spreadsheet may start a cell (a value's start, or right after a `,`, `;`, tab or line break in it)";
const formulaAhead = "`=`, `+`, `-`, `@`, tab or carriage return, possibly behind `'` or `\"` characters";
const csvRow = `${asset.id},${asset.hostname},${asset.system},${asset.protocol},${asset.algorithm},2048,true,planned,${EXAMPLE_TIME},${EXAMPLE_TIME}`;

/** Every operation of the PQC Inventory sandbox, in the order the reference lists them. */
export const pqcOperations: OperationSpec[] = [
  {
    operationId: "listInventory",
    method: "get",
    path: "/v1/pqc/inventory",
    summary: "List inventory assets",
    description: "Cursor pagination with stable ordering: pass `nextCursor` back as `cursor` until `hasMore` is false.",
    tag: "Inventory",
    permission: scope("read"),
    query: InventoryListQuery,
    responses: {
      200: {
        description: "A page of assets",
        schema: InventoryListResponse,
        example: { items: [asset], nextCursor: EXAMPLE_CURSOR, hasMore: true },
      },
    },
  },
  {
    operationId: "getAsset",
    method: "get",
    path: "/v1/pqc/inventory/{assetId}",
    summary: "Get an asset",
    description: "One asset of the tenant. Needs the `read` scope.",
    tag: "Inventory",
    permission: scope("read"),
    pathParams: AssetPath,
    responses: { 200: { description: "The asset", schema: InventoryAsset, example: asset } },
  },
  {
    operationId: "createAsset",
    quota: QUOTAS.assets,
    method: "post",
    path: "/v1/pqc/inventory",
    summary: "Add an asset",
    description: "`quantumVulnerable` is derived from the algorithm when left out. Needs the `write` scope.",
    tag: "Inventory",
    permission: scope("write"),
    requestBody: {
      schema: AssetCreateRequest,
      example: {
        hostname: asset.hostname,
        system: asset.system,
        protocol: asset.protocol,
        algorithm: asset.algorithm,
        keySize: 2048,
      },
    },
    responses: {
      201: {
        description: "The asset was added",
        schema: InventoryAsset,
        example: { ...asset, migrationStatus: "not_started" },
        headers: {
          Location: { description: "The new asset's path", schema: { type: "string" }, required: true },
        },
      },
    },
  },
  {
    operationId: "updateAsset",
    method: "patch",
    path: "/v1/pqc/inventory/{assetId}",
    summary: "Update an asset",
    description:
      "Changes any of an asset's fields; changing the algorithm re-derives `quantumVulnerable` unless it is sent. Needs the `write` scope.",
    tag: "Inventory",
    permission: scope("write"),
    pathParams: AssetPath,
    requestBody: { schema: AssetUpdateRequest, example: { migrationStatus: "in_progress" } },
    responses: {
      200: {
        description: "The updated asset",
        schema: InventoryAsset,
        example: { ...asset, migrationStatus: "in_progress" },
      },
    },
  },
  {
    operationId: "importInventory",
    quota: QUOTAS.assets,
    method: "post",
    path: "/v1/pqc/inventory/imports",
    summary: "Import assets from CSV",
    description:
      "A CSV in the report export's format, as `multipart/form-data` field `file`. Every row is checked first; one invalid row and nothing is imported." +
      ` One \`'\` is removed ${cellStarts} where it is followed by ${formulaAhead}: exactly the apostrophes the report inserts, so a report imports back to the values it exported; every other apostrophe is kept.`,
    tag: "Inventory",
    permission: scope("write"),
    requestBody: {
      contentType: "multipart/form-data",
      schema: {
        type: "object",
        required: ["file"],
        // `format: binary` beside 3.1's `contentMediaType`: generators (hey-api, openapi-typescript)
        // type only that as a file (`Blob | File`); with `contentMediaType` alone the part is a `string`.
        properties: { file: { type: "string", format: "binary", contentMediaType: "text/csv" } },
      },
      example: { file: `${csvHeader}\n${csvRow}\n` },
    },
    responses: {
      201: {
        description: "All rows were imported",
        schema: ImportResponse,
        example: { imported: 1, requestId: EXAMPLE_REQUEST_ID },
      },
    },
  },
  {
    operationId: "exportInventoryReport",
    method: "get",
    path: "/v1/pqc/reports/inventory",
    summary: "Export the inventory report",
    description:
      "A binary download with `Content-Type` and `Content-Disposition`. Needs the `reports` scope." +
      ` Formulas are neutralised as OWASP advises: one \`'\` is inserted ${cellStarts} that is followed by ${formulaAhead}. Numbers are not exempt (\`-5\` is exported as \`'-5\`); a value that began with \`'=\` gains one more (\`''=\`), so the import, which removes exactly these, gives every value back.`,
    tag: "Reports",
    permission: scope("reports"),
    query: ReportQuery,
    responses: {
      200: {
        description: "The inventory as CSV",
        contentType: "text/csv; charset=utf-8",
        schema: { type: "string" },
        example: `${csvHeader}\r\n${csvRow}\r\n`,
        headers: {
          "Content-Disposition": {
            description: '`attachment; filename="pqc-inventory-<date>.csv"`',
            schema: { type: "string" },
            example: 'attachment; filename="pqc-inventory-2026-11-25.csv"',
            required: true,
          },
        },
      },
    },
  },
  {
    operationId: "listAuditEvents",
    method: "get",
    path: "/v1/pqc/audit-events",
    summary: "List audit events",
    description: "Every mutation, with the `X-Request-Id` it carried, the API key and the time.",
    tag: "Audit",
    permission: scope("read"),
    query: InventoryListQuery,
    responses: {
      200: {
        description: "A page of audit events",
        schema: AuditEventListResponse,
        example: {
          items: [
            {
              id: EXAMPLE_IDS.auditEvent,
              action: "asset.created",
              resourceId: EXAMPLE_IDS.asset,
              requestId: EXAMPLE_REQUEST_ID,
              apiKeyId: EXAMPLE_IDS.apiKey,
              occurredAt: EXAMPLE_TIME,
            },
          ],
          nextCursor: null,
          hasMore: false,
        },
      },
    },
  },
];
