// A cell may start at the value's start or after `,` or `;` (whichever separator a spreadsheet
// was set to), a tab or a line break (a reader set to another separator does not honour the
// file's quotes, so a quoted line break ends its row). What makes it a formula is a trigger,
// possibly behind quote characters: after a split, `"=1` opens a quoted cell holding a formula,
// and `'=1` is a value that began with an apostrophe, which gains one too so the import can tell
// it from one the export added.
const NEUTRALISE = /(?<=^|[,;\t\r\n])(?=['"]*[=+\-@\t\r])/g;
const RESTORE = /(?<=^|[,;\t\r\n])'(?=['"]*[=+\-@\t\r])/g;

/**
 * OWASP's CSV-injection rule, applied to every place a spreadsheet may start a cell: the value's
 * start and right after a `,`, `;`, tab or line break. Where what follows is `=`, `+`, `-`, `@`,
 * tab or carriage return, possibly behind `'` or `"` characters, one `'` is inserted. Numbers get
 * no exemption: `-5` becomes `'-5` (no exported numeric column can be negative).
 */
export const neutraliseFormula = (value: string) => value.replace(NEUTRALISE, "'");

/**
 * The exact inverse of {@link neutraliseFormula}: removes one `'` wherever one was inserted, that
 * is where a cell may start and the rest would itself be neutralised. `restoreFormula(
 * neutraliseFormula(v)) === v` for every string, including values that start with an apostrophe.
 */
export const restoreFormula = (value: string) => value.replace(RESTORE, "");

export interface CsvStreamOptions<R extends { id: string }> {
  /** The rows after an id, in id order, at most `take` of them (a keyset page, as `rowsAfter` reads). */
  fetch: (afterId: string | undefined, take: number) => Promise<R[]>;
  /** Rows read from the store at a time. */
  pageSize: number;
  /** One page as CSV text; `first` is the first page, which carries the header (even with no rows). */
  write: (rows: R[], first: boolean) => string;
}

/**
 * A CSV download as a byte stream: the store is read a page at a time by keyset on `id`, and each
 * page is written as the client takes it, so the file is never held whole. The first page is read
 * before this resolves, so a store that cannot answer still gets its error envelope; a failure after
 * that can only cut the download short. A client that goes away stops the reading.
 */
export async function csvStream<R extends { id: string }>({
  fetch,
  pageSize,
  write,
}: CsvStreamOptions<R>): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let page = await fetch(undefined, pageSize);
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const text = write(page, first);
        first = false;
        if (text.length > 0) controller.enqueue(encoder.encode(text));
        const last = page.at(-1);
        if (page.length < pageSize || last === undefined) controller.close();
        else page = await fetch(last.id, pageSize);
      },
    },
    // Nothing is read ahead of what the client has taken.
    { highWaterMark: 0 },
  );
}
