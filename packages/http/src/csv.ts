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
