import { expect, it } from "vitest";
import { codeSegments } from "./code-segments.ts";

const pieces = (text: string) => codeSegments(text).map((segment) => segment.text);

it("keeps words with hyphens whole and cuts paths after their slashes", () => {
  expect(pieces("text/csv; charset=utf-8")).toEqual(["text/", "csv;", " ", "charset=utf-8"]);
  expect(pieces("/sandbox/throttle/api/v1/customers/{customerId}")).toEqual([
    "/sandbox/",
    "throttle/",
    "api/",
    "v1/",
    "customers/",
    "{customerId}",
  ]);
  expect(pieces("GET /v1/pqc/reports/inventory?format=csv")).toEqual([
    "GET",
    " ",
    "/v1/",
    "pqc/",
    "reports/",
    "inventory",
    "?format=csv",
  ]);
  expect(pieces("https://portico.example/sandbox")).toEqual(["https://portico.example/", "sandbox"]);
});

it("marks what may break: before a piece glued to the last one, and inside a piece too long to keep", () => {
  const segments = codeSegments("X-Request-Id a/b");
  expect(segments.map((s) => [s.kind, s.breakBefore])).toEqual([
    ["whole", false],
    ["space", false],
    ["whole", false],
    ["whole", true],
  ]);
  expect(codeSegments("sk_sandbox_Q2h8bW1kT0tqZ3RnY2VxQ2h8bW1k")[0]?.kind).toBe("long");
  expect(
    codeSegments("a  b")
      .map((s) => s.text)
      .join(""),
  ).toBe("a  b");
});
