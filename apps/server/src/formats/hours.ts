// Minutes as decimal hours for the CSV files, which spreadsheets read (German
// number format; the column is headed "Stunden (dezimal)"). People read
// durations as "3 Std. 30 Min." everywhere else: @lotse/domain/duration.
import { csvDecimal } from "./csv.ts";

/** Minutes as decimal hours with a comma: 90 -> "1,50". */
export function decimalHours(minutes: number): string {
  return csvDecimal(minutes / 60);
}

