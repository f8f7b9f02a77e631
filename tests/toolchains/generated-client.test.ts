import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PRODUCT_IDS } from "@portico/schemas/products";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startSandbox } from "./processes.ts";
import { writeServedDocuments } from "./served-documents.ts";

// A second generator, not the openapi-typescript the client package uses: a team that picks
// @hey-api/openapi-ts gets clients that compile under strict TypeScript and work unchanged.
const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name: string) => join(here, "node_modules/.bin", name);

let folder: string;
let sandbox: Started;
let documents: Map<string, string>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "portico-hey-api-"));
  sandbox = await startSandbox(folder);
  documents = writeServedDocuments(join(folder, "documents"), sandbox.url);
  for (const product of PRODUCT_IDS) {
    await run(bin("openapi-ts"), [
      ...["--input", String(documents.get(product)), "--output", join(folder, "clients", product)],
      ...["--client", "@hey-api/client-fetch", "--no-log-file", "--silent"],
    ]);
  }
  cpSync(join(here, "journeys"), join(folder, "journeys"), { recursive: true });
  // The journeys use top-level await: the folder is an ES module project, as a consumer's would be.
  writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(
    join(folder, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        allowImportingTsExtensions: true,
        typeRoots: [join(here, "node_modules/@types")],
        types: ["node"],
      },
      include: ["clients/**/*.ts", "journeys/*.ts"],
    }),
  );
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** The `servers` URL of the operation `operationId` declares for itself, as written to the document. */
function operationServer(document: string, operationId: string): string | undefined {
  const paths: Record<string, Record<string, { operationId?: string; servers?: { url: string }[] }>> = JSON.parse(
    readFileSync(document, "utf8"),
  ).paths;
  const operation = Object.values(paths)
    .flatMap((item) => Object.values(item))
    .find((candidate) => candidate.operationId === operationId);
  return operation?.servers?.[0]?.url;
}

/** Every type assertion in a file (`x as T`, `<T>x`, `x!`), `as const` aside, as `line: text`. */
function assertionsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const asConst = ts.isAsExpression(node) && ts.isConstTypeReference(node.type);
    if ((ts.isAsExpression(node) && !asConst) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node)) {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("@hey-api/openapi-ts 0.95.0", () => {
  it.each(PRODUCT_IDS)("generates a fetch client for %s, with a journey that uses it", (product) => {
    const sdk = readFileSync(join(folder, "clients", product, "sdk.gen.ts"), "utf8");
    expect(sdk).toContain("export const createSandboxKey");
    expect(existsSync(join(here, "journeys", `${product}.ts`)), `journeys/${product}.ts walks ${product}`).toBe(true);
  });

  it("the clients and the journeys that use them compile under strict TypeScript", async () => {
    const checked = await run(bin("tsc"), ["--noEmit", "--strict", "-p", folder]).catch(
      (error: { stdout: string }) => error,
    );
    expect(checked.stdout).toBe("");
  });

  it.each(PRODUCT_IDS)("the %s journey runs against the sandbox with no casts", async (product) => {
    const journey = join(folder, "journeys", `${product}.ts`);
    expect(assertionsIn(journey), "a journey states its types, it does not assert them").toEqual([]);
    const keysServer = operationServer(String(documents.get(product)), "createSandboxKey");
    expect(keysServer, "createSandboxKey names its own server").toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox$/);
    const { stdout } = await run(process.execPath, ["--import", "tsx", journey], {
      cwd: here,
      env: { ...process.env, PORTICO_KEYS_SERVER: keysServer },
    });
    const summary: { pages: number } = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
    expect(summary.pages, "the walk crossed more than one page").toBeGreaterThan(1);
  });
});
