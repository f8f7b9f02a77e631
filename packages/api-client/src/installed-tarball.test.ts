import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { operationsOf } from "@portico/schemas/operations";
import { getProduct } from "@portico/schemas/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../scripts/free-port.mjs";
import { CLIENT_PACKAGE, typescriptSample } from "./typescript-sample.ts";

/**
 * What a reader does with the client: pack it, install the tarball in a folder outside the
 * workspace with npm, and run the playground's TypeScript sample against a running sandbox, after
 * compiling it with `tsc --strict` against the declarations the tarball installed.
 */

const exec = promisify(execFile);
const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const pnpm = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).packageManager as string;

const product = "throttle";
const operationId = "createCart";

let work: string;
let sandbox: ChildProcess | undefined;
let origin: string;

async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  try {
    return (await exec(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

/** The standalone sandbox (as `bench/sandbox.mjs` starts it) on a free port and a temporary SQLite file. */
async function startSandbox(): Promise<string> {
  const port = await freePort();
  const { DATABASE_URL: _postgres, ...env } = process.env;
  sandbox = spawn(process.execPath, [require.resolve("tsx/cli"), require.resolve("@portico/sandbox/serve")], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", PORTICO_SQLITE_PATH: join(work, "sandbox.db") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  sandbox.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (sandbox.exitCode !== null) throw new Error(`the sandbox exited (${sandbox.exitCode}):\n${stderr}`);
    try {
      await fetch(`${base}/sandbox/keys`);
      return base;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`the sandbox did not answer at ${base}:\n${stderr}`);
}

/** A sandbox key, as the playground gets one: `POST /sandbox/keys`, then the product's credential field. */
async function sandboxKey(): Promise<string> {
  const response = await fetch(`${origin}/sandbox/keys`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ product }),
  });
  expect(response.status).toBe(201);
  const { data } = (await response.json()) as { data: Record<string, string> };
  const key = data[getProduct(product).sandboxKey.credentialField];
  if (!key) throw new Error(`no ${getProduct(product).sandboxKey.credentialField} in the keys answer`);
  return key;
}

/** The ids the playground puts in place of the docs' example ids: the first item of each list the product names. */
async function sandboxIds(key: string): Promise<Record<string, string>> {
  const { server, sandboxIds: sources = [] } = getProduct(product);
  const ids: Record<string, string> = {};
  for (const { field, listPath } of sources) {
    const response = await fetch(`${origin}${server}${listPath}?limit=1`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const { data } = (await response.json()) as { data: { id: string }[] };
    if (data[0]) ids[field] = data[0].id;
  }
  return ids;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "portico-client-pack-"));
  origin = await startSandbox();
}, 60_000);

afterAll(async () => {
  if (sandbox && sandbox.exitCode === null) {
    const exited = new Promise((resolve) => sandbox?.once("exit", resolve));
    sandbox.kill("SIGTERM");
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed client, installed outside the workspace", () => {
  it("runs the playground's TypeScript sample against the sandbox, type-checked against its declarations", async () => {
    // Pack as the README says (pnpm applies publishConfig.exports; prepack builds dist/).
    const packed = join(work, "packed");
    mkdirSync(packed);
    await run("npx", ["-y", pnpm, "pack", "--pack-destination", packed], packageDir);
    const [tarball] = readdirSync(packed).filter((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error("pnpm pack wrote no tarball");

    const consumer = join(work, "consumer");
    expect(consumer.startsWith(repoRoot)).toBe(false);
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const devDependencies = manifest.devDependencies as Record<string, string>;
    await run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        join(packed, tarball),
        `typescript@${devDependencies.typescript}`,
        `@types/node@${devDependencies["@types/node"]}`,
      ],
      consumer,
    );

    const installed = JSON.parse(
      readFileSync(join(consumer, "node_modules", CLIENT_PACKAGE, "package.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(installed.name).toBe(CLIENT_PACKAGE);
    expect(installed.private).toBeUndefined();
    expect(JSON.stringify(installed.dependencies)).not.toContain("workspace:");
    expect(installed.exports).toEqual({
      ".": { types: "./dist/create-portico-client.d.ts", import: "./dist/create-portico-client.js" },
      "./*-types": { types: "./dist/generated/*.d.ts", import: "./dist/generated/*.js" },
    });

    // The request the playground shows for the operation: its example body, with the docs'
    // example ids swapped for ids from this sandbox.
    const key = await sandboxKey();
    const op = operationsOf(product).find((candidate) => candidate.operationId === operationId);
    if (!op?.requestBody) throw new Error(`no ${operationId} with a body`);
    const ids = await sandboxIds(key);
    const example = op.requestBody.example as Record<string, unknown>;
    const body = Object.fromEntries(Object.entries(example).map(([field, value]) => [field, ids[field] ?? value]));
    expect(body.applicationId).toBe(ids.applicationId);
    const sample = typescriptSample({
      product,
      method: op.method.toUpperCase(),
      origin,
      server: op.server ?? getProduct(product).server,
      templatePath: op.path,
      pathParams: {},
      query: {},
      headers: {},
      body: JSON.stringify(body, null, 2),
    });
    expect(sample).toContain(`from "${installed.name}";`);
    writeFileSync(join(consumer, "sample.ts"), sample);
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          types: ["node"],
          noEmitOnError: true,
        },
        files: ["sample.ts"],
      }),
    );
    await run(process.execPath, [join(consumer, "node_modules/typescript/bin/tsc"), "-p", "."], consumer);

    const printed = await run(process.execPath, ["sample.js"], consumer, { ...process.env, PORTICO_API_KEY: key });
    const answer = JSON.parse(printed) as { data: { id: string; applicationId: string; currency: string } };
    expect(answer.data).toMatchObject({ applicationId: ids.applicationId, currency: example.currency });

    // The cart the sample printed is the one the sandbox now holds.
    const stored = await fetch(`${origin}${getProduct(product).server}/api/v1/carts/${answer.data.id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(stored.status).toBe(200);
    expect(((await stored.json()) as { data: unknown }).data).toEqual(answer.data);
  }, 90_000);
});
