// Goods categories per language (issue 10): an admin gives a category its name in the
// other UI languages; a reader in Arabic sees the Arabic name, German where none was
// given. The German name stays what receipts and reports name.
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";

const Categories = graphql(`query TestCategoriesInLanguage { goodsCategories { id name nameTranslations { de en ar fa uk tr } } }`);
const CreateCategory = graphql(`
  mutation TestCreateTranslatedCategory($name: String!, $nameTranslations: TranslationsInput) {
    createGoodsCategory(name: $name, nameTranslations: $nameTranslations) {
      __typename
      ... on MutationCreateGoodsCategorySuccess { data { id name nameTranslations { de ar uk } } }
      ... on Error { code field }
    }
  }
`);
const Translate = graphql(`
  mutation TestTranslateCategory($id: ID!, $nameTranslations: TranslationsInput!) {
    updateGoodsCategoryTranslations(id: $id, nameTranslations: $nameTranslations) {
      __typename
      ... on MutationUpdateGoodsCategoryTranslationsSuccess { data { name nameTranslations { de en ar fa uk tr } } }
      ... on Error { code field }
    }
  }
`);

let t: TestApp;
let admin: TestSession;
let arabicCoordinator: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin@oldenburg.example");
  await t.db.prisma.user.update({ where: { email: "koordination@oldenburg.example" }, data: { locale: "AR" } });
  arabicCoordinator = await t.signIn("koordination@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

const namesFor = async (session: TestSession) => (await session.gql(Categories)).data!.goodsCategories.map((c) => c.name);

describe("goods category translations", () => {
  it("names the seeded categories in the reader's language", async () => {
    expect(await namesFor(arabicCoordinator)).toEqual(expect.arrayContaining(["ملابس", "أثاث", "دراجات هوائية"]));
    expect(await namesFor(admin)).toEqual(expect.arrayContaining(["Kleidung", "Möbel", "Fahrräder"]));
  });

  it("saves a new category's translations and falls back to German where one is missing", async () => {
    const created = await admin.gql(CreateCategory, { name: "Kinderwagen", nameTranslations: { ar: " عربات أطفال ", uk: "" } });
    expect(created.data!.createGoodsCategory).toMatchObject({ data: { name: "Kinderwagen", nameTranslations: { de: "Kinderwagen", ar: "عربات أطفال", uk: null } } });
    const id = (created.data!.createGoodsCategory as { data: { id: string } }).data.id;
    expect(await namesFor(arabicCoordinator)).toContain("عربات أطفال");
    // Ukrainian has none: German.
    await t.db.prisma.user.update({ where: { email: "admin@oldenburg.example" }, data: { locale: "UK" } });
    const ukrainianAdmin = await t.signIn("admin@oldenburg.example");
    expect(await namesFor(ukrainianAdmin)).toContain("Kinderwagen");

    const translated = await admin.gql(Translate, { id, nameTranslations: { uk: "Дитячі візки", ar: "" } });
    expect(translated.data!.updateGoodsCategoryTranslations).toMatchObject({
      data: { nameTranslations: { de: "Kinderwagen", en: null, ar: null, fa: null, uk: "Дитячі візки", tr: null } },
    });
    expect(await namesFor(ukrainianAdmin)).toContain("Дитячі візки");
    expect(await namesFor(arabicCoordinator)).toContain("Kinderwagen");
    expect(await t.db.prisma.auditLog.count({ where: { action: "donation.categoryTranslated", entityId: (await t.db.prisma.goodsCategory.findFirstOrThrow({ where: { name: "Kinderwagen" } })).id } })).toBe(1);
    await t.db.prisma.user.update({ where: { email: "admin@oldenburg.example" }, data: { locale: "DE" } });
  });

  it("bounds a translation as the name, and leaves translating to admins", async () => {
    const kleidung = (await admin.gql(Categories)).data!.goodsCategories.find((c) => c.nameTranslations.de === "Kleidung")!;
    const tooLong = await admin.gql(Translate, { id: kleidung.id, nameTranslations: { tr: "x".repeat(201) } });
    expect(tooLong.data!.updateGoodsCategoryTranslations).toMatchObject({ __typename: "ValidationError" });
    const refused = await arabicCoordinator.gql(Translate, { id: kleidung.id, nameTranslations: { ar: "x" } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await admin.gql(Categories)).data!.goodsCategories.find((c) => c.id === kleidung.id)!.nameTranslations.ar).toBe("ملابس");
  });
});
