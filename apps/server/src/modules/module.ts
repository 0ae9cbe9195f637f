// The shape of an area of Lotse. Each module folder exports one
// `defineModule({...})` from its index.ts, and modules/index.ts lists them:
// the schema, the app's routes, the seed, the scheduler and the privacy
// checks read that list, so adding an area is one folder plus one line and
// the platform never names a module's internals.
import type { DemoRandom } from "../db/demo-random.ts";
import type { Prisma, VolunteerStatus } from "../generated/prisma/client.ts";
import type { Route } from "../http/routes.ts";
import type { DelayedJobHandler } from "../jobs/delayed-job-handler.ts";
import type { ScopedTx } from "../db/tenancy.ts";
import type { RetentionTask } from "./retention-task.ts";
import type { JobCtx, ServiceCtx } from "./service-context.ts";
import type { Role } from "@lotse/domain/roles";

/** Recurring work that reads what is due from the database (see jobs/scheduler.ts). */
export interface ModuleJob {
  name: string;
  /** Returns how many things it did (0: nothing was due). */
  run(ctx: JobCtx): Promise<number>;
}

/** What the demo seeds share while they run in list order inside one transaction. */
export interface SeedCtx {
  tx: Prisma.TransactionClient;
  /** The moment of seeding: every demo date is counted from it, so the demo always looks current. */
  now: Date;
  /**
   * A deterministic random stream per name (db/demo-random.ts): the same
   * seeding date gives the same office, and one module's draws never shift
   * another's.
   */
  random(stream: string): DemoRandom;
  /** Organisation ids by slug, filled by the organizations module. */
  organizations: Record<string, string>;
  /** User ids by email, filled by the identity module. */
  users: Record<string, string>;
  /** The demo password's hash, computed once (scrypt is slow on purpose). */
  passwordHash: string;
  /** The demo office's volunteers by organisation slug, filled by the volunteers module's office seed. */
  volunteers: Record<string, SeededVolunteer[]>;
}

/** A volunteer of the demo office, as the later modules' office seeds need them. */
export interface SeededVolunteer {
  id: string;
  userId: string;
  name: string;
  status: VolunteerStatus;
  /** Consent withdrawn (the profile is PAUSED). */
  consentWithdrawn: boolean;
  /** The sign-up: nothing of theirs is dated before it. */
  signedUpAt: Date;
  /** Offers interpreting (Sprachmittlerpool). */
  interprets: boolean;
}

/**
 * Whose data a privacy request is about, in the caller's organisation: a
 * person with an account (volunteer or staff), or one of the people staff
 * record without an account: a family (matching), a child (appointments), a
 * donor (donations).
 */
export type PrivacySubject =
  | { kind: "user"; userId: string; /** Rows kept by address before or beside an account (sign-in attempts, mails). */ email: string }
  | { kind: "family"; familyId: string }
  | { kind: "child"; childId: string }
  | { kind: "donor"; donorId: string };
export type SubjectKind = PrivacySubject["kind"];
export type SubjectOf<K extends SubjectKind> = Extract<PrivacySubject, { kind: K }>;
export type UserSubject = SubjectOf<"user">;

/** What an erasure does (or, as a plan, would do) to one model's rows about the subject. */
export interface ErasurePlan {
  model: string;
  rows: number;
  /** delete: the rows go; anonymise: they stay without what names the person; keep: they stay as they are. */
  action: "delete" | "anonymise" | "keep";
  /** Why rows stay (legal retention, the organisation's records, aggregates), if any do. */
  kept?: string;
}

/** Why an erasure must wait (a legal retention or open business): a message key of the API's messages. */
export interface ErasureHold {
  model: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

/**
 * What an erasure hook receives: the service context, the erasure's one
 * transaction (every module's change and the audit entry commit together), the
 * clock, and the texts that name the person (name, email, phone), for hooks
 * that must scrub frozen documents rather than null a column.
 */
export interface ErasureCtx extends ServiceCtx {
  readonly tx: ScopedTx;
  readonly now: Date;
  readonly identifying: readonly string[];
}

export type ModelName = Prisma.ModelName;

/**
 * Every Prisma model is claimed by exactly one module, which says whether it
 * holds personal data. If it does, the module answers an export (the rows
 * about the subject, secrets left out), a plan (what erasure would do), the
 * holds that refuse an erasure for now, and the erasure itself, inside the
 * erasure's transaction (modules/data-protection runs them in module and list
 * order: a module lists rows found through another of its rows before that row,
 * whose erasure may remove what finds them).
 * modules/privacy.test.ts walks the data model and fails on a gap.
 */
export type PrivacyDeclaration =
  | PersonalDataDeclaration
  | {
      model: ModelName;
      personalData: false;
      /** Why no person can be found in it. */
      reason: string;
    };

export interface PersonalDataDeclaration {
  model: ModelName;
  personalData: true;
  export(ctx: ServiceCtx, subject: PrivacySubject): Promise<unknown[]>;
  plan(ctx: ServiceCtx, subject: PrivacySubject): Promise<ErasurePlan>;
  holds?(ctx: ServiceCtx, subject: PrivacySubject): Promise<ErasureHold[]>;
  erase(ctx: ErasureCtx, subject: PrivacySubject): Promise<ErasurePlan>;
}

/**
 * One count on a role's start page ("3 sign-ups waiting for approval"): what
 * needs the viewer now. The web names it by `key` and links it to `href`, the
 * list filtered to exactly the counted rows; the navigation item whose page
 * `href` lies under shows the same count as a badge.
 */
export interface WorkQueueItem extends WorkQueueWork {
  count: number;
}

/**
 * What a work-queue count counts, without the count: each module declares its
 * entries once and uses them for its `workQueue` counts and for the
 * notifications its services write when such work arrives (notifications
 * module, `notify`), so the bell and the start page name the same work.
 */
export interface WorkQueueWork {
  /** Stable name, `<module>.<what>`; the web's messages label it. */
  key: string;
  /** The role this is work for. */
  role: Role;
  /** The filtered list (a path of @lotse/domain/paths with its query). */
  href: string;
}

export interface LotseModule {
  name: string;
  /**
   * The module's GraphQL files. Pothos registers types and fields when a file
   * is imported; listing the files here is what brings them into the schema
   * (graphql/schema.ts reads this list, never a module's files by name).
   */
  graphql?: readonly object[];
  routes?: readonly Route[];
  /** Recurring jobs and the handlers of the module's delayed one-off jobs (enqueueJob). */
  jobs?: readonly (ModuleJob | DelayedJobHandler<never>)[];
  /** What the retention jobs delete, anonymise, flag or prune in this module (modules/retention). */
  retention?: readonly RetentionTask[];
  /** Demo data, run in list order in one transaction (db/seed.ts): the small base the tests start from. */
  seed?(ctx: SeedCtx): Promise<void>;
  /**
   * The demo office (`DEMO_DATA=office`, what `npm start` loads): a lively layer on top of
   * every module's base seed, run in list order after them, in the same transaction.
   */
  seedOffice?(ctx: SeedCtx): Promise<void>;
  privacy: readonly PrivacyDeclaration[];
  /**
   * The module's counts for the start pages and navigation badges
   * (`myWorkQueue`), for the roles the signed-in viewer holds. Count
   * statements only, never lists: every page load of every role asks.
   */
  workQueue?(ctx: ServiceCtx): Promise<readonly WorkQueueItem[]>;
}

/** Identity for now; the one place a future check on every module (names, duplicates) goes. */
export function defineModule<M extends LotseModule>(module: M): M {
  return module;
}
