import { test as base, expect } from "@playwright/test";

/**
 * Every test fails if the page logs a console error, throws, or sends a request anywhere but
 * this machine's loopback address: the portal must work with no network beyond its own host.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; guard: undefined }>({
  /** Console errors a test provokes on purpose, such as the browser logging a 404 document. */
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      // Console errors about failed loads do not say which URL; responses do.
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (!expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:") return;
        if (url.hostname !== "127.0.0.1") problems.push(`request left the host: ${request.url()}`);
      });
      await use(undefined);
      // Named at the end: a response event can arrive after the console error it caused.
      if (problems.length && failed.length) problems.push(`responses over 399: ${failed.join(", ")}`);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
