import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type buildOpenApiDocument, SERVED_DOCUMENTS as SERVED_NAMES, servedDocument } from "@portico/schemas/openapi";

/** An OpenAPI document as JSON: what a tool outside the repository reads. */
export type OpenApiJson = ReturnType<typeof buildOpenApiDocument>;

/**
 * Every OpenAPI document the portal serves, named as in `/openapi/<name>.json`, built by the same
 * function the route calls. The toolchain tests read this one list.
 */
export const SERVED_DOCUMENTS: { name: string; build: () => OpenApiJson }[] = SERVED_NAMES.map((name) => ({
  name,
  build: () => {
    const document = servedDocument(name);
    if (!document) throw new Error(`no served document named ${name}`);
    return document;
  },
}));

interface WithServers {
  servers?: { url: string }[];
}

/**
 * The document as a client of a server at `origin` reads it: each same-origin `servers` URL
 * (`/sandbox/<id>`, an operation's own `/sandbox`) made absolute. Nothing else changes.
 */
export function withServersAt(document: OpenApiJson, origin: string): OpenApiJson {
  const copy: OpenApiJson = structuredClone(document);
  const absolute = (holder: WithServers | undefined) => {
    for (const server of holder?.servers ?? []) {
      if (server.url.startsWith("/")) server.url = origin + server.url;
    }
  };
  absolute(copy);
  for (const pathItem of Object.values(copy.paths ?? {})) {
    absolute(pathItem);
    for (const operation of Object.values(pathItem ?? {})) {
      if (typeof operation === "object" && operation !== null && !Array.isArray(operation)) absolute(operation);
    }
  }
  return copy;
}

/**
 * Writes every served document to `folder/<name>.json`, its servers made absolute when an `origin`
 * is given (as served otherwise); returns the paths by name.
 */
export function writeServedDocuments(folder: string, origin?: string): Map<string, string> {
  mkdirSync(folder, { recursive: true });
  const files = new Map<string, string>();
  for (const { name, build } of SERVED_DOCUMENTS) {
    const file = join(folder, `${name}.json`);
    const document = build();
    writeFileSync(file, JSON.stringify(origin ? withServersAt(document, origin) : document, null, 2));
    files.set(name, file);
  }
  return files;
}
