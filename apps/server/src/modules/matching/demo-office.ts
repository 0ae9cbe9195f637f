// Tandems of the demo office (DEMO_DATA=office): families in Oldenburg waiting,
// matched and closed, tandems in every state with their history and contact
// log (one ACTIVE tandem past the 14-day mark, so the alert shows), and a
// proposal waiting for the demo volunteer Leyla. The stored explanations are
// the scorer's own for the demo volunteers, as a coordinator would have seen
// them. Every date counts back from the seeding moment. The Tandem trigger
// checks every tandem written here like any other (capacity, one per family).
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import type { ScopedDb } from "../../db/tenancy.ts";
import type { LanguageLevel, Prisma, TandemStatus } from "../../generated/prisma/client.ts";
import type { SeedCtx } from "../module.ts";
import { readSettings } from "../organizations/index.ts";
import { createScorer } from "./assignment/scoring.ts";
import { buildMatching, loadFamilies, loadVolunteers } from "./matching-data.service.ts";
import { explainPair } from "./suggestions.service.ts";

const DAY_MS = 86_400_000;

/** First names of the demo volunteers that are women's names (the demo people carry no gender). */
const WOMEN = new Set(
  "Hannelore Sabine Katrin Wiebke Gesa Insa Frauke Lena Birgit Renate Ulrike Marlies Friederike Heike Anke Clara Amira Rania Yasmin Nour Lina Hiba Reem Dima Fatemeh Zahra Maryam Parisa Shirin Mina Mahsa Olena Iryna Oksana Tetiana Nataliia Yuliia Kateryna Viktoriia Halyna Ayşe Elif Zeynep Derya Gül Esra Filiz Rojda Dilan Berivan Hêvî Nesrin Zozan Swetlana Natalja Olga Irina Jelena Tatjana Lydia Senait Helen Selam Luwam Aminata Fatoumata Mariama Grace Hodan Fadumo Ayaan Sahra Agnieszka Katarzyna Magdalena Joanna Leyla".split(" "),
);

interface DemoFamily {
  addressedAs: string;
  members: [string, number, boolean][];
  languages: [string, LanguageLevel][];
  germanLevel: LanguageLevel | null;
  district: number;
  needs: number[];
  wishes: string;
  requiredLanguage?: string;
  wantsWoman?: boolean;
  times: [number, number, number][];
  arrivedDaysAgo: number;
  waitingDaysAgo: number;
  art9?: string;
}

const FAMILIES: DemoFamily[] = [
  { addressedAs: "Familie Haddad", members: [["Rami", 1984, true], ["Nour", 1988, true], ["Lana", 2015, false], ["Yusuf", 2019, false]], languages: [["ar", "NATIVE"], ["en", "A2"]], germanLevel: "A2", district: 0, needs: [0, 1], wishes: "Hilfe bei der Schulanmeldung und bei Briefen vom Jobcenter.", times: [[2, 960, 1140], [6, 600, 780]], arrivedDaysAgo: 200, waitingDaysAgo: 90, art9: "Yusuf braucht regelmäßig Termine beim Kinderarzt (Asthma)." },
  { addressedAs: "Frau Kovalenko", members: [["Olha", 1979, true], ["Sofiia", 2011, false]], languages: [["uk", "NATIVE"], ["ru", "C1"]], germanLevel: "A1", district: 1, needs: [1, 2], wishes: "Wohnungssuche, Deutsch üben.", wantsWoman: true, times: [[1, 1020, 1200], [3, 1020, 1200]], arrivedDaysAgo: 320, waitingDaysAgo: 60 },
  { addressedAs: "Familie Rahimi", members: [["Ahmad", 1990, true], ["Zahra", 1993, true], ["Omid", 2021, false]], languages: [["fa", "NATIVE"]], germanLevel: "A2", district: 2, needs: [0, 3], wishes: "Begleitung zu Behörden.", requiredLanguage: "fa", times: [[4, 600, 720]], arrivedDaysAgo: 150, waitingDaysAgo: 45 },
  { addressedAs: "Herr Yılmaz", members: [["Kemal", 1968, true]], languages: [["tr", "NATIVE"]], germanLevel: "B1", district: 0, needs: [2], wishes: "Bewerbungen schreiben.", times: [[5, 840, 1020]], arrivedDaysAgo: 400, waitingDaysAgo: 20 },
  { addressedAs: "Familie Tesfay", members: [["Mehari", 1987, true], ["Luwam", 1991, true], ["Selam", 2017, false]], languages: [["ti", "NATIVE"], ["en", "B1"]], germanLevel: "A2", district: 1, needs: [0, 1, 2], wishes: "Kita-Platz, Elternabende verstehen.", times: [[2, 900, 1080], [6, 540, 720]], arrivedDaysAgo: 260, waitingDaysAgo: 120 },
  { addressedAs: "Familie Nasser", members: [["Samer", 1982, true], ["Dima", 1985, true]], languages: [["ar", "NATIVE"]], germanLevel: "B1", district: 2, needs: [3], wishes: "Ausbildung anerkennen lassen.", times: [[3, 1080, 1200]], arrivedDaysAgo: 500, waitingDaysAgo: 10 },
  { addressedAs: "Familie Hosseini", members: [["Reza", 1975, true], ["Mina", 1980, true], ["Navid", 2009, false]], languages: [["fa", "NATIVE"], ["en", "B1"]], germanLevel: "B1", district: 0, needs: [0], wishes: "Nachhilfe für Navid.", times: [[1, 960, 1140]], arrivedDaysAgo: 700, waitingDaysAgo: 300 },
];

/** What becomes of each demo family (index into FAMILIES): its tandem's state and the volunteer it goes to. */
const TANDEMS: { family: number; status: TandemStatus; startedDaysAgo: number; lastContactDaysAgo: number | null; leyla?: boolean }[] = [
  // Past the 14-day mark: flagged on the coordinator's start page and in the list.
  { family: 0, status: "ACTIVE", startedDaysAgo: 70, lastContactDaysAgo: 19 },
  { family: 3, status: "ACTIVE", startedDaysAgo: 40, lastContactDaysAgo: 3 },
  { family: 4, status: "PAUSED", startedDaysAgo: 100, lastContactDaysAgo: 30 },
  // The demo volunteer's open proposal (a family without children: no Führungszeugnis needed).
  { family: 5, status: "PROPOSED", startedDaysAgo: 2, lastContactDaysAgo: null, leyla: true },
  { family: 6, status: "ENDED", startedDaysAgo: 280, lastContactDaysAgo: 120 },
];

export async function seedMatchingOffice(ctx: SeedCtx) {
  const { tx, now } = ctx;
  const organizationId = ctx.organizations.oldenburg;
  const coordinator = ctx.users["koordination@oldenburg.example"];
  if (!organizationId || !coordinator) return;
  const today = berlinToday(now);
  const daysAgo = (d: number) => new Date(now.getTime() - d * DAY_MS);
  const dayAgo = (d: number) => addDays(parseIsoDate(today), -d);

  // Gender as the demo volunteers would state it (for the "woman as volunteer" wish).
  const volunteers = ctx.volunteers.oldenburg ?? [];
  const women = volunteers.filter((v) => WOMEN.has(v.name.split(" ")[0]!)).map((v) => v.id);
  await tx.volunteerProfile.updateMany({ where: { id: { in: women } }, data: { gender: "WOMAN" } });
  const leyla = await tx.volunteerProfile.findFirst({ where: { organizationId, user: { email: "lotse@oldenburg.example" } }, select: { id: true } });
  if (leyla) await tx.volunteerProfile.update({ where: { id: leyla.id }, data: { gender: "WOMAN", maxTandems: 2 } });

  const [topics, districts] = await Promise.all([
    tx.topic.findMany({ where: { organizationId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    tx.district.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
  ]);
  const familyIds: string[] = [];
  for (const f of FAMILIES) {
    const family = await tx.family.create({
      data: {
        organizationId,
        addressedAs: f.addressedAs,
        districtId: districts.length ? districts[f.district % districts.length]!.id : null,
        address: `Demostraße ${familyIds.length + 1}, 26122 Oldenburg`,
        phone: `0441 555 01${String(familyIds.length).padStart(2, "0")}`,
        germanLevel: f.germanLevel,
        wishes: f.wishes,
        requiredLanguage: f.requiredLanguage ?? null,
        wantsWomanVolunteer: f.wantsWoman ?? false,
        minimumSharedLevel: "B1",
        arrivalDate: dayAgo(f.arrivedDaysAgo),
        waitingSince: dayAgo(f.waitingDaysAgo),
        consentVersion: 1,
        consentedAt: daysAgo(f.waitingDaysAgo),
        art9ConsentAt: f.art9 ? daysAgo(f.waitingDaysAgo) : null,
        restrictedNote: f.art9 ?? null,
        registeredById: coordinator,
        createdAt: daysAgo(f.waitingDaysAgo),
        members: { create: f.members.map(([firstName, birthYear, adult], sortOrder) => ({ firstName, birthYear, adult, sortOrder })) },
        languages: { create: f.languages.map(([code, level]) => ({ code, level })) },
        times: { create: f.times.map(([weekday, startMinute, endMinute]) => ({ weekday, startMinute, endMinute })) },
      },
    });
    const needs = f.needs.filter((k) => k < topics.length).map((k) => ({ organizationId, familyId: family.id, topicId: topics[k]!.id }));
    if (needs.length) await tx.familyNeed.createMany({ data: needs });
    familyIds.push(family.id);
  }

  // The scorer's view of the office, to give each tandem the explanation a coordinator would have seen.
  const settings = readSettings((await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { settings: true } })).settings);
  const db = tx as unknown as ScopedDb;
  const [volunteerRows, familyRows] = await Promise.all([
    loadVolunteers(db, organizationId, today, settings.volunteers.conductCertificateRevalidateYears),
    loadFamilies(db, organizationId, familyIds),
  ]);
  const loaded = buildMatching({ volunteers: volunteerRows, families: familyRows, topicIds: topics.map((t) => t.id), districts, history: [], forbidden: [], today });
  const scorer = createScorer(loaded.data);
  const used = new Set<number>();
  for (const plan of TANDEMS) {
    const i = familyRows.findIndex((f) => f.id === familyIds[plan.family]);
    const row = scorer.scoreRow(i);
    let j = plan.leyla && leyla ? volunteerRows.findIndex((v) => v.id === leyla.id) : -1;
    if (j < 0 || plan.leyla === undefined) {
      j = -1;
      for (let k = 0; k < row.length; k++) if (!used.has(k) && row[k]! > (j < 0 ? -Infinity : row[j]!) && row[k]! > -0x80000000) j = k;
    }
    // No volunteer the rules allow (the demo's volunteers are few): the best-scored free one, for the demo's sake.
    if (j < 0) for (let k = 0; k < row.length; k++) if (!used.has(k) && volunteerRows[k]!.maxTandems > volunteerRows[k]!.load) { j = k; break; }
    if (j < 0) continue;
    used.add(j);
    const explanation = explainPair(loaded, scorer, i, j);
    const proposedAt = daysAgo(plan.startedDaysAgo + 3);
    const started = daysAgo(plan.startedDaysAgo);
    const ended = plan.status === "ENDED" ? daysAgo(Math.max(1, (plan.lastContactDaysAgo ?? 1) - 5)) : null;
    const tandem = await tx.tandem.create({
      data: {
        organizationId,
        familyId: familyIds[plan.family]!,
        volunteerId: volunteerRows[j]!.id,
        status: plan.status,
        score: explanation.score,
        explanation: explanation as unknown as Prisma.InputJsonValue,
        proposedAt: plan.status === "PROPOSED" ? started : proposedAt,
        proposedById: coordinator,
        respondedAt: plan.status === "PROPOSED" ? null : started,
        activatedAt: plan.status === "PROPOSED" ? null : started,
        endedAt: ended,
        endReason: ended ? "GOAL_REACHED" : null,
        endNote: ended ? "Navid hat den Schulabschluss geschafft." : null,
        lastContactOn: plan.lastContactDaysAgo === null ? null : dayAgo(plan.lastContactDaysAgo),
      },
    });
    const events: Prisma.TandemEventCreateManyInput[] = [{ organizationId, tandemId: tandem.id, actorUserId: coordinator, fromStatus: null, toStatus: "PROPOSED", at: plan.status === "PROPOSED" ? started : proposedAt }];
    if (plan.status !== "PROPOSED") events.push({ organizationId, tandemId: tandem.id, actorUserId: volunteerRows[j]!.userId, fromStatus: "PROPOSED", toStatus: "ACTIVE", at: started });
    if (plan.status === "PAUSED") events.push({ organizationId, tandemId: tandem.id, actorUserId: volunteerRows[j]!.userId, fromStatus: "ACTIVE", toStatus: "PAUSED", reason: "Urlaub der Familie", at: daysAgo(25) });
    if (ended) events.push({ organizationId, tandemId: tandem.id, actorUserId: coordinator, fromStatus: "ACTIVE", toStatus: "ENDED", reason: "GOAL_REACHED", at: ended });
    await tx.tandemEvent.createMany({ data: events });
    // A contact every week or two from the start up to the last contact.
    if (plan.lastContactDaysAgo !== null) {
      const contacts: Prisma.TandemContactCreateManyInput[] = [];
      const kinds = ["MEETING", "PHONE", "ACCOMPANIMENT", "MESSAGE"] as const;
      for (let d = plan.startedDaysAgo - 2, k = 0; d >= plan.lastContactDaysAgo; d -= 10, k++) {
        contacts.push({ organizationId, tandemId: tandem.id, date: dayAgo(d), kind: kinds[k % kinds.length]!, minutes: 60 + 30 * (k % 3), note: null, recordedById: volunteerRows[j]!.userId });
      }
      if (contacts.length === 0 || formatIsoDate(contacts.at(-1)!.date as Date) !== formatIsoDate(dayAgo(plan.lastContactDaysAgo))) {
        contacts.push({ organizationId, tandemId: tandem.id, date: dayAgo(plan.lastContactDaysAgo), kind: "MEETING", minutes: 90, note: "Termin beim Bürgerbüro begleitet", recordedById: volunteerRows[j]!.userId });
      }
      await tx.tandemContact.createMany({ data: contacts });
    }
    const familyStatus = plan.status === "ACTIVE" || plan.status === "PAUSED" ? "MATCHED" : plan.status === "ENDED" ? "CLOSED" : "WAITING";
    await tx.family.update({
      where: { id: familyIds[plan.family]! },
      data: familyStatus === "CLOSED" ? { status: "CLOSED", closedAt: ended, closedReason: "Ziel erreicht: Navid ist gut in der Schule angekommen." } : { status: familyStatus },
    });
  }
}
