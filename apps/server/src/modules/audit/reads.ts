// Reads of special-category data (Art. 9 notes of families, children's
// records, Führungszeugnis facts) are recorded: who read which records when.
// A list of fifty volunteers with their Führungszeugnis state must not cost
// fifty writes, so the reads of one request are gathered per kind of record
// and written as one entry naming every record read (`changes.ids`; the
// record's own id as entityId when it is one). The field resolvers of a list
// run in one synchronous pass, so the entry is written on the next turn of the
// event loop, and every field waits for it: the data leave only once their
// reading is on record (a failed write fails the field). Reads later in the
// same request (a nested list loaded afterwards) start a new entry.
import type { ServiceCtx } from "../service-context.ts";

interface Batch {
  ids: Set<string>;
  written: Promise<void>;
}

const open = new WeakMap<ServiceCtx, Map<string, Batch>>();

export type SpecialCategoryRead = "family.art9NoteRead" | "child.recordRead" | "volunteer.conductRecordRead";

/** Records that the caller reads the record `id` (of `entityType`) in this request. */
export function auditRead(ctx: ServiceCtx, action: SpecialCategoryRead, entityType: string, id: string): Promise<void> {
  let batches = open.get(ctx);
  if (!batches) open.set(ctx, (batches = new Map()));
  let batch = batches.get(action);
  if (!batch) {
    const ids = new Set<string>();
    const gathered = batches;
    const written = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      gathered.delete(action);
      const all = [...ids];
      // organizationId comes from the tenancy extension, as for every audit entry.
      await ctx.db.auditLog.create({
        data: { actorUserId: ctx.viewer?.userId ?? null, action, entityType, entityId: all.length === 1 ? all[0]! : `${all.length} records`, changes: { ids: all } },
      });
    });
    batch = { ids, written };
    batches.set(action, batch);
  }
  batch.ids.add(id);
  return batch.written;
}
