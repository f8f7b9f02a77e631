import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { json, responseText } from "./respond.ts";

describe("responseText", () => {
  it("gives the text json() wrote and leaves the body for the client, and reads any other response from a clone", async () => {
    let made: Response | undefined;
    const app = new Hono();
    app.get("/", (c) => {
      made = json(c, { data: { id: "a", note: "é" } }, 201);
      return made;
    });
    const response = await app.request("/");
    if (!made) throw new Error("the handler did not run");
    expect(await responseText(made)).toBe('{"data":{"id":"a","note":"é"}}');
    expect(await response.json()).toEqual({ data: { id: "a", note: "é" } });
    const other = new Response("plain");
    expect(await responseText(other)).toBe("plain");
    expect(await other.text()).toBe("plain");
  });
});
