import { neutraliseFormula } from "@portico/http/csv";
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
  "channel",
] as const;

/** RFC 4180 CSV (quoted where needed, CRLF line ends) with every text cell neutralised. */
export function feedbackToCsv(rows: Feedback[]): string {
  return stringify(
    rows.map((row) => CSV_COLUMNS.map((column) => neutraliseFormula(row[column] === null ? "" : String(row[column])))),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", quoted_match: /[\r\n",]/ },
  );
}
