import { getProduct } from "@portico/schemas/products";
import { describe, expect, it } from "vitest";
import { fillIds, findSandboxIds } from "./sandbox-ids.ts";

describe("fillIds", () => {
  it("puts the sandbox's ids into the fields the body already has", () => {
    expect(fillIds('{"applicationId": "e7ef", "currency": "USD"}', { applicationId: "0193", workspaceId: "w" })).toBe(
      '{\n  "applicationId": "0193",\n  "currency": "USD"\n}',
    );
  });

  it("leaves a body alone when nothing changes or it is not a JSON object", () => {
    expect(fillIds('{"applicationId": "0193"}', { applicationId: "0193" })).toBeUndefined();
    expect(fillIds("{", { applicationId: "0193" })).toBeUndefined();
    expect(fillIds("[1]", { applicationId: "0193" })).toBeUndefined();
    expect(fillIds("null", { applicationId: "0193" })).toBeUndefined();
  });
});

describe("findSandboxIds", () => {
  it("asks each list the product names for its first id, with the key and no cookies", async () => {
    const sources = getProduct("throttle").sandboxIds ?? [];
    expect(sources.length).toBeGreaterThan(0);
    const asked: [string, RequestInit][] = [];
    const ids = await findSandboxIds("throttle", "sk_1", async (url, init) => {
      asked.push([url, init]);
      return Response.json({ data: [{ id: `id-of-${url}` }], meta: {} });
    });
    expect(asked.map(([url]) => url)).toEqual(
      sources.map((s) => `${getProduct("throttle").server}${s.listPath}?limit=1`),
    );
    expect(asked[0]?.[1]).toMatchObject({ headers: { authorization: "Bearer sk_1" }, credentials: "omit" });
    expect(Object.keys(ids)).toEqual(sources.map((s) => s.field));
  });

  it("leaves out lists that fail", async () => {
    const ids = await findSandboxIds("throttle", "sk_1", async () => new Response("{}", { status: 401 }));
    expect(ids).toEqual({});
  });
});
