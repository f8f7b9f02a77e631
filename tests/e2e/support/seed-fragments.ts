import { readFileSync } from "node:fs";

/**
 * Drops all white space: the flattened seed lost spaces around inline code ("multipart/form-datawhen"),
 * and layout adds its own, so fragments are compared by their characters alone.
 */
export const normalise = (text: string) => text.replace(/\s+/g, "");

/**
 * The seed page split into the fragments a reader must find: every line, every table cell,
 * every list item and every code line. The seed is flattened text, so table rows are split on
 * `|`, run-together list items on " - ", a code block run into a heading (`}Idempotency…`) at the
 * brace, and list bullets lose their "•".
 */
export function seedFragments(file: string): string[] {
  const text = readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .flatMap((line) => line.split("|"))
    .flatMap((part) => part.split(/ - (?=[A-Z])/))
    .flatMap((part) => part.replace(/^\}(?=\S)/, "}\n").split("\n"))
    .map((part) => normalise(part.replace(/^\s*[•]\s*/, "").replace(/^- /, "")))
    .filter((part) => part !== "" && !/^-+$/.test(part));
}
