import { print } from "graphql";
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/harness.ts";

const SignUpOptions = graphql(`
  query TestSignUpOptions($slug: String!) {
    signUpOptions(organizationSlug: $slug) {
      organizationName
      topics { id name }
      districts { id name latitude longitude }
      consent { version text }
    }
  }
`);
const Register = graphql(`
  mutation TestRegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      __typename
      ... on MutationRegisterVolunteerSuccess { data }
      ... on ValidationError { issues { field message } }
      ... on Error { code field message }
    }
  }
`);
const Verify = graphql(`
  mutation TestVerifyEmail($token: String!) {
    verifyEmail(token: $token) { __typename ... on Error { code field } }
  }
`);
const Resend = graphql(`
  mutation TestResendVerificationEmail($email: String!) {
    resendVerificationEmail(email: $email) { __typename ... on Error { code field } }
  }
`);
const MyProfile = graphql(`
  query TestMyVolunteerProfile {
    myVolunteerProfile {
      id name status germanLevel offersInterpreting maxTandems phone consentVersion consentWithdrawnAt
      languages { code level interpreting }
      topics { name }
      availability { weekday start end }
      district { name }
    }
  }
`);
const UpdateProfile = graphql(`
  mutation TestUpdateMyVolunteerProfile($input: VolunteerProfileInput!) {
    updateMyVolunteerProfile(input: $input) {
      __typename
      ... on MutationUpdateMyVolunteerProfileSuccess { data { name maxTandems languages { code level interpreting } topics { name } } }
      ... on Error { code field }
    }
  }
`);
const Withdraw = graphql(`mutation TestWithdrawConsent { withdrawConsent { __typename ... on MutationWithdrawConsentSuccess { data { status consentWithdrawnAt } } } }`);
const GiveConsent = graphql(`
  mutation TestGiveConsent($v: Int!) {
    giveConsent(consentVersion: $v) { __typename ... on MutationGiveConsentSuccess { data { status consentWithdrawnAt } } ... on Error { code field } }
  }
`);

let t: TestApp;
let options: NonNullable<Awaited<ReturnType<typeof loadOptions>>>;
async function loadOptions() {
  return (await t.anonymous.gql(SignUpOptions, { slug: "oldenburg" })).data?.signUpOptions;
}
beforeAll(async () => {
  t = await createTestApp();
  options = (await loadOptions())!;
});
afterAll(async () => {
  await t?.close();
});

function input(overrides: Record<string, unknown> = {}) {
  return {
    organizationSlug: "oldenburg",
    name: "Samira Neu",
    email: "samira@example.org",
    password: "Ehrenamt-macht-Freude",
    phone: "0441 998877",
    germanLevel: "B2" as const,
    languages: [
      { code: "fa", level: "NATIVE" as const, interpreting: true },
      { code: "en", level: "C1" as const, interpreting: false },
    ],
    topicIds: [options.topics[0]!.id, options.topics[2]!.id],
    availability: [{ weekday: 3, start: "17:00", end: "19:30" }],
    districtId: options.districts[0]!.id,
    maxTandems: 2,
    offersInterpreting: true,
    consent: true,
    consentVersion: options.consent.version,
    ...overrides,
  };
}

async function tokenMailedTo(email: string) {
  const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
  return { mail, token: decodeURIComponent(/token=([^&\s]+)/.exec(mail.textBody)?.[1] ?? "") };
}

describe("public sign-up", () => {
  it("offers the organisation's topics, districts and current consent text", () => {
    expect(options.organizationName).toContain("Oldenburg");
    expect(options.topics.map((x) => x.name)).toEqual([
      "Behördengänge", "Wohnungssuche", "Schule und Kita", "Arbeit und Ausbildung", "Deutsch üben", "Gesundheit", "Freizeit",
    ]);
    expect(options.districts.find((d) => d.name === "Osternburg")).toMatchObject({ latitude: expect.any(Number) });
    expect(options.consent.version).toBe(1);
    expect(options.consent.text).toMatch(/Einwilligung/);
  });

  it("creates a pending volunteer, mails a verification link, and refuses sign-in until verified", async () => {
    const res = await t.anonymous.gql(Register, { input: input() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.registerVolunteer).toEqual({ __typename: "MutationRegisterVolunteerSuccess", data: true });
    const { mail, token } = await tokenMailedTo("samira@example.org");
    expect(mail.subject).toMatch(/bestätigen/);
    await expect(t.signIn("samira@example.org", "Ehrenamt-macht-Freude")).rejects.toThrow(/FORBIDDEN/);

    expect((await t.anonymous.gql(Verify, { token })).data?.verifyEmail.__typename).toBe("MutationVerifyEmailSuccess");
    expect((await t.anonymous.gql(Verify, { token })).data?.verifyEmail).toMatchObject({ code: "INVALID_TOKEN" });

    const s = await t.signIn("samira@example.org", "Ehrenamt-macht-Freude");
    const profile = (await s.gql(MyProfile)).data?.myVolunteerProfile;
    expect(profile).toMatchObject({
      name: "Samira Neu",
      status: "PENDING",
      germanLevel: "B2",
      offersInterpreting: true,
      maxTandems: 2,
      consentVersion: 1,
      availability: [{ weekday: 3, start: "17:00", end: "19:30" }],
      district: { name: options.districts[0]!.name },
    });
    expect(profile?.languages).toEqual([
      { code: "en", level: "C1", interpreting: false },
      { code: "fa", level: "NATIVE", interpreting: true },
    ]);
    const stored = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "samira@example.org" } } });
    expect(stored.consentedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("keeps the language of the sign-up page for the person and mails in it (Arabic)", async () => {
    const res = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie: "lotse_locale=ar" },
      body: JSON.stringify({ query: print(Register), variables: { input: input({ email: "amal@example.org", name: "Amal Neu" }) } }),
    });
    expect(((await res.json()) as { data: { registerVolunteer: { __typename: string } } }).data.registerVolunteer.__typename).toBe("MutationRegisterVolunteerSuccess");
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { email: "amal@example.org" } })).locale).toBe("AR");
    // The consent was given to the German text with the Arabic translation beside it: both recorded.
    const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "amal@example.org" } } });
    expect({ version: profile.consentVersion, locale: profile.consentLocale }).toEqual({ version: options.consent.version, locale: "AR" });
    expect((await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "samira@example.org" } } })).consentLocale).toBe("DE");
    const shown = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie: "lotse_locale=ar" },
      body: JSON.stringify({ query: `{ signUpOptions(organizationSlug: "oldenburg") { consent { text translation translationLocale } } }` }),
    });
    const consent = ((await shown.json()) as { data: { signUpOptions: { consent: { text: string; translation: string; translationLocale: string } } } }).data.signUpOptions.consent;
    expect(consent.text).toMatch(/^Einwilligung in die Verarbeitung/);
    expect(consent.translation).toMatch(/^الموافقة على معالجة البيانات الشخصية/);
    expect(consent.translation).toContain("Stadt Oldenburg");
    expect(consent.translationLocale).toBe("ar");
    const { mail, token } = await tokenMailedTo("amal@example.org");
    expect(mail.subject).toBe("Lotse: يُرجى تأكيد عنوان بريدك الإلكتروني");
    expect(mail.textBody).toContain("مرحبًا Amal Neu،");
    expect(token).not.toBe("");

    // An API message on the sign-up page comes in the page's language too.
    const again = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", "accept-language": "uk-UA,uk;q=0.9" },
      body: JSON.stringify({ query: print(Register), variables: { input: input({ email: "olena@example.org", consent: false }) } }),
    });
    const refused = ((await again.json()) as { data: { registerVolunteer: { message: string } } }).data.registerVolunteer;
    expect(refused.message).toBe("Без Вашої згоди ми не можемо прийняти Вашу реєстрацію.");
  });

  it("names the topics in the caller's language, German where a name has no translation", async () => {
    const topicNames = async (headers: Record<string, string>) => {
      const res = await t.request("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-lotse-csrf": "1", ...headers },
        body: JSON.stringify({ query: print(SignUpOptions), variables: { slug: "oldenburg" } }),
      });
      return ((await res.json()) as { data: { signUpOptions: { topics: { name: string }[] } } }).data.signUpOptions.topics.map((x) => x.name);
    };
    expect(await topicNames({ cookie: "lotse_locale=ar" })).toContain("المدرسة ورياض الأطفال");
    expect(await topicNames({ "accept-language": "uk" })).toContain("Школа та дитсадок");
    expect(await topicNames({})).toContain("Schule und Kita");
    const organizationId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    await t.db.prisma.topic.create({ data: { organizationId, name: "Fahrradwerkstatt", sortOrder: 99 } });
    const arabic = await topicNames({ cookie: "lotse_locale=ar" });
    expect(arabic).toContain("Fahrradwerkstatt");
    expect(arabic).toContain("الصحة");
  });

  it("names the districts in the caller's language, German where a name has no translation", async () => {
    const districtNames = async (headers: Record<string, string>) => {
      const res = await t.request("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-lotse-csrf": "1", ...headers },
        body: JSON.stringify({ query: print(SignUpOptions), variables: { slug: "oldenburg" } }),
      });
      return ((await res.json()) as { data: { signUpOptions: { districts: { name: string }[] } } }).data.signUpOptions.districts.map((x) => x.name);
    };
    expect(await districtNames({ cookie: "lotse_locale=ar" })).toContain("أوسترنبورغ (Osternburg)");
    expect(await districtNames({ "accept-language": "uk" })).toContain("Центр міста (Innenstadt)");
    expect(await districtNames({ "accept-language": "en" })).toContain("City centre (Innenstadt)");
    const german = await districtNames({});
    expect(german).toContain("Osternburg");
    expect(german).not.toContain("أوسترنبورغ (Osternburg)");
    const organizationId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    await t.db.prisma.district.create({ data: { organizationId, name: "Alexandersfeld", latitude: 53.17, longitude: 8.22 } });
    const arabic = await districtNames({ cookie: "lotse_locale=ar" });
    expect(arabic).toContain("Alexandersfeld");
    expect(arabic).toContain("وسط المدينة (Innenstadt)");
    // A signed-in volunteer reads their own district (the profile page) in their language too.
    await t.db.prisma.user.update({ where: { email: "lotse@oldenburg.example" }, data: { locale: "FA" } });
    const leyla = await t.signIn("lotse@oldenburg.example");
    const own = await leyla.gql<{ myVolunteerProfile: { district: { name: string } } }, Record<string, never>>("{ myVolunteerProfile { district { name } } }");
    expect(own.data?.myVolunteerProfile.district.name).toBe("اوسترنبورگ (Osternburg)");
    await t.db.prisma.user.update({ where: { email: "lotse@oldenburg.example" }, data: { locale: "DE" } });
  });

  it("sends a new verification link on request, the same answer for any address", async () => {
    await t.anonymous.gql(Register, { input: input({ email: "spaeter@example.org", name: "Später" }) });
    const first = await tokenMailedTo("spaeter@example.org");
    const res = await t.anonymous.gql(Resend, { email: "Spaeter@Example.org" });
    expect(res.data?.resendVerificationEmail.__typename).toBe("MutationResendVerificationEmailSuccess");
    const second = await tokenMailedTo("spaeter@example.org");
    expect(second.token).not.toBe(first.token);
    expect((await t.anonymous.gql(Verify, { token: second.token })).data?.verifyEmail.__typename).toBe("MutationVerifyEmailSuccess");
    const count = await t.db.prisma.outboxMessage.count();
    expect((await t.anonymous.gql(Resend, { email: "spaeter@example.org" })).data?.resendVerificationEmail.__typename).toBe("MutationResendVerificationEmailSuccess");
    expect((await t.anonymous.gql(Resend, { email: "niemand@example.org" })).data?.resendVerificationEmail.__typename).toBe("MutationResendVerificationEmailSuccess");
    expect(await t.db.prisma.outboxMessage.count()).toBe(count); // verified already / unknown: nothing sent
  });

  it("answers an already registered email the same way and tells the owner by mail", async () => {
    const before = await t.db.prisma.user.count();
    const res = await t.anonymous.gql(Register, { input: input({ email: "lotse@oldenburg.example", name: "Jemand" }) });
    expect(res.data?.registerVolunteer).toEqual({ __typename: "MutationRegisterVolunteerSuccess", data: true });
    expect(await t.db.prisma.user.count()).toBe(before);
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "lotse@oldenburg.example" }, orderBy: { createdAt: "desc" } });
    expect(mail.textBody).toMatch(/bereits einen Lotse-Zugang/);
  });

  it("refuses bad input with the field named, and stores nothing", async () => {
    const before = await t.db.prisma.user.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ consent: false }, "VALIDATION", "consent"],
      [{ consentVersion: 99 }, "VALIDATION", "consent"],
      [{ password: "kurz" }, "WEAK_PASSWORD", "password"],
      [{ germanLevel: "A2" }, "VALIDATION", "germanLevel"],
      [{ languages: [{ code: "fa", level: "NATIVE", interpreting: false }] }, "VALIDATION", "languages"],
      [{ languages: [{ code: "fa", level: "NATIVE", interpreting: true }, { code: "FA", level: "B1", interpreting: false }] }, "VALIDATION", "languages"],
      [{ email: "keine-adresse" }, "VALIDATION", "email"],
      [{ availability: [{ weekday: 8, start: "10:00", end: "11:00" }] }, "VALIDATION", "availability.0.weekday"],
      [{ availability: [{ weekday: 1, start: "12:00", end: "11:00" }] }, "VALIDATION", "availability.0.end"],
      [{ languages: [{ code: "persisch", level: "NATIVE", interpreting: true }] }, "VALIDATION", "languages.0.code"],
      [{ organizationSlug: "gibt-es-nicht" }, "NOT_FOUND", "organizationSlug"],
    ];
    for (const [overrides, code, field] of cases) {
      const res = await t.anonymous.gql(Register, { input: input({ email: `case-${field}@example.org`, ...overrides }) });
      expect(res.data?.registerVolunteer, JSON.stringify(overrides)).toMatchObject({ code, field });
    }
    expect(await t.db.prisma.user.count()).toBe(before);
  });

  it("refuses a topic or district of another organisation", async () => {
    const osna = (await t.anonymous.gql(SignUpOptions, { slug: "osnabrueck" })).data!.signUpOptions!;
    const topic = await t.anonymous.gql(Register, { input: input({ email: "x1@example.org", topicIds: [osna.topics[0]!.id] }) });
    expect(topic.data?.registerVolunteer).toMatchObject({ code: "VALIDATION", field: "topicIds" });
    const district = await t.anonymous.gql(Register, { input: input({ email: "x2@example.org", districtId: osna.districts[0]!.id }) });
    expect(district.data?.registerVolunteer).toMatchObject({ code: "VALIDATION", field: "districtId" });
  });
});

describe("own profile", () => {
  it("lets the volunteer edit the profile, and withdraw and give consent again", async () => {
    const s = await t.signIn("lotse@oldenburg.example");
    const res = await s.gql(UpdateProfile, {
      input: {
        name: "Leyla Lotsin-Yılmaz",
        germanLevel: "C1",
        languages: [{ code: "ar", level: "NATIVE", interpreting: true }],
        topicIds: [options.topics[1]!.id],
        availability: [],
        districtId: null,
        maxTandems: 3,
        offersInterpreting: true,
      },
    });
    expect(res.data?.updateMyVolunteerProfile).toMatchObject({
      data: { name: "Leyla Lotsin-Yılmaz", maxTandems: 3, topics: [{ name: "Wohnungssuche" }], languages: [{ code: "ar" }] },
    });
    const withdrawn = await s.gql(Withdraw);
    expect(withdrawn.data?.withdrawConsent).toMatchObject({ data: { status: "PAUSED", consentWithdrawnAt: expect.any(String) } });
    const again = await s.gql(GiveConsent, { v: 1 });
    expect(again.data?.giveConsent).toMatchObject({ data: { status: "PAUSED", consentWithdrawnAt: null } });
    expect((await s.gql(GiveConsent, { v: 7 })).data?.giveConsent).toMatchObject({ code: "VALIDATION", field: "consent" });
    await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "lotse@oldenburg.example" } }, data: { status: "APPROVED" } });
  });

  it("saves only what changed: the same profile again writes and audits nothing, and the audit names the changed fields", async () => {
    const s = await t.signIn("lotse@oldenburg.example");
    const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "lotse@oldenburg.example" } } });
    const audits = () => t.db.prisma.auditLog.findMany({ where: { entityType: "VolunteerProfile", entityId: profile.id, action: "volunteer.profileUpdated" }, orderBy: { id: "asc" } });
    const input = {
      name: "Leyla Lotsin",
      germanLevel: "C1" as const,
      languages: [{ code: "ar", level: "NATIVE" as const, interpreting: true }, { code: "fa", level: "B2" as const, interpreting: false }],
      topicIds: [options.topics[1]!.id],
      availability: [{ weekday: 2, start: "10:00", end: "12:00" }],
      districtId: null,
      maxTandems: 2,
      offersInterpreting: true,
    };
    expect((await s.gql(UpdateProfile, { input })).data?.updateMyVolunteerProfile.__typename).toBe("MutationUpdateMyVolunteerProfileSuccess");
    const before = (await audits()).length;
    const stamp = (await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } })).updatedAt;
    // The same again, languages in another order: nothing to save.
    const same = await s.gql(UpdateProfile, { input: { ...input, languages: [...input.languages].reverse() } });
    expect(same.data?.updateMyVolunteerProfile).toMatchObject({ data: { name: "Leyla Lotsin", maxTandems: 2 } });
    expect((await audits()).length).toBe(before);
    expect((await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } })).updatedAt).toEqual(stamp);
    // One field changed: written, and the audit names that field only.
    expect((await s.gql(UpdateProfile, { input: { ...input, maxTandems: 3 } })).data?.updateMyVolunteerProfile).toMatchObject({ data: { maxTandems: 3 } });
    const after = await audits();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.changes).toEqual({ fields: ["maxTandems"] });
  });

  it("writes and audits a repeated withdrawal or consent once, keeping the first date", async () => {
    const s = await t.signIn("lotse@oldenburg.example");
    const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "lotse@oldenburg.example" } } });
    const audits = (action: string) => t.db.prisma.auditLog.count({ where: { entityType: "VolunteerProfile", entityId: profile.id, action } });
    const withdrawnBefore = await audits("volunteer.consentWithdrawn");
    const givenBefore = await audits("volunteer.consentGiven");

    const first = await s.gql(Withdraw);
    const firstDate = (first.data?.withdrawConsent as { data: { consentWithdrawnAt: string } }).data.consentWithdrawnAt;
    // Resumed meanwhile by hand, so a second withdrawal that wrote would pause again.
    await t.db.prisma.volunteerProfile.update({ where: { id: profile.id }, data: { status: "APPROVED" } });
    const second = await s.gql(Withdraw);
    expect(second.data?.withdrawConsent).toMatchObject({ data: { status: "APPROVED", consentWithdrawnAt: firstDate } });
    expect(await audits("volunteer.consentWithdrawn")).toBe(withdrawnBefore + 1);

    await s.gql(GiveConsent, { v: 1 });
    const consentedAt = (await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } })).consentedAt;
    expect((await s.gql(GiveConsent, { v: 1 })).data?.giveConsent).toMatchObject({ data: { consentWithdrawnAt: null } });
    expect((await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } })).consentedAt).toEqual(consentedAt);
    expect(await audits("volunteer.consentGiven")).toBe(givenBefore + 1);
  });

  it("is not available to staff without a volunteer profile", async () => {
    const coordinator = await t.signIn("koordination@oldenburg.example");
    expect((await coordinator.gql(MyProfile)).data?.myVolunteerProfile).toBeNull();
    const res = await coordinator.gql(Withdraw);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
