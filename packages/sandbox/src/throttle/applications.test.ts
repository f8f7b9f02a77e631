import { ApplicationListResponse, ApplicationResponse } from "@portico/schemas/throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxKeyOf, TestSandbox } from "../testing.ts";
import { throttleWorkspace } from "./testing.ts";

let sandbox: TestSandbox;
let keys: SandboxKeyOf<"throttle">;
let applicationId: string;

beforeAll(async () => {
  ({ sandbox, keys, applicationId } = await throttleWorkspace());
});
afterAll(() => sandbox.close());

describe("applications", () => {
  it("lists the seeded applications in the documented list envelope", async () => {
    const { status, json } = await sandbox.call("GET", "/throttle/api/v1/applications", { key: keys.publishableKey });
    expect(status).toBe(200);
    expect(ApplicationListResponse.parse(json).data.length).toBeGreaterThanOrEqual(3);
    expect(json.meta.pagination).toEqual({ cursor: null, hasMore: false, limit: 25 });
  });

  it("reads one application of the caller's workspace and no other's", async () => {
    const one = await sandbox.call("GET", `/throttle/api/v1/applications/${applicationId}`, {
      key: keys.publishableKey,
    });
    expect(one.status).toBe(200);
    expect(ApplicationResponse.parse(one.json).data.id).toBe(applicationId);
    const other = await sandbox.sandboxKey("throttle");
    const theirs = await sandbox.call("GET", `/throttle/api/v1/applications/${applicationId}`, {
      key: other.secretKey,
    });
    expect([theirs.status, theirs.json.error.code]).toEqual([404, "not_found"]);
  });
});
