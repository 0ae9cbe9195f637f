// CSV as German Excel opens it: `;`-separated, CRLF, UTF-8 with a BOM (the
// BOM is the stream's first chunk), and cells that cannot run as formulas.

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";

/**
 * Characters that make a spreadsheet read a cell as a formula when they come
 * first: = + - @, a tab or carriage return, and the full-width forms
 * ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Excel and LibreOffice
 * (with East Asian input) also take as the start of a formula.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell for German Excel: a cell a spreadsheet would read as a formula
 * (FORMULA_START) gets a leading apostrophe, and a cell holding the
 * separator, a quote or a line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(";")}\r\n`;

/**
 * A number as German Excel reads one: decimal comma, no grouping (a grouped
 * "1.234,56" is text to some spreadsheets): 1234.5 -> "1234,50".
 */
export const csvDecimal = (n: number, digits = 2) => n.toFixed(digits).replace(".", ",");

/** An amount in cents as a CSV cell in euros: 123456 -> "1234,56". */
export const csvEuros = (cents: number) => csvDecimal(cents / 100);
