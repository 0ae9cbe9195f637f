// Building blocks for the modules' privacy declarations (module.ts). Most
// personal rows are found by who they are about: a user id, or the volunteer
// profile of that user in the caller's organisation. `personalRows` turns such
// a condition into an export (the rows, secrets left out) and an erasure plan
// (how many rows, and what stays for legal reasons). The Integrationsmonitor
// issue replaces the plan with the erasure itself.
import type { ErasurePlan, ModelName, PrivacyDeclaration, PrivacySubject } from "./module.ts";
import type { ServiceCtx } from "./service-context.ts";

/** The part of a Prisma model delegate these hooks use (delegates differ per model, so they are reached by name). */
interface RowDelegate {
  findMany(args: object): Promise<unknown[]>;
  count(args: object): Promise<number>;
}

const delegateName = (model: ModelName) => model.charAt(0).toLowerCase() + model.slice(1);

export interface PersonalRowsOptions {
  /**
   * `scoped` (default): the organisation's rows through the tenancy client;
   * `system`: rows that belong to the person across organisations (the account).
   */
  client?: "scoped" | "system";
  /** Columns never exported (secrets: hashes of passwords and tokens). */
  omit?: string[];
  /** Why erasure keeps the rows (e.g. retention duties); absent: they would be removed. */
  kept?: string;
}

export function personalRows(model: ModelName, where: (subject: PrivacySubject, ctx: ServiceCtx) => object, options: PersonalRowsOptions = {}): PrivacyDeclaration {
  const delegate = (ctx: ServiceCtx) => (options.client === "system" ? ctx.prisma : ctx.db)[delegateName(model) as never] as unknown as RowDelegate;
  const omit = options.omit?.length ? { omit: Object.fromEntries(options.omit.map((column) => [column, true])) } : {};
  return {
    model,
    personalData: true,
    export: (ctx, subject) => delegate(ctx).findMany({ where: where(subject, ctx), ...omit }),
    async erase(ctx, subject): Promise<ErasurePlan> {
      return { model, rows: await delegate(ctx).count({ where: where(subject, ctx) }), ...(options.kept ? { kept: options.kept } : {}) };
    },
  };
}

export const noPersonalData = (model: ModelName, reason: string): PrivacyDeclaration => ({ model, personalData: false, reason });

/** Rows of the subject's volunteer profile in the caller's organisation. */
export const ofVolunteer = (subject: PrivacySubject) => ({ volunteer: { userId: subject.userId } });
