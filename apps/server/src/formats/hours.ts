// Minutes shown as hours in the downloads (German number format: the CSV's
// column and the Nachweis' table must agree with what a spreadsheet reads).
import { csvDecimal } from "./csv.ts";

/** Minutes as decimal hours with a comma: 90 -> "1,50". */
export function decimalHours(minutes: number): string {
  return csvDecimal(minutes / 60);
}

const groupedHours = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Minutes as grouped hours for print: 90000 -> "1.500,00 Std.". */
export const hoursText = (minutes: number) => `${groupedHours.format(minutes / 60)} Std.`;
