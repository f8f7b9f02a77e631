import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreFormula } from "./csv.ts";

describe("CSV formula neutralising", () => {
  it("prefixes every cell a spreadsheet would evaluate, and nothing else", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["", "plain", "'=quoted", "a=b"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it("restores exactly what it neutralised", () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        fc.pre(!/^'[=+\-@\t\r]/.test(cell));
        expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
      }),
    );
  });
});
