// Building blocks for the modules' privacy declarations (module.ts). Most
// personal rows are found by who they are about: a user id, the volunteer
// profile of that user in the caller's organisation, or a family, child or
// donor id. `personalRows` turns such a condition and the model's erasure rule
// (delete, anonymise some columns, or keep) into the four hooks: export (the
// rows, secrets left out), plan, holds and erase.
import type { ErasureCtx, ErasureHold, ErasurePlan, ModelName, PersonalDataDeclaration, PrivacyDeclaration, PrivacySubject, SubjectKind, SubjectOf, UserSubject } from "./module.ts";
import type { ServiceCtx } from "./service-context.ts";

/** What an erased name or text becomes (the matching module's families use the same). */
export const ERASED = "—";

/** The part of a Prisma model delegate these hooks use (delegates differ per model, so they are reached by name). */
interface RowDelegate {
  findMany(args: object): Promise<unknown[]>;
  count(args: object): Promise<number>;
  deleteMany(args: object): Promise<{ count: number }>;
  updateMany(args: object): Promise<{ count: number }>;
}

const delegateName = (model: ModelName) => model.charAt(0).toLowerCase() + model.slice(1);

/** A model's delegate on any client (the scoped one, the system one, the erasure's transaction). */
export const rowsOf = (client: object, model: ModelName) => (client as Record<string, unknown>)[delegateName(model)] as RowDelegate;

export type Finder<K extends SubjectKind> = (subject: SubjectOf<K>, ctx: ServiceCtx) => object;
/** How to find the model's rows per kind of subject; a kind without a finder has no rows here. */
export type Finders = { [K in SubjectKind]?: Finder<K> };

/** The rows' condition for this subject, or null when the model holds nothing about this kind of person. */
export function whereFor(finders: Finders, subject: PrivacySubject, ctx: ServiceCtx): object | null {
  const find = finders[subject.kind] as ((s: PrivacySubject, c: ServiceCtx) => object) | undefined;
  return find ? find(subject, ctx) : null;
}

/**
 * What erasing a person does to the model's rows:
 * - `delete`: the rows go (nothing in them is needed once the person is gone);
 * - `anonymise`: the named columns are overwritten (the rows stay for the figures), `kept` says why;
 * - `keep`: the rows stay unchanged (they name the person by id only, or a law keeps them), `kept` says why.
 */
export type ErasureRule =
  | { delete: true }
  | { anonymise: object | ((ctx: ErasureCtx) => object); kept: string }
  | { keep: string };

export interface PersonalRowsOptions {
  /**
   * `scoped` (default): the organisation's rows through the tenancy client;
   * `system`: rows that belong to the person across organisations (the account).
   */
  client?: "scoped" | "system";
  /** Columns never exported (secrets: hashes of passwords and tokens). */
  omit?: string[];
  /** One rule, or one per kind of subject (a counsellor's appointments stay, a child's lose their notes). */
  erase: ErasureRule | { [K in SubjectKind]?: ErasureRule };
  /** Open business or a retention duty that refuses the erasure for now. */
  holds?(ctx: ServiceCtx, subject: PrivacySubject): Promise<ErasureHold[]>;
}

const actionOf = (rule: ErasureRule): ErasurePlan["action"] => ("delete" in rule ? "delete" : "anonymise" in rule ? "anonymise" : "keep");
const keptOf = (rule: ErasureRule) => ("anonymise" in rule ? rule.kept : "keep" in rule ? rule.keep : undefined);

/** The plan line for rows found by a condition. */
export function planLine(model: ModelName, rows: number, rule: ErasureRule): ErasurePlan {
  const kept = keptOf(rule);
  return { model, rows, action: actionOf(rule), ...(kept && rows > 0 ? { kept } : {}) };
}

export function personalRows(model: ModelName, where: Finder<"user"> | Finders, options: PersonalRowsOptions): PersonalDataDeclaration {
  const finders: Finders = typeof where === "function" ? { user: where } : where;
  const reader = (ctx: ServiceCtx) => rowsOf(options.client === "system" ? ctx.prisma : ctx.db, model);
  const omit = options.omit?.length ? { omit: Object.fromEntries(options.omit.map((column) => [column, true])) } : {};
  const rules = options.erase;
  const ruleFor = (subject: PrivacySubject): ErasureRule =>
    "delete" in rules || "anonymise" in rules || "keep" in rules ? (rules as ErasureRule) : ((rules as Record<string, ErasureRule>)[subject.kind] ?? { keep: "" });
  return {
    model,
    personalData: true,
    async export(ctx, subject) {
      const w = whereFor(finders, subject, ctx);
      return w ? reader(ctx).findMany({ where: w, ...omit }) : [];
    },
    async plan(ctx, subject) {
      const w = whereFor(finders, subject, ctx);
      return planLine(model, w ? await reader(ctx).count({ where: w }) : 0, ruleFor(subject));
    },
    ...(options.holds ? { holds: options.holds } : {}),
    async erase(ctx, subject) {
      const rule = ruleFor(subject);
      const w = whereFor(finders, subject, ctx);
      if (!w) return planLine(model, 0, rule);
      // The erasure's transaction reaches system models too (the tenancy extension passes them through).
      const rows = rowsOf(ctx.tx, model);
      if ("delete" in rule) return planLine(model, (await rows.deleteMany({ where: w })).count, rule);
      if ("anonymise" in rule) {
        const data = typeof rule.anonymise === "function" ? rule.anonymise(ctx) : rule.anonymise;
        return planLine(model, (await rows.updateMany({ where: w, data })).count, rule);
      }
      return planLine(model, await rows.count({ where: w }), rule);
    },
  };
}

export const noPersonalData = (model: ModelName, reason: string): PrivacyDeclaration => ({ model, personalData: false, reason });

/** Rows of the subject's volunteer profile in the caller's organisation. */
export const ofVolunteer = (subject: UserSubject) => ({ volunteer: { userId: subject.userId } });

/**
 * A frozen document (a certificate's or Nachweis's content) with every text
 * that names the person replaced by ERASED: the document keeps its number,
 * dates and figures, and no longer says whom it was about.
 */
export function scrubbed<T>(value: T, identifying: readonly string[]): T {
  const texts = identifying.filter((t) => t.trim().length > 0);
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return texts.reduce((s, t) => s.split(t).join(ERASED), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
