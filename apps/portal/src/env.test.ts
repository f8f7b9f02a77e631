import { afterEach, describe, expect, it, vi } from "vitest";

/** Reads `env.ts` afresh with PORTICO_PUBLIC_URL set to `value` (unset when undefined). */
async function publicUrl(value: string | undefined) {
  vi.resetModules();
  if (value === undefined) vi.stubEnv("PORTICO_PUBLIC_URL", undefined);
  else vi.stubEnv("PORTICO_PUBLIC_URL", value);
  return (await import("./env")).env.PORTICO_PUBLIC_URL;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("PORTICO_PUBLIC_URL", () => {
  it("defaults to the local server's origin", async () => {
    expect(await publicUrl(undefined)).toBe("http://localhost:3000");
  });

  it("is an origin, with a trailing slash dropped", async () => {
    expect(await publicUrl("https://docs.example.com/")).toBe("https://docs.example.com");
    expect(await publicUrl("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
  });

  it("refuses what is not an http(s) origin", async () => {
    for (const bad of [
      "docs.example.com",
      "ftp://docs.example.com",
      "https://docs.example.com/portal",
      "https://a@b.example",
    ])
      await expect(publicUrl(bad), bad).rejects.toThrow(/PORTICO_PUBLIC_URL/);
  });
});
