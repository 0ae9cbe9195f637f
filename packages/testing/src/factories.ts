// Test factories over Lotse's public API: people, courses, cohorts and
// enrolments made the way the web app makes them (its own operations, by
// name, over HTTP), so a factory can never create a state the product cannot
// reach. The API tests (in-process app) and the browser tests (running API)
// use the same functions; only the `Lotse` they pass differs.
import type { Mailbox } from "./mail.ts";
import { tokenIn } from "./mail.ts";
import type { ApiSession } from "./operations.ts";

/** Where the factories work: a way to open a new, signed-out session, and the mail it sends. */
export interface Lotse {
  session(): ApiSession;
  mailbox: Mailbox;
}

/** The demo accounts of the seed (apps/server/src/modules/identity/seed.ts), one password for all. */
export const demo = {
  password: "Lotse-Demo-2026!",
  admin: "admin@oldenburg.example", // ADMIN in Oldenburg and in Osnabrück
  coordinator: "koordination@oldenburg.example",
  trainer: "kurs@oldenburg.example",
  volunteer: "lotse@oldenburg.example",
  osnabrueckCoordinator: "koordination@osnabrueck.example",
} as const;

export interface Person {
  name: string;
  email: string;
  password: string;
}

let serial = 0;

/** A new person with a unique address (tests share one database per run); the name is unique too unless given. */
export function newPerson(label: string, name?: string): Person {
  const unique = `${Date.now().toString(36)}${(serial++).toString(36)}`;
  return { name: name ?? `${label} Testperson ${unique}`, email: `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${unique}@example.org`, password: "Ehrenamt-im-Test-2026" };
}

export async function signIn(lotse: Lotse, email: string, password: string = demo.password): Promise<ApiSession> {
  return lotse.session().signIn(email, password);
}

export interface SignUpOptions {
  organizationSlug?: string;
  germanLevel?: string;
  languages?: { code: string; level: string; interpreting: boolean }[];
  offersInterpreting?: boolean;
}

/** Signs a volunteer up on the public sign-up and confirms the address with the mailed link. */
export async function signUpVolunteer(lotse: Lotse, person: Person, options: SignUpOptions = {}): Promise<void> {
  const organizationSlug = options.organizationSlug ?? "oldenburg";
  const visitor = lotse.session();
  const { signUpOptions } = await visitor.run<{ signUpOptions: { consent: { version: number } } }>("SignUpOptions", { organizationSlug });
  await visitor.mutate("RegisterVolunteer", {
    input: {
      organizationSlug,
      name: person.name,
      email: person.email,
      password: person.password,
      germanLevel: options.germanLevel ?? "C1",
      languages: options.languages ?? [],
      offersInterpreting: options.offersInterpreting ?? false,
      topicIds: [],
      availability: [],
      maxTandems: 1,
      consent: true,
      consentVersion: signUpOptions.consent.version,
    },
  });
  const mail = await lotse.mailbox.newestTo(person.email, { text: "/verify-email?" });
  await visitor.mutate("VerifyEmail", { token: tokenIn(mail, "/verify-email") });
}

/** The volunteer's id in the coordinator's list, found by the unique address. */
export async function volunteerId(coordinator: ApiSession, person: Pick<Person, "name" | "email">): Promise<string> {
  const { volunteers } = await coordinator.run<{ volunteers: { edges: { node: { id: string; name: string } }[] } }>("Volunteers", {
    first: 5,
    filter: { search: person.email },
  });
  const id = volunteers.edges.find((e) => e.node.name === person.name)?.node.id;
  if (!id) throw new Error(`${person.email} is not in the coordinator's volunteer list`);
  return id;
}

/** Signs a volunteer up, confirms the address and has the coordinator approve them. */
export async function approvedVolunteer(lotse: Lotse, coordinator: ApiSession, person: Person, options: SignUpOptions = {}): Promise<{ id: string }> {
  await signUpVolunteer(lotse, person, options);
  const id = await volunteerId(coordinator, person);
  await coordinator.mutate("ReviewVolunteer", { id, decision: "APPROVE", reason: null, worksWithChildren: false });
  return { id };
}

/** Approved volunteers, each signed in (made side by side: each costs two password hashes). */
export async function signedInVolunteers(lotse: Lotse, coordinator: ApiSession, people: Person[]): Promise<ApiSession[]> {
  return Promise.all(
    people.map(async (person) => {
      await approvedVolunteer(lotse, coordinator, person);
      return signIn(lotse, person.email, person.password);
    }),
  );
}

// ---- training ----------------------------------------------------------------------

/** A CourseInput: title required, the rest as the web app's form leaves it unless given. */
export interface CourseSpec {
  title: string;
  teachingHours?: number;
  topics?: string[];
  [field: string]: unknown;
}

export async function createCourse(trainer: ApiSession, spec: CourseSpec): Promise<{ id: string; title: string }> {
  return trainer.mutate<{ id: string; title: string }>("CreateCourse", { input: { teachingHours: 40, topics: [], ...spec } });
}

export interface SessionSpec {
  startsAt: Date;
  endsAt: Date;
  topic: string;
  room?: string | null;
  onlineUrl?: string | null;
}

export interface CohortSpec {
  title: string;
  capacity: number;
  sessions?: SessionSpec[];
  location?: string | null;
  feeCents?: number;
  /** Opens enrolment once the sessions are in. */
  open?: boolean;
  /** Admission only after a get-to-know interview (off unless given). */
  requiresInterview?: boolean;
}

/** A cohort of the course taught by the signed-in trainer, with its sessions. */
export async function createCohort(trainer: ApiSession, courseId: string, spec: CohortSpec): Promise<{ id: string; title: string; sessionIds: string[] }> {
  const { me } = await trainer.run<{ me: { user: { id: string } } }>("Me");
  const cohort = await trainer.mutate<{ id: string; title: string }>("CreateCohort", {
    courseId,
    input: {
      title: spec.title,
      capacity: spec.capacity,
      // Tests pick small cohorts on purpose: the trainer confirms a capacity outside the usual range.
      confirmUnusualCapacity: true,
      location: spec.location ?? null,
      feeCents: spec.feeCents ?? 0,
      requiresInterview: spec.requiresInterview ?? false,
      offerHours: null,
      enrolmentOpensAt: null,
      enrolmentClosesAt: null,
      trainerIds: [me.user.id],
    },
  });
  const sessionIds: string[] = [];
  for (const s of spec.sessions ?? []) {
    const added = await trainer.mutate<{ id: string }>("AddCohortSession", {
      cohortId: cohort.id,
      input: { startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), topic: s.topic, room: s.room ?? null, onlineUrl: s.onlineUrl ?? null },
    });
    sessionIds.push(added.id);
  }
  if (spec.open) await trainer.mutate("OpenEnrolment", { id: cohort.id });
  return { ...cohort, sessionIds };
}

/** A volunteer's binding application; the answer says whether they got a place or wait. */
export async function enrol(volunteer: ApiSession, cohortId: string, motivation: string | null = null): Promise<{ id: string; status: string; waitlistPosition: number | null }> {
  return volunteer.mutate("ApplyToCohort", { cohortId, motivation });
}

// ---- organisations -----------------------------------------------------------------

/** Switches the session to the member's organisation with this name (as the switcher at the top of the page does). */
export async function switchOrganization(session: ApiSession, organizationName: string | RegExp): Promise<void> {
  const { me } = await session.run<{ me: { memberships: { organization: { id: string; name: string } }[] } }>("Me");
  const target = me.memberships.find((m) => (typeof organizationName === "string" ? m.organization.name === organizationName : organizationName.test(m.organization.name)));
  if (!target) throw new Error(`not a member of ${String(organizationName)}: ${me.memberships.map((m) => m.organization.name).join(", ")}`);
  await session.mutate("SwitchOrganization", { organizationId: target.organization.id });
}

/** An admin's invitation into their current organisation. */
export async function inviteUser(admin: ApiSession, input: { email: string; name: string; roles: string[] }): Promise<{ id: string; email: string; status: string }> {
  return admin.mutate("InviteUser", { input });
}

/**
 * Registers a family with consent (no district, address or phone, no Art. 9 note),
 * as the coordinator's form would; `input` replaces any of those defaults.
 */
export async function registerFamily(coordinator: ApiSession, input: { addressedAs: string } & Record<string, unknown>): Promise<{ id: string }> {
  return coordinator.mutate<{ id: string }>("RegisterFamily", {
    input: {
      members: [{ firstName: "Samira", birthYear: 1988, adult: true }],
      languages: [{ code: "ar", level: "NATIVE" }],
      germanLevel: "A2",
      districtId: null,
      address: null,
      phone: null,
      needIds: [],
      wishes: null,
      wantsWomanVolunteer: false,
      times: [],
      art9Consent: false,
      restrictedNote: null,
      consent: true,
      consentVersion: 1,
      ...input,
    },
  });
}
