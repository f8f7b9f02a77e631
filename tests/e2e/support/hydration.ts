import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** The header's islands (search shortcut, links' intent handlers) work once the theme toggle shows its state. */
export const headerHydrated = (page: Page) =>
  expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", /^(true|false)$/);
