import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvStream, neutraliseFormula, restoreFormula } from "./csv.ts";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const SEPARATORS = [",", ";", "\t", "\r", "\n"];

/**
 * Every cell a spreadsheet could see in `value`, whatever separator it splits on: the text from
 * the value's start, and from just after each separator, to the end. Written apart from the
 * neutraliser (a scan, not its regular expression) so the two can disagree.
 */
function possibleCells(value: string) {
  const cells = [value];
  for (let i = 0; i < value.length; i++) if (SEPARATORS.includes(value[i] as string)) cells.push(value.slice(i + 1));
  return cells;
}

/** A cell a spreadsheet would run: a trigger first, or behind the double quotes that open a quoted cell. */
const runs = (cell: string) => TRIGGERS.includes(cell.replace(/^"+/, "")[0] ?? "");

/** Strings made mostly of the characters the rule is about, with any other code point mixed in. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS, ...SEPARATORS, "'", '"', " ", "a", "5") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 24,
});

describe("CSV formula neutralising", () => {
  it("prefixes a cell starting with each trigger character", () => {
    for (const trigger of TRIGGERS) expect(neutraliseFormula(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("prefixes each trigger right after a separator a spreadsheet may split on", () => {
    expect(neutraliseFormula("host;=1+1")).toBe("host;'=1+1");
    expect(neutraliseFormula("host,@SUM(A1)")).toBe("host,'@SUM(A1)");
    for (const separator of SEPARATORS) {
      for (const trigger of TRIGGERS) {
        expect(neutraliseFormula(`a${separator}${trigger}b`)).toBe(`a${separator}'${trigger}b`);
      }
    }
    expect(neutraliseFormula("=a,=b;\t\r")).toBe("'=a,'=b;'\t'\r");
  });

  it("treats numbers as text: a negative number is neutralised like any cell", () => {
    expect(neutraliseFormula("-5")).toBe("'-5");
    expect(neutraliseFormula("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(neutraliseFormula("1;-1.5")).toBe("1;'-1.5");
    for (const cell of ["5", "2048", "1-2", "2026-03-14T09:26:53.589Z"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it("adds one more apostrophe to a value that already hides a formula behind quotes", () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(neutraliseFormula("''=x")).toBe("'''=x");
    expect(neutraliseFormula('"=x')).toBe(`'"=x`);
    expect(neutraliseFormula('a;"=x')).toBe(`a;'"=x`);
    expect(neutraliseFormula(`a;'"-1`)).toBe(`a;''"-1`);
  });

  it("leaves every other cell alone", () => {
    for (const cell of ["", "plain", "a=b", "RSA-2048", "a; =b", "'", "''x", "'quoted'", "x'=y", 'say "hi"', "a;b,c"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });

  it("restores exactly the apostrophes it added and no other", () => {
    const samples = ["=1", "host;=1+1", "-5", "'=x", "''=x", '"=x', "a\n@b", "\t\t=", "a;'\"-1"];
    for (const value of samples) expect(restoreFormula(neutraliseFormula(value))).toBe(value);
    // An apostrophe before text that would not be neutralised was not added by the export; it stays.
    for (const cell of ["'", "'x", "a;'b", "'5", "''"]) expect(restoreFormula(cell)).toBe(cell);
    // A hand-written file's formula is taken as written.
    expect(restoreFormula("=x")).toBe("=x");
  });

  it("leaves no cell a spreadsheet could run, for any string", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(possibleCells(neutraliseFormula(value)).filter(runs)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("restores any string it neutralised, so export → import → export is a fixed point", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const exported = neutraliseFormula(value);
        expect(restoreFormula(exported)).toBe(value);
        expect(neutraliseFormula(restoreFormula(exported))).toBe(exported);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("csvStream", () => {
  /** A store of `count` rows with sortable ids, and the keyset pages it was asked for. */
  const storeOf = (count: number) => {
    const rows = Array.from({ length: count }, (_, i) => ({ id: String(i).padStart(4, "0") }));
    const asked: (string | undefined)[] = [];
    const fetch = async (afterId: string | undefined, take: number) => {
      asked.push(afterId);
      return rows.filter((row) => afterId === undefined || row.id > afterId).slice(0, take);
    };
    return { rows, asked, fetch };
  };
  const write = (rows: { id: string }[], first: boolean) =>
    `${first ? "id\r\n" : ""}${rows.map((row) => `${row.id}\r\n`).join("")}`;
  const whole = (count: number) => write(storeOf(count).rows, true);

  it.each([0, 1, 3, 4, 9])(
    "writes %i rows page by page as the same text one write of them all gives",
    async (count) => {
      const { asked, fetch } = storeOf(count);
      const stream = await csvStream({ fetch, pageSize: 3, write });
      expect(await new Response(stream).text()).toBe(whole(count));
      // Keyset pages: each asks for the rows after the last one seen, and a short page ends it.
      const pages = Math.floor(count / 3) + 1;
      expect(asked).toHaveLength(pages);
      expect(asked.slice(1)).toEqual(Array.from({ length: pages - 1 }, (_, i) => String(i * 3 + 2).padStart(4, "0")));
    },
  );

  it("reads a page only when the reader has taken the one before", async () => {
    const { asked, fetch } = storeOf(30);
    const stream = await csvStream({ fetch, pageSize: 3, write });
    expect(asked).toHaveLength(1);
    const reader = stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("id\r\n0000\r\n0001\r\n0002\r\n");
    expect(asked.length).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(asked.length).toBeLessThanOrEqual(2);
  });

  it("lets a failure of the first page surface before any response is made", async () => {
    const fetch = async () => {
      throw new Error("the store is down");
    };
    await expect(csvStream({ fetch, pageSize: 3, write })).rejects.toThrow("the store is down");
  });
});
