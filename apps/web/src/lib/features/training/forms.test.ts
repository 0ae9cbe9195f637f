import { m } from "$lib/paraglide/messages.js";
import { describe, expect, it } from "vitest";
import { cohortFormValues, courseFormValues, parseCohortForm, parseCourseForm, parseSessionForm, parseWholeNumber, sessionFieldOf, sessionFormValues, topicsFromText } from "./forms";

describe("small parsers", () => {
  it("reads whole numbers within bounds", () => {
    expect(parseWholeNumber(" 15 ", 1, 500)).toBe(15);
    expect(parseWholeNumber("0", 1, 500)).toBeNull();
    expect(parseWholeNumber("1,5", 1, 500)).toBeNull();
    expect(parseWholeNumber("", 1, 500)).toBeNull();
  });

  it("takes one topic per line", () => {
    expect(topicsFromText("Kommunikation\n\n  Rolle \r\nRecht")).toEqual(["Kommunikation", "Rolle", "Recht"]);
  });
});

describe("course form", () => {
  it("turns the fields into the API input", () => {
    const v = { ...courseFormValues(), title: " Basis ", teachingHours: "40", topics: "A\nB", qualificationName: "Integrationslotse/-lotsin" };
    expect(parseCourseForm(v)).toEqual({
      ok: true,
      input: {
        title: "Basis",
        description: null,
        titleTranslations: {},
        descriptionTranslations: {},
        teachingHours: 40,
        topics: ["A", "B"],
        minimumAttendancePercent: 80,
        qualificationName: "Integrationslotse/-lotsin",
        qualificationValidityYears: null,
        certificateText: null,
      },
    });
  });

  it("names every field that is wrong", () => {
    const v = { ...courseFormValues(), teachingHours: "viel", minimumAttendancePercent: "120", qualificationValidityYears: "0" };
    const parsed = parseCourseForm(v);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.problems).sort()).toEqual(["minimumAttendancePercent", "qualificationValidityYears", "teachingHours", "title"]);
  });

  it("sends the translations filled in and leaves the empty ones out (German shows there)", () => {
    const v = { ...courseFormValues(), title: "Basis", teachingHours: "40", "titleTranslations.ar": " أساسيات ", "titleTranslations.en": "  ", "descriptionTranslations.uk": "Опис" };
    const parsed = parseCourseForm(v);
    expect(parsed.ok && parsed.input.titleTranslations).toEqual({ ar: "أساسيات" });
    expect(parsed.ok && parsed.input.descriptionTranslations).toEqual({ uk: "Опис" });
  });

  it("fills the German fields from the course as entered, not from the reader's translation", () => {
    const v = courseFormValues({
      title: "Basic training",
      description: "For volunteers",
      titleTranslations: { de: "Basisqualifizierung", en: "Basic training", ar: null },
      descriptionTranslations: { de: "Für Ehrenamtliche", en: "For volunteers" },
      teachingHours: 40,
      topics: [],
      minimumAttendancePercent: 80,
      certificateText: "",
    });
    expect({ title: v.title, description: v.description }).toEqual({ title: "Basisqualifizierung", description: "Für Ehrenamtliche" });
    expect({ en: v["titleTranslations.en"], ar: v["titleTranslations.ar"], uk: v["descriptionTranslations.uk"] }).toEqual({ en: "Basic training", ar: "", uk: "" });
  });

  it("fills the form from a course", () => {
    const v = courseFormValues({ title: "K", description: "", teachingHours: 30, topics: ["a", "b"], minimumAttendancePercent: 75, qualificationName: null, qualificationValidityYears: 3, certificateText: "" });
    expect(v.topics).toBe("a\nb");
    expect(v.qualificationValidityYears).toBe("3");
  });
});

describe("cohort form", () => {
  it("turns the fields into the API input with the window in Berlin days", () => {
    const v = { ...cohortFormValues("de", ["U1"]), title: "Frühjahr", capacity: "2", fee: "25,00", enrolmentOpensOn: "2026-12-01", enrolmentClosesOn: "2027-01-31" };
    expect(parseCohortForm(v)).toEqual({
      ok: true,
      input: {
        title: "Frühjahr",
        titleTranslations: {},
        location: null,
        capacity: 2,
        feeCents: 2500,
        enrolmentOpensAt: "2026-11-30T23:00:00.000Z",
        enrolmentClosesAt: "2027-01-31T22:59:59.999Z",
        // A new cohort starts with the admission interview on (the organisation's default).
        requiresInterview: true,
        offerHours: null,
        trainerIds: ["U1"],
      },
    });
    // An organisation that switched the default off starts without it.
    expect(cohortFormValues("de", ["U1"], null, { requiresInterview: false }).requiresInterview).toBe(false);
  });

  it("refuses a window that closes before it opens, and no trainers", () => {
    const v = { ...cohortFormValues("de", []), title: "X", enrolmentOpensOn: "2027-01-02", enrolmentClosesOn: "2027-01-01", fee: "zehn" };
    const parsed = parseCohortForm(v);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual({ enrolmentClosesAt: m.cohort_windowOrder, trainerIds: m.cohort_trainersRequired, feeCents: m.cohort_feeInvalid });
  });

  it("fills the form from a cohort in the UI language", () => {
    const v = cohortFormValues("de", ["U1"], {
      title: "T",
      location: "L",
      capacity: 15,
      feeCents: 2500,
      enrolmentOpensAt: "2026-11-30T23:00:00.000Z",
      enrolmentClosesAt: "2027-01-31T22:59:59.999Z",
      requiresInterview: true,
      offerHours: 48,
    });
    expect(v).toMatchObject({ fee: "25,00", enrolmentOpensOn: "2026-12-01", enrolmentClosesOn: "2027-01-31", offerHours: "48", requiresInterview: true });
  });

  it("fills the title and its translations as entered, and sends only the translations filled in", () => {
    const v = cohortFormValues("de", ["U1"], {
      title: "Basisqualifizierung Sommer",
      titleTranslations: { de: "Basisqualifizierung Sommer", ar: "التأهيل الأساسي – الصيف", en: null },
      location: "",
      capacity: 15,
      feeCents: 0,
      requiresInterview: false,
      offerHours: 48,
    });
    expect({ title: v.title, ar: v["titleTranslations.ar"], en: v["titleTranslations.en"] }).toEqual({ title: "Basisqualifizierung Sommer", ar: "التأهيل الأساسي – الصيف", en: "" });
    const parsed = parseCohortForm({ ...v, "titleTranslations.ar": " مجموعة الصيف ", "titleTranslations.tr": "  ", "titleTranslations.uk": "Літо" });
    expect(parsed.ok && parsed.input.titleTranslations).toEqual({ ar: "مجموعة الصيف", uk: "Літо" });
  });
});

describe("session form", () => {
  it("converts Berlin date and times to instants", () => {
    const parsed = parseSessionForm({ ...sessionFormValues(), date: "2027-02-06", startTime: "09:00", endTime: "16:00", topic: " Rolle ", room: "", onlineUrl: "" });
    expect(parsed).toEqual({ ok: true, input: { startsAt: "2027-02-06T08:00:00.000Z", endsAt: "2027-02-06T15:00:00.000Z", topic: "Rolle", topicTranslations: {}, room: null, onlineUrl: null } });
  });

  it("refuses an end before the start and a link that is not one", () => {
    const parsed = parseSessionForm({ ...sessionFormValues(), date: "2027-02-06", startTime: "16:00", endTime: "09:00", topic: "x", room: "", onlineUrl: "meet" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual({ endTime: m.session_endBeforeStart, onlineUrl: m.session_urlInvalid });
  });

  it("asks for the missing fields", () => {
    const parsed = parseSessionForm(sessionFormValues());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.problems).sort()).toEqual(["date", "endTime", "startTime", "topic"]);
  });

  it("round-trips a session and maps the API's fields", () => {
    const v = sessionFormValues({ startsAt: "2026-07-04T07:00:00.000Z", endsAt: "2026-07-04T09:30:00.000Z", topic: "T", room: "R", onlineUrl: null });
    expect(v).toEqual({
      date: "2026-07-04",
      startTime: "09:00",
      endTime: "11:30",
      topic: "T",
      "topicTranslations.en": "",
      "topicTranslations.ar": "",
      "topicTranslations.fa": "",
      "topicTranslations.uk": "",
      "topicTranslations.tr": "",
      room: "R",
      onlineUrl: "",
    });
    expect(sessionFieldOf("startsAt")).toBe("date");
    expect(sessionFieldOf("endsAt")).toBe("endTime");
    expect(sessionFieldOf("topic")).toBe("topic");
    expect(sessionFieldOf("topicTranslations.ar")).toBe("topicTranslations.ar");
  });

  it("fills the topic and its translations as entered, and sends only the translations filled in", () => {
    const v = sessionFormValues({
      startsAt: "2026-07-04T07:00:00.000Z",
      endsAt: "2026-07-04T09:30:00.000Z",
      topic: "Identität und Rolle",
      topicTranslations: { de: "Identität und Rolle", ar: "الهوية والدور", fa: null },
    });
    expect({ topic: v.topic, ar: v["topicTranslations.ar"], fa: v["topicTranslations.fa"] }).toEqual({ topic: "Identität und Rolle", ar: "الهوية والدور", fa: "" });
    const parsed = parseSessionForm({ ...v, "topicTranslations.ar": " الهوية ", "topicTranslations.en": " " });
    expect(parsed.ok && parsed.input.topicTranslations).toEqual({ ar: "الهوية" });
  });
});
