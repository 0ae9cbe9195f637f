// The hours CSV for coordinators, through app.fetch with real sessions (the
// issued Nachweis PDF is tested in nachweise.test.ts).
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { csvCell } from "../../formats/csv.ts";
import { CSV_BATCH_SIZE } from "./exports.service.ts";
import { gid as globalId } from "../../testing/global-ids.ts";

let t: TestApp;
let coordinator: TestSession;
let volunteer: TestSession;
let osnabrueck: TestSession;
/** Leyla Lotsin's Volunteer global ID (the demo volunteer). */
let leylaId: string;
/** Another Oldenburg volunteer, created directly in the database. */
let otherId: string;
let otherUuid: string;

/** Calendar day `daysAgo` days before today in Berlin (as the demo seed stores them). */
const isoDaysAgo = (daysAgo: number) => formatIsoDate(addDays(parseIsoDate(berlinToday()), -daysAgo));
const german = (iso: string) => iso.split("-").reverse().join(".");

function get(path: string, session?: TestSession, headers: Record<string, string> = {}) {
  return t.request(path, { headers: { ...(session ? { cookie: session.cookie } : {}), ...headers } });
}
const csvPath = (from: string, to: string) => `/exports/hours.csv?from=${from}&to=${to}`;

/** The CSV as rows of cells (a small RFC 4180 reader for `;`, quotes and CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

async function logHours(date: string, minutes: number, note: string) {
  const types = await volunteer.gql<{ activityTypes: { id: string; key: string }[] }, Record<string, never>>(`query { activityTypes { id key } }`);
  const escort = types.data!.activityTypes.find((a) => a.key === "ESCORT")!.id;
  const res = await volunteer.gql<{ logHours: { __typename: string; data?: { id: string } } }, Record<string, unknown>>(
    `mutation($input: HourLogInput!) { logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id } } ... on Error { code message field } } }`,
    { input: { date, minutes, activityTypeId: escort, note } },
  );
  expect(res.data?.logHours.__typename, JSON.stringify(res)).toBe("MutationLogHoursSuccess");
  return res.data!.logHours.data!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, volunteer, osnabrueck] = await Promise.all([
    t.signIn("koordination@oldenburg.example"),
    t.signIn("lotse@oldenburg.example"),
    t.signIn("koordination@osnabrueck.example"),
  ]);
  const me = await volunteer.gql<{ myVolunteerProfile: { id: string; name: string } }, Record<string, never>>(`query { myVolunteerProfile { id name } }`);
  leylaId = me.data!.myVolunteerProfile.id;

  // A second Oldenburg volunteer with many entries: 10 of 30 minutes on each of
  // 260 days in 2003 (2,600 rows, more than two CSV batches, with ties on date and createdAt).
  const prisma = t.db.prisma;
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const course = await prisma.activityType.findFirstOrThrow({ where: { organizationId: org.id, key: "COURSE" } });
  const user = await prisma.user.create({ data: { email: "bernd.beispiel@oldenburg.example", name: "Bernd Beispiel", emailVerifiedAt: new Date() } });
  await prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const profile = await prisma.volunteerProfile.create({
    data: { organizationId: org.id, userId: user.id, status: "APPROVED", germanLevel: "NATIVE", consentVersion: 1, consentedAt: new Date(), approvedAt: new Date() },
  });
  otherUuid = profile.id;
  otherId = globalId("Volunteer", profile.id);
  const rows = [];
  for (let day = 0; day < 260; day++) {
    const date = new Date(Date.UTC(2003, 0, 1) + day * 86_400_000);
    for (let i = 0; i < 10; i++) {
      rows.push({ organizationId: org.id, volunteerId: profile.id, date, minutes: 30, activityTypeId: course.id, status: "APPROVED" as const });
    }
  }
  await prisma.hourLog.createMany({ data: rows });
});

afterAll(async () => {
  await t?.close();
});

describe("who may download", () => {
  it("answers 401 without a session, and clears a stale session cookie", async () => {
    for (const path of [csvPath("2026-01-01", "2026-12-31")]) {
      const res = await get(path);
      expect(res.status).toBe(401);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
    }
    const stale = await get(csvPath("2026-01-01", "2026-12-31"), { cookie: "lotse_session=not-a-session", gql: volunteer.gql });
    expect(stale.status).toBe(401);
    expect(stale.headers.getSetCookie().some((c) => c.startsWith("lotse_session=;") && c.includes("Max-Age=0"))).toBe(true);
  });

  it("refuses the CSV to a volunteer (403)", async () => {
    const res = await get(csvPath("2026-01-01", "2026-12-31"), volunteer);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "FORBIDDEN", message: "Dafür fehlt Ihnen die Berechtigung." });
  });

  it("gives the other organisation's coordinator a CSV without a single Oldenburg row", async () => {
    const res = await get(csvPath("2000-01-01", "2004-12-31"), osnabrueck);
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).slice(1));
    expect(rows).toHaveLength(1); // the header only
  });

});

describe("the period", () => {
  const cases: [string, string, string][] = [
    ["", "from", "fehlt"],
    ["from=2026-01-01", "to", "fehlt"],
    ["to=2026-01-01", "from", "fehlt"],
    ["from=01.01.2026&to=2026-12-31", "from", "kein gültiges Datum"],
    ["from=2026-02-30&to=2026-12-31", "from", "kein gültiges Datum"],
    ["from=2026-01-01&to=2026-1-31", "to", "kein gültiges Datum"],
    ["from=2026-03-01&to=2026-02-28", "to", "nicht vor „from“"],
    ["from=2020-01-01&to=2025-01-02", "to", "höchstens 5 Jahre"],
  ];

  it.each(cases)("refuses %s with 400 naming %s", async (query, field, message) => {
    for (const path of [`/exports/hours.csv?${query}`]) {
      const res = await get(path, coordinator);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { code: string; field: string; message: string } };
      expect(body.error).toMatchObject({ code: "BAD_REQUEST", field });
      expect(body.error.message).toContain(message);
    }
  });

  it("explains in the caller's language: the account's, else the browser's", async () => {
    const prisma = t.db.prisma;
    await prisma.user.update({ where: { email: "koordination@osnabrueck.example" }, data: { locale: "EN" } });
    try {
      const res = await get(csvPath("2026-03-01", "2026-02-01"), osnabrueck, { "accept-language": "de-DE" });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(`"to" must not be before "from".`);
    } finally {
      await prisma.user.update({ where: { email: "koordination@osnabrueck.example" }, data: { locale: "DE" } });
    }
    // Nobody signed in: 401, in the browser's language.
    const anonymous = await get(csvPath("2026-03-01", "2026-02-01"), undefined, { "accept-language": "en-GB,en;q=0.8" });
    expect(((await anonymous.json()) as { error: { message: string } }).error.message).toBe("Please sign in.");
  });

  it("accepts exactly five years and a single day", async () => {
    expect((await get(csvPath("2020-01-01", "2025-01-01"), coordinator)).status).toBe(200);
    expect((await get(csvPath("2026-05-05", "2026-05-05"), coordinator)).status).toBe(200);
  });
});

describe("GET /exports/hours.csv", () => {
  it("is a UTF-8 CSV with BOM for German Excel, not cached, named after the period", async () => {
    const from = isoDaysAgo(30);
    const to = isoDaysAgo(0);
    const res = await get(csvPath(from, to), coordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="stunden-${from}-${to}.csv"`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split("\r\n")[0]).toBe("Datum;Ehrenamtliche/r;E-Mail;Tätigkeit;Kurs;Minuten;Stunden (dezimal);Status;Geprüft am;Notiz");

    const rows = parseCsv(text);
    const approved = rows.find((r) => r[9] === "Termin im Bürgerbüro begleitet")!;
    expect(approved.slice(0, 8)).toEqual([german(isoDaysAgo(9)), "Leyla Lotsin", "lotse@oldenburg.example", "Begleitung", "", "120", "2,00", "Anerkannt"]);
    expect(approved[8]).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    const pending = rows.find((r) => r[9] === "Anmeldung an der Grundschule")!;
    expect(pending.slice(5, 9)).toEqual(["90", "1,50", "Offen", ""]);
    // Only the period: Bernd's 2003 entries are not in it.
    expect(rows.some((r) => r[1] === "Bernd Beispiel")).toBe(false);
  });

  it("defuses cells a spreadsheet would run as a formula, and quotes separators and line breaks", async () => {
    const date = isoDaysAgo(4);
    await logHours(date, 30, '=HYPERLINK("http://example.invalid/?x";"Klick")');
    await logHours(date, 15, "@SUM(1+1)");
    await logHours(date, 10, "-2+3");
    await logHours(date, 5, "Zeile 1; mit Semikolon\nZeile 2");
    await logHours(date, 4, "＝1＋1");
    const res = await get(csvPath(date, date), coordinator);
    const text = (await res.text()).slice(1);
    expect(text).toContain(`;"'=HYPERLINK(""http://example.invalid/?x"";""Klick"")"\r\n`);
    expect(text).toContain(`;'@SUM(1+1)\r\n`);
    expect(text).toContain(`;'-2+3\r\n`);
    const notes = parseCsv(text).slice(1).map((r) => r[9]);
    expect(notes).toEqual(expect.arrayContaining([`'=HYPERLINK("http://example.invalid/?x";"Klick")`, "'@SUM(1+1)", "'-2+3", "Zeile 1; mit Semikolon\nZeile 2", "'＝1＋1"]));
    for (const row of parseCsv(text)) {
      expect(row).toHaveLength(10);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    }
  });

  it("defuses every formula start, not only = (csvCell)", () => {
    expect(["=1+1", "+49 441 123", "-5", "@A1", "\t=1", "\r=1", "Ganz normal", "Küche", 90].map(csvCell)).toEqual([
      "'=1+1",
      "'+49 441 123",
      "'-5",
      "'@A1",
      "'\t=1",
      `"'\r=1"`,
      "Ganz normal",
      "Küche",
      "90",
    ]);
  });

  it("defuses the full-width formula starts ＝ ＋ － ＠ too, and leaves other full-width text alone", () => {
    expect(["＝HYPERLINK(\"http://example.invalid\")", "＋1＋1", "－5", "＠SUM(A1)", "Ａｂｃ", "１２"].map(csvCell)).toEqual([
      `"'＝HYPERLINK(""http://example.invalid"")"`,
      "'＋1＋1",
      "'－5",
      "'＠SUM(A1)",
      "Ａｂｃ",
      "１２",
    ]);
  });

  it(`streams every row of a long period exactly once, in date order, across batches of ${CSV_BATCH_SIZE}`, async () => {
    const res = await get(csvPath("2003-01-01", "2003-12-31"), coordinator);
    const rows = parseCsv((await res.text()).slice(1)).slice(1);
    expect(rows).toHaveLength(2600);
    expect(new Set(rows.map((r) => r[0])).size).toBe(260);
    const iso = rows.map((r) => r[0]!.split(".").reverse().join("-"));
    expect(iso).toEqual([...iso].sort());
    expect(rows.every((r) => r[1] === "Bernd Beispiel" && r[3] === "Kursbesuch" && r[6] === "0,50")).toBe(true);
    // A period that cuts the year in the middle of the entries.
    const part = await get(csvPath("2003-02-01", "2003-02-28"), coordinator);
    expect(parseCsv((await part.text()).slice(1)).slice(1)).toHaveLength(280);
  });
});
