import type { Feedback } from "@portico/schemas/feedback";
import { stringify } from "csv-stringify/sync";

export const CSV_COLUMNS = [
  "id",
  "createdAt",
  "pagePath",
  "product",
  "pageVersion",
  "anchor",
  "helpful",
  "category",
  "comment",
  "email",
  "status",
  "note",
  "updatedAt",
] as const;

/**
 * A cell that a spreadsheet would evaluate (starting with =, +, -, @, tab or carriage return) is
 * prefixed with an apostrophe, so reader text can never run as a formula (OWASP CSV injection).
 */
export const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** RFC 4180 CSV (quoted where needed, CRLF line ends) with every text cell neutralised. */
export function feedbackToCsv(rows: Feedback[]): string {
  return stringify(
    rows.map((row) => CSV_COLUMNS.map((column) => neutralise(row[column] === null ? "" : String(row[column])))),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", quoted_match: /[\r\n",]/ },
  );
}
