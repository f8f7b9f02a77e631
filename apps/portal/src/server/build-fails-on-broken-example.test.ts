import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";

const portalDir = resolve(import.meta.dirname, "../..");
const distDir = ".next-broken-example-test";
const root = mkdtempSync(join(tmpdir(), "portico-build-"));

afterAll(() => {
  rmSync(join(portalDir, distDir), { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

// The Node 24 run (scripts/node24.mjs) builds the portal once itself; a second build there only adds minutes.
it.skipIf(process.env.PORTICO_SKIP_BUILD_TEST === "1")(
  "next build fails on a corrupted example and names the file and line",
  () => {
    const content = join(root, "content");
    cpSync(resolve(portalDir, "../../content"), content, { recursive: true });
    const file = join(content, "pqc/conventions.mdx");
    const source = readFileSync(file, "utf8");
    const corrupted = source.replace('"hasMore": true', '"hasMore": "true"');
    expect(corrupted).not.toBe(source);
    writeFileSync(file, corrupted);
    const line = corrupted.slice(0, corrupted.indexOf('"hasMore": "true"')).split("\n").length;

    const build = spawnSync(join(portalDir, "node_modules/.bin/next"), ["build"], {
      cwd: portalDir,
      encoding: "utf8",
      env: {
        ...process.env,
        PORTICO_CONTENT_DIR: content,
        PORTICO_NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      // A cold Turbopack build on two busy cores has taken over four minutes.
      timeout: 480_000,
    });

    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain(
      `content/pqc/conventions.mdx:${line}: pqc.InventoryListResponse: hasMore: Invalid input: expected boolean`,
    );
  },
  540_000,
);
