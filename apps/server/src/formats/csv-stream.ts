// A CSV export streamed in batches: the next batch is read only when the client
// has taken the previous one (pull), so neither the server nor the database
// holds the whole export at once. The file is the one of csv.ts (BOM, `;`, CRLF).
import type { FetchAPI } from "../http/responses.ts";
import { CSV_BOM, csvLine } from "./csv.ts";

export interface StreamEvents {
  done(rows: number): void;
  failed(error: unknown, rows: number): void;
  cancelled(rows: number): void;
}

export interface CsvStreamSource<Row> {
  header: string[];
  /** The rows after the given one (null: from the start); a batch shorter than `batchSize` is the last. */
  nextBatch(after: Row | null): Promise<Row[]>;
  batchSize: number;
  cells(row: Row): (string | number | null | undefined)[];
}

export function csvStream<Row>(fetchAPI: FetchAPI, source: CsvStreamSource<Row>, events: StreamEvents): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last: Row | null = null;
  let header = true;
  let rows = 0;
  let finished = false;
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        header = false;
        controller.enqueue(encoder.encode(`${CSV_BOM}${csvLine(source.header)}`));
        return;
      }
      try {
        // Let other requests and socket writes run between batches: the embedded
        // PGlite answers without I/O, so a long export would otherwise hold the event loop.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = await source.nextBatch(last);
        if (batch.length > 0) {
          let chunk = "";
          for (const row of batch) chunk += csvLine(source.cells(row));
          rows += batch.length;
          last = batch[batch.length - 1]!;
          controller.enqueue(encoder.encode(chunk));
        }
        if (batch.length < source.batchSize) {
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
