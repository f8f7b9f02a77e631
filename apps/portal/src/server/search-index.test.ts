import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { namedFirst, SEARCH_OPTIONS, type SearchDocument } from "@/lib/search-options";
import { buildSearchIndex, searchDocuments } from "./search-index";

type Hit = Pick<SearchDocument, "kind" | "title" | "href" | "context" | "text">;

describe("search over the real built index", () => {
  let index: MiniSearch<SearchDocument>;
  const search = (query: string) => index.search(namedFirst(query)) as unknown as Hit[];

  beforeAll(async () => {
    // Loaded from the JSON the site serves, with the options the dialog uses.
    index = MiniSearch.loadJSON<SearchDocument>(await buildSearchIndex(), SEARCH_OPTIONS);
  });

  it("ranks the operation a query names first", () => {
    expect(search("create cart")[0]).toMatchObject({
      kind: "operation",
      title: "Create a cart",
      context: expect.stringMatching(/^POST \/api\/v1\/carts · /),
    });
    expect(search("list inventory")[0]).toMatchObject({
      kind: "operation",
      title: "List inventory assets",
      context: expect.stringMatching(/^GET \/v1\/pqc\/inventory · PQC Inventory API/),
    });
  });

  it("ranks the error code a query names first", () => {
    expect(search("missing_application_id")[0]).toMatchObject({ kind: "error", title: "missing_application_id" });
    expect(search("idempotency_key_reused")[0]).toMatchObject({ kind: "error", title: "idempotency_key_reused" });
  });

  it("still ranks prose first for a concept that names no operation or code", () => {
    const pagination = search("pagination");
    expect(pagination[0]).toMatchObject({ kind: "section", title: "Pagination" });
    const idempotency = search("idempotency");
    // The conventions page states the rule; the sandbox page's notes on it come after.
    expect(idempotency[0]).toMatchObject({ kind: "section", href: "/pqc/conventions#idempotency-for-writes" });
    expect(idempotency[1]).toMatchObject({ kind: "section", href: "/throttle/sandbox#idempotency" });
    // The three idempotency_key_* codes start with the word; none of them is named by it.
    expect(idempotency.filter((hit) => hit.kind === "error")).toHaveLength(3);
  });

  it("lands an operation hit on the operation's details in the reference, not its outline entry", () => {
    expect(search("create cart")[0]?.href).toBe("/throttle/reference#tag/carts/POST/api/v1/carts");
  });

  it("drops single letters, which matched nearly every section", () => {
    const withArticle = search("get a key").map((hit) => hit.href);
    expect(withArticle).toEqual(search("get key").map((hit) => hit.href));
    expect(withArticle.slice(0, 2).sort()).toEqual(["/pqc/sandbox#get-a-key", "/throttle/sandbox#get-a-key"]);
  });
});

describe("search documents", () => {
  it("carry plain text, never Markdown's backticks, for the dialog's excerpts", async () => {
    const documents = await searchDocuments();
    expect(documents.filter((doc) => doc.kind === "operation").length).toBeGreaterThan(10);
    expect(documents.filter((doc) => doc.text.includes("`")).map((doc) => doc.id)).toEqual([]);
  });
});
