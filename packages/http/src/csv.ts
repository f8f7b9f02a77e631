const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would evaluate (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so text from a request can never run as a formula (OWASP CSV injection).
 */
export const neutraliseFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** The inverse of {@link neutraliseFormula}, so an exported file imports back unchanged. */
export const restoreFormula = (value: string) => (NEUTRALISED.test(value) ? value.slice(1) : value);
