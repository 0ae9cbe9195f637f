import { describe, expect, it } from "vitest";
import { compileSelectCheck, prismaTypeOf } from "./columns-in-hand.ts";

const row = {
  id: "v1",
  status: "ACTIVE",
  note: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  user: { name: "Ada", emailVerifiedAt: null },
  district: null,
  languages: [{ code: "de" }],
  _count: { tandems: 2 },
};

describe("a scalar field answered from the columns its row holds", () => {
  it("answers when the row holds every column the field selects, and the columns of a to-one relation", () => {
    expect(compileSelectCheck({ status: true })!(row)).toBe(true);
    expect(compileSelectCheck({ note: true, createdAt: true })!(row)).toBe(true);
    expect(compileSelectCheck({ user: { select: { name: true } } })!(row)).toBe(true);
    expect(compileSelectCheck({ district: { select: { name: true } } })!(row)).toBe(true);
  });

  it("leaves the row to the Prisma plugin when a column is missing", () => {
    expect(compileSelectCheck({ reviewedAt: true })!(row)).toBe(false);
    expect(compileSelectCheck({ user: { select: { email: true } } })!(row)).toBe(false);
    expect(compileSelectCheck({ status: true, phone: true })!(row)).toBe(false);
  });

  it("never takes a to-many relation or a relation selected whole from the row: another plan may have filtered it", () => {
    expect(compileSelectCheck({ languages: { select: { code: true } } })!(row)).toBe(false);
    expect(compileSelectCheck({ user: true })!(row)).toBe(false);
  });

  it("does not judge counts, filtered or paged relations, or selects built per request", () => {
    expect(compileSelectCheck({ _count: { select: { tandems: true } } })).toBeNull();
    expect(compileSelectCheck({ languages: { select: { code: true }, orderBy: { code: "asc" } } })).toBeNull();
    expect(compileSelectCheck({ languages: { select: { code: true }, take: 1 } })).toBeNull();
    expect(compileSelectCheck(() => ({ status: true }))).toBeNull();
  });

  it("takes a Json column's object for a column when it knows the model's columns, and still never a relation", () => {
    const activity = { id: "a1", name: "Kursbesuch", nameTranslations: { en: "Course attendance" }, organization: { id: "o1" } };
    const columns = new Set(["id", "name", "nameTranslations", "organizationId"]);
    expect(compileSelectCheck({ name: true, nameTranslations: true }, columns)!(activity)).toBe(true);
    expect(compileSelectCheck({ name: true, nameTranslations: true })!(activity)).toBe(false);
    expect(compileSelectCheck({ organizationId: true }, columns)!(activity)).toBe(false);
    expect(compileSelectCheck({ organization: true }, columns)!(activity)).toBe(false);
  });
});

describe("a related row the parent holds, for fields without a select of their own", () => {
  it("in include mode (District: no type-level select) answers only from a whole row: a partial one goes to the plugin", () => {
    const district = prismaTypeOf({ pothosPrismaModel: "District" }).rowCheck!;
    const whole = { id: "d1", organizationId: "o1", name: "Osternburg", nameTranslations: { ar: "أوسترنبورغ" }, latitude: 53.1, longitude: 8.2 };
    expect(district(whole)).toBe(true);
    // Another plan read only the name: District.name (which reads nameTranslations too) must not take it.
    expect(district({ name: "Osternburg" })).toBe(false);
    const { nameTranslations: _, ...withoutTranslations } = whole;
    expect(district(withoutTranslations)).toBe(false);
  });

  it("in select mode answers when the row holds what the type's select names", () => {
    const type = prismaTypeOf({ pothosPrismaModel: "ActivityType", pothosPrismaSelect: { id: true } });
    expect(type.rowCheck!({ id: "a1" })).toBe(true);
    expect(type.rowCheck!({ name: "Begleitung" })).toBe(false);
  });
});
