import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { extractExamples, formatProblems, validateExamples } from "./validate-examples.ts";

const repoRoot = join(import.meta.dirname, "../../../..");
const contentDir = join(repoRoot, "content");

function contentFiles(): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => join(contentDir, name));
}

const throttlePath = join(contentDir, "throttle/conventions.mdx");
const throttle = readFileSync(throttlePath, "utf8");

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture is missing ${needle}`);
  return text.slice(0, index).split("\n").length;
}

function mdx(fence: string, body: string): string {
  return `---\ntitle: t\n---\n\nText.\n\n\`\`\`${fence}\n${body}\n\`\`\`\n`;
}

describe("content examples", () => {
  it("every example in content/ validates against the schema it names", () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const problems = validateExamples(source, relative(repoRoot, file));
      expect(formatProblems(problems)).toBe("");
    }
  });

  it("finds the seed pages' examples with their schema names", () => {
    const names = contentFiles().flatMap((file) =>
      extractExamples(readFileSync(file, "utf8")).map((example) => example.attributes.schema),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "pqc.InventoryListQuery",
        "pqc.InventoryListResponse",
        "throttle.CartCreateRequest",
        "throttle.CartResponse",
        "throttle.ErrorEnvelope",
        "throttle.ValidationError",
        "throttle.ListResponse",
      ]),
    );
  });
});

describe("a broken example fails with file and line", () => {
  it("reports a wrong type at the line of the offending value", () => {
    const broken = throttle.replace('"currency": "USD"\n}', '"currency": 42\n}');
    expect(broken).not.toBe(throttle);
    const problems = validateExamples(broken, "content/throttle/conventions.mdx");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(lineOf(broken, '"currency": 42'));
    expect(formatProblems(problems)).toMatch(
      /^content\/throttle\/conventions\.mdx:\d+: throttle\.CartCreateRequest: currency: .*expected string/,
    );
  });

  it("rejects a snake_case alias in a request example", () => {
    const broken = throttle.replace('"applicationId": "e7efb0a6', '"application_id": "e7efb0a6');
    const problems = validateExamples(broken, "f.mdx");
    const objectLine = lineOf(broken, "// POST /api/v1/carts request body") + 1;
    expect(problems).toEqual([
      { file: "f.mdx", line: objectLine, message: expect.stringMatching(/applicationId: .*expected string/) },
      {
        file: "f.mdx",
        line: lineOf(broken, '"application_id"'),
        message: expect.stringMatching(/\(root\): .*"application_id"/),
      },
    ]);
  });

  it("reports an unknown schema name", () => {
    const problems = validateExamples(mdx('json schema="throttle.Nope"', "{}"), "f.mdx");
    expect(problems).toEqual([{ file: "f.mdx", line: 7, message: 'unknown schema "throttle.Nope"' }]);
  });

  it("reports an unannotated JSON block", () => {
    const problems = validateExamples(mdx("json", '{"a": 1}'), "f.mdx");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^unannotated json example/);
  });

  it("reports JSON that does not parse, at its line", () => {
    const problems = validateExamples(mdx('json schema="throttle.ErrorEnvelope"', '{\n  "error": {,\n}'), "f.mdx");
    expect(problems[0]?.line).toBe(9);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it("reports a code block without a language", () => {
    expect(validateExamples(mdx("", '{"a": 1}'), "f.mdx")[0]?.message).toMatch(/without a language/);
  });

  it("reports a key written twice, which a JSON parser would silently collapse", () => {
    const body =
      '{\n  "applicationId": 5,\n  "applicationId": "e7efb0a6-892e-46b2-97ab-296bb04c5b29",\n  "currency": "USD"\n}';
    const problems = validateExamples(mdx('json schema="throttle.CartCreateRequest"', body), "f.mdx");
    expect(problems).toEqual([
      { file: "f.mdx", line: 10, message: expect.stringMatching(/applicationId: duplicate key/) },
    ]);
  });

  it("checks the request line's route and refuses repeated parameters", () => {
    const fence = 'http schema="pqc.InventoryListQuery"';
    expect(validateExamples(mdx(fence, "GET /v1/nothing?limit=100"), "f.mdx")[0]?.message).toMatch(
      /belongs to "GET \/v1\/pqc\/inventory"/,
    );
    expect(validateExamples(mdx(fence, "POST /v1/pqc/inventory"), "f.mdx")).toHaveLength(1);
    expect(validateExamples(mdx(fence, "GET /v1/pqc/inventory?limit=abc&limit=100"), "f.mdx")[0]?.message).toMatch(
      /query limit: repeated parameter/,
    );
  });

  it("validates the query of an HTTP request line", () => {
    const fence = 'http schema="pqc.InventoryListQuery"';
    expect(validateExamples(mdx(fence, "GET /v1/pqc/inventory?limit=100&cursor=abc="), "f.mdx")).toEqual([]);
    const tooMany = validateExamples(mdx(fence, "GET /v1/pqc/inventory?limit=1000"), "f.mdx");
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]).toMatchObject({ line: 8 });
    expect(tooMany[0]?.message).toMatch(/query limit/);
    const typo = validateExamples(mdx(fence, "GET /v1/pqc/inventory?limt=10"), "f.mdx");
    expect(typo[0]?.message).toMatch(/limt/);
  });

  it("breaks the build-time check for the real PQC page too", () => {
    const pqc = readFileSync(join(contentDir, "pqc/conventions.mdx"), "utf8");
    const broken = pqc.replace('"hasMore": true', '"hasMore": "yes"');
    const problems = validateExamples(broken, "content/pqc/conventions.mdx");
    expect(problems.map((p) => p.line)).toContain(lineOf(broken, '"hasMore": "yes"'));
  });
});

describe("elisions", () => {
  const cart = (id: string, lineItems = "[]") =>
    mdx(
      'json schema="throttle.CartResponse"',
      `{"data": {"id": ${id}, "workspaceId": "6659b411-9cd7-40ac-9a73-1e7801d89f55", "applicationId": "e7efb0a6-892e-46b2-97ab-296bb04c5b29", "currency": "USD", "netN": null, "lineItems": ${lineItems}}, "meta": {"requestId": "..."}}`,
    );

  it("accept a truncated string where a string is expected", () => {
    expect(validateExamples(cart('"9f6e..."'), "f.mdx")).toEqual([]);
  });

  it("still require the expected type", () => {
    expect(validateExamples(cart("42"), "f.mdx")[0]?.message).toMatch(/data\.id/);
    expect(validateExamples(cart('"9f6e..."', '"..."'), "f.mdx")[0]?.message).toMatch(/data\.lineItems/);
  });

  it("accept [...] for any array and nothing else", () => {
    expect(validateExamples(cart('"9f6e..."', "[...]"), "f.mdx")).toEqual([]);
    const wrong = mdx(
      'json schema="pqc.InventoryListResponse"',
      '{"items": [...], "nextCursor": [...], "hasMore": true}',
    );
    expect(validateExamples(wrong, "f.mdx")[0]?.message).toMatch(/nextCursor/);
  });

  it("do not waive a bad value that is not elided", () => {
    expect(validateExamples(cart('"not-a-uuid"'), "f.mdx")[0]?.message).toMatch(/data\.id/);
  });

  it("never stand in for an object, a literal or an enum value", () => {
    const details = '{"error": {"code": "validation_error", "message": "m", "details": ["..."]}}';
    expect(validateExamples(mdx('json schema="throttle.ValidationError"', details), "f.mdx")[0]?.message).toMatch(
      /details\.0/,
    );
    const literal =
      '{"error": {"code": "not_found...", "message": "m", "details": [{"field": "a", "code": "c", "message": "m"}]}}';
    expect(validateExamples(mdx('json schema="throttle.ValidationError"', literal), "f.mdx")[0]?.message).toMatch(
      /error\.code/,
    );
  });

  it("keep line numbers true after a [...] that spans lines", () => {
    const body = '{\n  "items": [\n    ...\n  ],\n  "nextCursor": null,\n  "hasMore": 1\n}';
    const problems = validateExamples(mdx('json schema="pqc.InventoryListResponse"', body), "f.mdx");
    expect(problems).toEqual([{ file: "f.mdx", line: 13, message: expect.stringMatching(/hasMore/) }]);
  });

  it("point a refinement at the field it concerns", () => {
    const body = '{\n  "items": [],\n  "nextCursor": null,\n  "hasMore": true\n}';
    const problems = validateExamples(mdx('json schema="pqc.InventoryListResponse"', body), "f.mdx");
    expect(problems).toEqual([
      { file: "f.mdx", line: 10, message: expect.stringMatching(/nextCursor: nextCursor must be null/) },
    ]);
  });

  it("leave [...] inside a string alone", () => {
    const body = '{"error": {"code": "validation_error", "message": "[...]", "details": []}}';
    const problems = validateExamples(mdx('json schema="throttle.ValidationError"', body), "f.mdx");
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/details/)]);
  });
});
