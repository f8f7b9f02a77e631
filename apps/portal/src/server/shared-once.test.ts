import { describe, expect, it } from "vitest";
import { sharedOnce } from "./shared-once";

describe("sharedOnce", () => {
  it("runs the opener once for every caller while it succeeds", async () => {
    let opened = 0;
    const get = sharedOnce(async () => ++opened);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(await get()).toBe(1);
    expect(opened).toBe(1);
  });

  it("does not keep a failure: the next call opens again", async () => {
    let attempts = 0;
    const get = sharedOnce(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("database down");
      return "open";
    });
    await expect(get()).rejects.toThrow("database down");
    expect(await get()).toBe("open");
    expect(await get()).toBe("open");
    expect(attempts).toBe(2);
  });
});
