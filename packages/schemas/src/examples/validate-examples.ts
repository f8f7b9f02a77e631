import {
  findNodeAtLocation,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from "jsonc-parser";
import type { Code, Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { z } from "zod";
import { queryRoutes, schemaRegistry } from "../registry.ts";
import { type IssueLike, isWaived, markElidedArrays, resolveElisions } from "./elision.ts";

/** Code-fence languages whose blocks are JSON examples and must name a schema. */
const JSON_LANGS = new Set(["json", "jsonc", "json5"]);

/** One example found in a content file. */
export interface ContentExample {
  lang: string;
  /** Attributes from the fence meta, e.g. `schema="<product>.<Name>" title="Request body"`. */
  attributes: Record<string, string>;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** A broken example: where it is and what is wrong. */
export interface ExampleProblem {
  file: string;
  line: number;
  message: string;
}

/** Parses `key="value"` pairs from a code-fence meta string. */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of (meta ?? "").matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
    const [, key, value] = match;
    if (key !== undefined && value !== undefined) attributes[key] = value;
  }
  return attributes;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx);

/** Every fenced code block in an MDX source, with its position. */
export function extractExamples(source: string): ContentExample[] {
  const tree = parser.parse(source) as Root;
  const examples: ContentExample[] = [];
  visit(tree, "code", (node: Code) => {
    examples.push({
      lang: (node.lang ?? "").toLowerCase(),
      attributes: parseFenceMeta(node.meta),
      code: node.value,
      line: node.position?.start.line ?? 1,
    });
  });
  return examples;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 0;
  for (let index = 0; index < offset && index < text.length; index++) if (text[index] === "\n") line++;
  return line;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

/** The deepest node of the parse tree that exists along `path`, to point at the right line. */
function nodeNearest(tree: JsonNode, path: readonly PropertyKey[]): JsonNode {
  for (let depth = path.length; depth >= 0; depth--) {
    const segments = path.slice(0, depth).filter((s): s is string | number => typeof s !== "symbol");
    const node = findNodeAtLocation(tree, segments);
    if (node) return node;
  }
  return tree;
}

function schemaIssues(schema: z.ZodType, value: unknown, elidedPaths: (string | number)[][]) {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.filter((issue) => !isWaived(issue as IssueLike, elidedPaths));
}

function validateJson(example: ContentExample, schemaName: string, schema: z.ZodType, file: string): ExampleProblem[] {
  const bodyLine = example.line + 1;
  const marked = markElidedArrays(example.code);
  const errors: ParseError[] = [];
  const tree = parseTree(marked, errors, { allowTrailingComma: false, disallowComments: false });
  const firstError = errors[0];
  if (firstError || !tree) {
    const offset = firstError?.offset ?? 0;
    const reason = firstError ? printParseErrorCode(firstError.error) : "empty example";
    return [
      { file, line: bodyLine + lineOfOffset(marked, offset), message: `${schemaName}: not valid JSON (${reason})` },
    ];
  }
  const { value, elidedPaths } = resolveElisions(nodeToValue(tree));
  const duplicates = duplicateKeys(tree).map(({ path, offset }) => ({
    file,
    line: bodyLine + lineOfOffset(marked, offset),
    message: `${schemaName}: ${formatPath(path)}: duplicate key (JSON parsers keep only one of them)`,
  }));
  return [
    ...duplicates,
    ...schemaIssues(schema, value, elidedPaths).map((issue) => {
      // An unknown key is reported on its own line, not on the line of the object that holds it.
      const where = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
      return {
        file,
        line: bodyLine + lineOfOffset(marked, nodeNearest(tree, where).offset),
        message: `${schemaName}: ${formatPath(issue.path)}: ${issue.message}`,
      };
    }),
  ];
}

/** Properties named twice in one object, which `JSON.parse` would silently collapse. */
function duplicateKeys(
  node: JsonNode,
  path: (string | number)[] = [],
): { path: (string | number)[]; offset: number }[] {
  const found: { path: (string | number)[]; offset: number }[] = [];
  const seen = new Set<string>();
  (node.children ?? []).forEach((child, index) => {
    if (node.type === "object") {
      const [keyNode, valueNode] = child.children ?? [];
      const key = String(keyNode?.value);
      if (seen.has(key)) found.push({ path: [...path, key], offset: child.offset });
      seen.add(key);
      if (valueNode) found.push(...duplicateKeys(valueNode, [...path, key]));
    } else if (node.type === "array") {
      found.push(...duplicateKeys(child, [...path, index]));
    }
  });
  return found;
}

/** Rebuilds the JSON value from the tree so that parsing happens once, with comments skipped. */
function nodeToValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object":
      return Object.fromEntries(
        (node.children ?? []).map((property) => {
          const [key, valueNode] = property.children ?? [];
          return [String(key?.value), valueNode ? nodeToValue(valueNode) : null];
        }),
      );
    case "array":
      return (node.children ?? []).map(nodeToValue);
    default:
      return node.value;
  }
}

/** Validates the query string of an HTTP request line such as `GET /v1/items?limit=100`. */
function validateRequestLine(
  example: ContentExample,
  schemaName: string,
  schema: z.ZodType,
  file: string,
): ExampleProblem[] {
  const lines = example.code.split("\n");
  const index = lines.findIndex((text) => text.trim() !== "");
  const requestLine = lines[index]?.trim() ?? "";
  const match = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S*)(?: HTTP\/[\d.]+)?$/.exec(requestLine);
  const line = example.line + 1 + Math.max(index, 0);
  if (!match?.[2]) {
    return [{ file, line, message: `${schemaName}: expected a request line such as "GET /path?query"` }];
  }
  const url = new URL(match[2], "http://example.invalid");
  const problems: ExampleProblem[] = [];
  const route = queryRoutes.get(schemaName);
  if (route === undefined) {
    problems.push({ file, line, message: `${schemaName} is not the query schema of any route` });
  } else if (`${match[1]} ${url.pathname}` !== route) {
    problems.push({ file, line, message: `${schemaName}: belongs to "${route}", not "${match[1]} ${url.pathname}"` });
  }
  const names = [...url.searchParams.keys()];
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i))) {
    problems.push({ file, line, message: `${schemaName}: query ${name}: repeated parameter` });
  }
  const { value, elidedPaths } = resolveElisions(Object.fromEntries(url.searchParams));
  for (const issue of schemaIssues(schema, value, elidedPaths)) {
    problems.push({ file, line, message: `${schemaName}: query ${formatPath(issue.path)}: ${issue.message}` });
  }
  return problems;
}

/**
 * Checks every example of one content file: each JSON block must name a registered schema in
 * its fence meta and validate against it; an `http` block naming a schema has its request-line
 * query validated. Returns the problems, each with the file's line.
 */
export function validateExamples(
  source: string,
  file: string,
  registry: ReadonlyMap<string, z.ZodType> = schemaRegistry,
): ExampleProblem[] {
  const problems: ExampleProblem[] = [];
  for (const example of extractExamples(source)) {
    const schemaName = example.attributes.schema;
    const isJson = JSON_LANGS.has(example.lang);
    if (example.lang === "") {
      problems.push({
        file,
        line: example.line,
        message: "code block without a language: name one (json, http, bash…)",
      });
      continue;
    }
    if (schemaName === undefined) {
      if (isJson) {
        problems.push({
          file,
          line: example.line,
          message: `unannotated ${example.lang} example: name its schema in the fence meta, e.g. schema="<product>.<Name>"`,
        });
      }
      continue;
    }
    const schema = registry.get(schemaName);
    if (!schema) {
      problems.push({ file, line: example.line, message: `unknown schema "${schemaName}"` });
    } else if (isJson) {
      problems.push(...validateJson(example, schemaName, schema, file));
    } else if (example.lang === "http") {
      problems.push(...validateRequestLine(example, schemaName, schema, file));
    } else {
      problems.push({
        file,
        line: example.line,
        message: `schema="${schemaName}" on a ${example.lang || "plain"} block: only json and http examples are validated`,
      });
    }
  }
  return problems;
}

/** One line per problem, `file:line: message`, the form editors and CI logs link from. */
export function formatProblems(problems: readonly ExampleProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n");
}

/** Throws with every problem listed when any example of the file is invalid. */
export function assertExamplesValid(source: string, file: string): void {
  const problems = validateExamples(source, file);
  if (problems.length > 0) {
    throw new Error(`Invalid documentation examples:\n${formatProblems(problems)}`);
  }
}
