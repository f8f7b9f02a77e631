import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/fixtures.ts";

for (const path of [
  "/",
  "/pqc/conventions",
  "/throttle/conventions",
  "/playground",
  "/pqc/sandbox",
  "/ai-assistants",
]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} has no serious or critical accessibility violation (${colorScheme}) @phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const severe = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(severe).toEqual([]);
    });
  }
}
