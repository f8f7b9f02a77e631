/** The name the client is installed by; the pack test checks the tarball installs it so. */
export const CLIENT_PACKAGE = "@portico/api-client";

/** What the TypeScript sample needs of a request: where it goes and what the form holds. */
export interface TypeScriptSampleRequest {
  product: string;
  method: string;
  /** Scheme, host and port the sandbox is served from, e.g. `http://localhost:3000`. */
  origin: string;
  /** The operation's server path, e.g. `/sandbox/<product>`. */
  server: string;
  /** Path from the server, with `{param}` placeholders (openapi-fetch style). */
  templatePath: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  multipart?: boolean;
  /** False for an operation that takes no key (`POST /sandbox/keys`): the client is then given none. */
  authenticated?: boolean;
}

const nonEmpty = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ""));

/**
 * The request as a program using this client: it compiles under strict TypeScript against the
 * published declarations and prints the whole answer as JSON (the pack test runs it so).
 */
export function typescriptSample(request: TypeScriptSampleRequest): string {
  const params: string[] = [];
  const path = nonEmpty(request.pathParams);
  const query = nonEmpty(request.query);
  if (Object.keys(path).length > 0) params.push(`path: ${JSON.stringify(path)}`);
  if (Object.keys(query).length > 0) params.push(`query: ${JSON.stringify(query)}`);
  const headers = nonEmpty(request.headers);
  const options = [
    params.length > 0 ? `params: { ${params.join(", ")} }` : "",
    request.body && !request.multipart ? `body: ${request.body.trim()}` : "",
    Object.keys(headers).length > 0 ? `headers: ${JSON.stringify(headers)}` : "",
  ].filter(Boolean);
  return [
    `import { createPorticoClient, unwrap } from "${CLIENT_PACKAGE}";`,
    `import type { paths } from "${CLIENT_PACKAGE}/${request.product}-types";`,
    "",
    "// Retries, Idempotency-Key and X-Request-Id follow the conventions.",
    `const client = createPorticoClient<paths>({`,
    `  baseUrl: ${JSON.stringify(request.origin + request.server)},`,
    ...(request.authenticated === false ? [] : ["  apiKey: process.env.PORTICO_API_KEY,"]),
    "});",
    "",
    `const result = unwrap(await client.${request.method}(${JSON.stringify(request.templatePath)}, {${options.length > 0 ? ` ${options.join(", ")} ` : ""}}));`,
    "console.log(JSON.stringify(result, null, 2));",
  ].join("\n");
}
