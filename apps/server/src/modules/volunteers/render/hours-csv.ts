// The hours export as CSV for German Excel, streamed batch by batch. The duration as numbers a
// spreadsheet sums (minutes, and decimal hours with a comma), each header naming its unit.
import { germanDateTime } from "@lotse/domain/berlin-time";
import { formatDate, formatIsoDate } from "@lotse/domain/calendar-date";
import type { ReviewStatus } from "../../../generated/prisma/client.ts";
import { csvStream, type StreamEvents } from "../../../formats/csv-stream.ts";
import { decimalHours } from "../../../formats/hours.ts";
import type { FetchAPI } from "../../../http/responses.ts";
import type { HourLogExportRow } from "../exports.service.ts";

export const CSV_HEADER = ["Datum", "Ehrenamtliche/r", "E-Mail", "Tätigkeit", "Kurs", "Minuten", "Stunden (dezimal)", "Status", "Geprüft am", "Notiz"];

// The words of the UI ("Anerkannt"), so the office finds the same status in the export.
const STATUS_DE: Record<ReviewStatus, string> = { PENDING: "Offen", APPROVED: "Anerkannt", REJECTED: "Abgelehnt" };

/** The hours of a period, streamed in batches of `batchSize` (formats/csv-stream.ts). */
export function hoursCsvStream(
  fetchAPI: FetchAPI,
  nextBatch: (after: HourLogExportRow | null) => Promise<HourLogExportRow[]>,
  batchSize: number,
  events: StreamEvents,
): ReadableStream<Uint8Array> {
  return csvStream(fetchAPI, {
    header: CSV_HEADER,
    nextBatch,
    batchSize,
    cells: (log) => [
      formatDate(formatIsoDate(log.date), "de"),
      log.volunteer.user.name,
      log.volunteer.user.email,
      log.activityType.name,
      log.cohort?.title,
      log.minutes,
      decimalHours(log.minutes),
      STATUS_DE[log.status],
      log.reviewedAt ? germanDateTime(log.reviewedAt) : "",
      log.note,
    ],
  }, events);
}
