import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVED_DOCUMENTS, writeServedDocuments } from "./served-documents.ts";

// Redocly CLI's `recommended` ruleset over every document the portal serves, as served: a second
// linter next to the Spectral one in @portico/schemas, with rules of its own.
const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * Warnings the documents keep on purpose; ARCHITECTURE.md ("Other teams' toolchains") says why
 * for each. Anything else is fixed in the document builder.
 */
/** Warnings kept on purpose, each explained in ARCHITECTURE.md: a rule, and where it may appear. */
const EXPLAINED_WARNINGS: { rule: string; at: RegExp }[] = [
  { rule: "info-license", at: /^#\/info$|^#\/info\// },
  // The admin's no-JavaScript forms answer 303 See Other, never a 2xx (Post/Redirect/Get).
  {
    rule: "operation-2xx-response",
    at: /^#\/paths\/~1api~1admin~1(session~1sign-out|feedback~1\{id\})\/post\/responses$/,
  },
  // The health probes take no input, so no answer of theirs can be the client's error.
  { rule: "operation-4xx-response", at: /^#\/paths\/~1(healthz|readyz)\/get\/responses$/ },
];
const explained = (problem: Problem) =>
  EXPLAINED_WARNINGS.some(({ rule, at }) => problem.ruleId === rule && at.test(problem.location[0]?.pointer ?? ""));

interface Problem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: { source: { ref: string }; pointer: string }[];
}

let folder: string;
let files: Map<string, string>;

/** `redocly lint` over `file` with the recommended rules: its JSON report's problems. */
async function lint(file: string): Promise<Problem[]> {
  const { stdout } = await run(
    join(here, "node_modules/.bin/redocly"),
    ["lint", "--extends=recommended", "--format=json", file],
    // Nothing leaves the host: no usage data, no update check against the public registry.
    { env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
  ).catch((error: { stdout: string }) => error);
  return JSON.parse(stdout).problems;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "portico-redocly-"));
  files = writeServedDocuments(folder);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("Redocly CLI 2.77.0, recommended ruleset", () => {
  it.each(SERVED_DOCUMENTS.map(({ name }) => name))(
    "/openapi/%s.json: no error, and only the explained warnings",
    async (name) => {
      const problems = await lint(String(files.get(name)));
      const at = (problem: Problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`;
      expect(problems.filter((problem) => problem.severity === "error").map(at)).toEqual([]);
      expect(problems.filter((problem) => !explained(problem)).map(at)).toEqual([]);
      console.log(`Redocly, ${name}: ${problems.map(at).join("; ") || "nothing"}`);
    },
  );

  it("every kept warning is explained in ARCHITECTURE.md", () => {
    const architecture = readFileSync(join(here, "../../ARCHITECTURE.md"), "utf8");
    for (const { rule } of EXPLAINED_WARNINGS) expect(architecture.includes(`\`${rule}\``), rule).toBe(true);
  });

  it("reports a document's errors (the check can fail)", async () => {
    const [first] = SERVED_DOCUMENTS;
    if (first === undefined) throw new Error("no served document");
    const { info: _, ...withoutInfo } = first.build();
    const file = join(folder, "without-info.json");
    writeFileSync(file, JSON.stringify(withoutInfo));
    const problems = await lint(file);
    expect(problems.filter((problem) => problem.severity === "error").map((problem) => problem.ruleId)).toContain(
      "struct",
    );
  });
});
