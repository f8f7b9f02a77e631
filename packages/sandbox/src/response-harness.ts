import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { isProductId, PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { documentedProblems, type OpenApiDocument, undocumentedProblems } from "./expect-documented.ts";

/** What one in-process response is checked as: the path is the sandbox's, under `/sandbox`. */
export interface CheckedResponse {
  method: string;
  /** The request path with its query, under `/sandbox` as the documents' servers say. */
  path: string;
  status: number;
  headers: Headers;
  body: string;
  /**
   * Why the request is deliberately off every document (an unknown route, a wrong method). The
   * answer must then still be the error envelope with a request id.
   */
  undocumented?: string;
}

/** Responses the harness checked in this test file: against a document, or as a deliberate miss. */
export const harnessCounts = { validated: 0, undocumented: 0 };

const served = new Map<ProductId, OpenApiDocument>();

/** A product's document as the portal serves it: the JSON, not the objects it was built from. */
function servedDocument(product: ProductId): OpenApiDocument {
  let document = served.get(product);
  if (!document) {
    document = JSON.parse(JSON.stringify(buildOpenApiDocument(product))) as OpenApiDocument;
    served.set(product, document);
  }
  return document;
}

/**
 * The document a sandbox path belongs to: its product's, or for `/sandbox/keys` any product's,
 * since every document describes the provisioning operation. Undefined off every product.
 */
export function documentFor(path: string): OpenApiDocument | undefined {
  const [, base, segment] = (path.split("?")[0] ?? "").split("/");
  if (base !== "sandbox") return undefined;
  if (segment === "keys") return PRODUCT_IDS[0] && servedDocument(PRODUCT_IDS[0]);
  return isProductId(segment) ? servedDocument(segment) : undefined;
}

/**
 * What is wrong with an in-process sandbox response: checked against the document its path
 * belongs to (operation, status and JSON path named), or, when the request says why it is
 * undocumented, refused if a document does describe it and otherwise held to the error envelope.
 */
export function responseProblems(response: CheckedResponse): string[] {
  const { method, path, status, headers, body, undocumented } = response;
  const document = documentFor(path);
  if (undocumented !== undefined) {
    harnessCounts.undocumented += 1;
    return undocumentedProblems(document, method, path, status, headers, body, undocumented);
  }
  harnessCounts.validated += 1;
  if (!document) {
    return [
      `${method.toUpperCase()} ${path}: no served document describes this path; ` +
        "pass `undocumented` with the reason if the request is off the documents on purpose",
    ];
  }
  return documentedProblems(document, method, path, status, headers, body);
}
