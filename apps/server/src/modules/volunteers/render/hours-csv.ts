// The hours export as CSV for German Excel, streamed: the next batch is read
// only when the client has taken the previous one (pull), so neither the
// server nor the database holds the whole period at once.
import { germanDateTime } from "@lotse/domain/berlin-time";
import { formatDate, formatIsoDate } from "@lotse/domain/calendar-date";
import type { ReviewStatus } from "../../../generated/prisma/client.ts";
import { CSV_BOM, csvLine } from "../../../formats/csv.ts";
import { decimalHours } from "../../../formats/hours.ts";
import type { FetchAPI } from "../../../http/responses.ts";
import type { HourLogExportRow } from "../exports.service.ts";

export const CSV_HEADER = ["Datum", "Ehrenamtliche/r", "E-Mail", "Tätigkeit", "Kurs", "Minuten", "Stunden", "Status", "Geprüft am", "Notiz"];

// The words of the UI ("Anerkannt"), so the office finds the same status in the export.
const STATUS_DE: Record<ReviewStatus, string> = { PENDING: "Offen", APPROVED: "Anerkannt", REJECTED: "Abgelehnt" };

export interface StreamEvents {
  done(rows: number): void;
  failed(error: unknown, rows: number): void;
  cancelled(rows: number): void;
}

/**
 * UTF-8 with BOM, `;`-separated, CRLF. `nextBatch(after)` returns the rows
 * after the given one (null: from the start); a batch shorter than
 * `batchSize` is the last.
 */
export function hoursCsvStream(
  fetchAPI: FetchAPI,
  nextBatch: (after: HourLogExportRow | null) => Promise<HourLogExportRow[]>,
  batchSize: number,
  events: StreamEvents,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last: HourLogExportRow | null = null;
  let header = true;
  let rows = 0;
  let finished = false;
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        header = false;
        controller.enqueue(encoder.encode(`${CSV_BOM}${csvLine(CSV_HEADER)}`));
        return;
      }
      try {
        // Let other requests and socket writes run between batches: the embedded
        // PGlite answers without I/O, so a long export would otherwise hold the event loop.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = await nextBatch(last);
        if (batch.length > 0) {
          let chunk = "";
          for (const log of batch) {
            chunk += csvLine([
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
            ]);
          }
          rows += batch.length;
          last = batch[batch.length - 1]!;
          controller.enqueue(encoder.encode(chunk));
        }
        if (batch.length < batchSize) {
          finished = true;
          controller.close();
          events.done(rows);
        }
      } catch (error) {
        finished = true;
        events.failed(error, rows);
        controller.error(error);
      }
    },
    cancel() {
      // Some stream wrappers cancel after the end too; only an unfinished export was cut short.
      if (!finished) events.cancelled(rows);
    },
  });
}
