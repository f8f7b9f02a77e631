import { documentedProblems, type OpenApiDocument, undocumentedProblems } from "@portico/schemas/expect-documented";
import { PRODUCT_IDS } from "@portico/schemas/products";

/** An OpenAPI document the portal serves, and which request paths it describes. */
export interface ServedDocument {
  /** Where the portal serves it. */
  url: string;
  describes(pathname: string): boolean;
}

/**
 * Every OpenAPI document the portal serves, with the paths each describes: a product's document
 * its sandbox, and the first product's `POST /sandbox/keys` too (every product document describes
 * it); Portico's own document its APIs under `/api/`.
 */
export function servedDocuments(): ServedDocument[] {
  return [
    ...PRODUCT_IDS.map((id, index) => ({
      url: `/openapi/${id}.json`,
      describes: (pathname: string) =>
        pathname.startsWith(`/sandbox/${id}/`) || (index === 0 && pathname === "/sandbox/keys"),
    })),
    { url: "/openapi/portico.json", describes: (pathname: string) => pathname.startsWith("/api/") },
  ];
}

/** The file in the output folder each worker appends its checker's counts to; `response-summary.ts` adds them up. */
export const RESPONSE_COUNTS_FILE = "responses-validated.jsonl";

/** Paths whose every answer must be documented, even one no document describes: the sandbox's and Portico's APIs. */
const CHECKED_PREFIXES = ["/sandbox/", "/api/"];

/** A request a test sends off every document on purpose (an unknown route), and why. */
export interface UndocumentedRequest {
  path: RegExp;
  method?: string;
  reason: string;
}

/** A response as the page or the request fixture saw it; `body` is undefined when none can be read. */
export interface SeenResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string | undefined;
}

/** What one worker's checker saw: responses checked against a document, deliberate misses, unread bodies. */
export interface CheckerCounts {
  validated: number;
  undocumented: number;
  bodyUnread: number;
}

/**
 * Checks responses the way the in-process harness does (`@portico/schemas/expect-documented`:
 * Ajv, JSON Schema 2020-12, strict), against the documents as the server serves them, each
 * fetched once.
 */
export class ResponseChecker {
  readonly counts: CheckerCounts = { validated: 0, undocumented: 0, bodyUnread: 0 };
  readonly #loaded = new Map<string, Promise<OpenApiDocument>>();

  constructor(
    private readonly fetchDocument: (url: string) => Promise<OpenApiDocument>,
    private readonly documents: ServedDocument[] = servedDocuments(),
  ) {}

  /** Whether responses to this path are held to a document. */
  checks(pathname: string): boolean {
    return (
      CHECKED_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ||
      this.documents.some((d) => d.describes(pathname))
    );
  }

  #load(url: string): Promise<OpenApiDocument> {
    let document = this.#loaded.get(url);
    if (!document) {
      document = this.fetchDocument(url);
      this.#loaded.set(url, document);
    }
    return document;
  }

  /**
   * What is wrong with a response (operation, status and JSON path named); empty when it is
   * documented exactly, when a declared undocumented request got the error envelope, or when its
   * path is not one the harness checks.
   */
  async problems(response: SeenResponse, undocumented: UndocumentedRequest[] = []): Promise<string[]> {
    const url = new URL(response.url);
    if (!this.checks(url.pathname)) return [];
    const path = `${url.pathname}${url.search}`;
    const headers = new Headers(response.headers);
    const served = this.documents.find((d) => d.describes(url.pathname));
    const document = served && (await this.#load(served.url));
    if (response.body === undefined) this.counts.bodyUnread += 1;
    const method = response.method.toUpperCase();
    const declared = undocumented.find(
      (u) => u.path.test(url.pathname) && (u.method === undefined || u.method.toUpperCase() === method),
    );
    if (declared) {
      this.counts.undocumented += 1;
      return undocumentedProblems(document, method, path, response.status, headers, response.body, declared.reason);
    }
    this.counts.validated += 1;
    if (!document) {
      return [
        `${method} ${path}: no served document describes this path; ` +
          "declare it in `undocumentedRequests` with the reason if the request is off the documents on purpose",
      ];
    }
    return documentedProblems(document, method, path, response.status, headers, response.body);
  }
}
