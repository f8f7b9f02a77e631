import type { SandboxKeyOf, TestSandbox } from "../testing.ts";
import { createTestSandbox } from "../testing.ts";

/** A fresh sandbox with one Throttle workspace, its keys and its first application's id. */
export async function throttleWorkspace() {
  const sandbox = await createTestSandbox();
  const keys: SandboxKeyOf<"throttle"> = await sandbox.sandboxKey("throttle");
  const { json } = await sandbox.call("GET", "/throttle/api/v1/applications", { key: keys.secretKey });
  return { sandbox, keys, applicationId: json.data[0].id as string };
}

/** `POST /api/v1/carts` with `key`. */
export const postCart = (sandbox: TestSandbox, key: string, body: unknown, headers: Record<string, string> = {}) =>
  sandbox.call("POST", "/throttle/api/v1/carts", { key, body, headers });
