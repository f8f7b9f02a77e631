import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type APIRequestContext, type APIResponse, test as base, expect, type Response } from "@playwright/test";
import type { OpenApiDocument } from "@portico/schemas/expect-documented";
import {
  RESPONSE_COUNTS_FILE,
  ResponseChecker,
  type SeenResponse,
  type UndocumentedRequest,
} from "./documented-responses.ts";

/** The responses of one test that the checker looks at, and what it found. */
interface DocumentedResponses {
  /** Checks a response now; the test fails at its end if any problem was found. */
  check(response: SeenResponse): Promise<void>;
  /** Checks a response the page received, reading its body while the page still holds it. */
  checkPage(response: Response): void;
  /** Every check started, finished; then what they found. */
  settle(): Promise<string[]>;
}

/** The API reference pages (`/<product>/reference`), where Scalar runs. */
const REFERENCE_PAGE = /^\/[^/]+\/reference\/?$/;

/** The `APIRequestContext` methods that send a request, and the method each sends (`fetch`: its option). */
const SENDING = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", head: "HEAD", fetch: "" };

/** The request fixture, with every answer handed to `check` before the test sees it. */
function checkedRequest(request: APIRequestContext, check: (response: SeenResponse) => Promise<void>) {
  return new Proxy(request, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !(property in SENDING)) return original;
      return async (input: string | { method(): string }, options?: { method?: string }) => {
        const response: APIResponse = await original.call(target, input, options);
        const method =
          SENDING[property as keyof typeof SENDING] ||
          options?.method ||
          (typeof input === "string" ? "GET" : input.method());
        await check({
          method,
          url: response.url(),
          status: response.status(),
          headers: response.headers(),
          body: await response.text(),
        });
        return response;
      };
    },
  });
}

/**
 * Every test fails if the page logs a console error (or, on a reference page, a warning), throws, or sends a request anywhere but
 * this machine's loopback address: the portal must work with no network beyond its own host.
 * It also fails if a response to `/sandbox/**` that the page or the `request` fixture received
 * is not exactly what the served OpenAPI document says (operation, status and JSON path named).
 */
export const test = base.extend<
  {
    expectedConsoleErrors: RegExp[];
    undocumentedRequests: UndocumentedRequest[];
    documentedResponses: DocumentedResponses;
    guard: undefined;
  },
  { responseChecker: ResponseChecker }
>({
  /** Console errors a test provokes on purpose, such as the browser logging a 404 document. */
  expectedConsoleErrors: [[], { option: true }],
  /** Requests a test sends off every document on purpose; their answers must be the error envelope. */
  undocumentedRequests: [[], { option: true }],
  responseChecker: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const checker = new ResponseChecker(async (url) => {
        const response = await fetch(new URL(url, baseURL));
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return (await response.json()) as OpenApiDocument;
      });
      await use(checker);
      const line = { worker: workerInfo.workerIndex, project: workerInfo.project.name, ...checker.counts };
      mkdirSync(workerInfo.project.outputDir, { recursive: true });
      appendFileSync(join(workerInfo.project.outputDir, RESPONSE_COUNTS_FILE), `${JSON.stringify(line)}\n`);
    },
    { scope: "worker" },
  ],
  documentedResponses: async ({ responseChecker, undocumentedRequests }, use) => {
    const problems: string[] = [];
    const pending: Promise<void>[] = [];
    const check = async (response: SeenResponse) => {
      problems.push(...(await responseChecker.problems(response, undocumentedRequests)));
    };
    const readPage = async (response: Response) => {
      const request = response.request();
      // A redirect has no body to read, and a page that moved on may have dropped one.
      const redirected = response.status() >= 300 && response.status() < 400;
      const body = redirected ? undefined : await response.text().catch(() => undefined);
      await check({
        method: request.method(),
        url: response.url(),
        status: response.status(),
        headers: await response.allHeaders(),
        body,
      });
    };
    await use({
      check,
      checkPage(response) {
        if (responseChecker.checks(new URL(response.url()).pathname)) pending.push(readPage(response));
      },
      async settle() {
        await Promise.all(pending);
        return problems;
      },
    });
  },
  request: async ({ request, documentedResponses }, use) => {
    await use(checkedRequest(request, documentedResponses.check));
  },
  guard: [
    async ({ page, expectedConsoleErrors, documentedResponses, baseURL }, use) => {
      const problems: string[] = [];
      // Console errors about failed loads do not say which URL; responses do.
      const failed: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
        if (new URL(response.url()).origin === origin) documentedResponses.checkPage(response);
      });
      page.on("console", (message) => {
        const type = message.type();
        // Scalar announces deprecated settings and the like as warnings, so on the pages that host
        // it a warning fails the test as an error does.
        const failing = type === "error" || (type === "warning" && REFERENCE_PAGE.test(new URL(page.url()).pathname));
        if (!failing) return;
        if (!expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
          problems.push(`console ${type}: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:") return;
        if (url.hostname !== "127.0.0.1") problems.push(`request left the host: ${request.url()}`);
      });
      await use(undefined);
      // Read while the page is still open: its responses' bodies go with it.
      const undocumented = await documentedResponses.settle();
      // Named at the end: a response event can arrive after the console error it caused.
      if (problems.length && failed.length) problems.push(`responses over 399: ${failed.join(", ")}`);
      expect(problems).toEqual([]);
      expect(undocumented, "responses the served OpenAPI documents do not describe").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
