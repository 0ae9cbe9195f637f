import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { emptySelect } from "./empty-select.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("empty-select extension", () => {
  it("answers a query with an empty select (a __typename-only selection) instead of failing", async () => {
    // Without the extension Prisma refuses the query: the reason the extension exists.
    await expect(t.db.prisma.organization.findMany({ select: {} })).rejects.toThrow(/select/i);

    const db = t.db.prisma.$extends(emptySelect);
    const organizations = await db.organization.findMany({ select: {}, orderBy: { slug: "asc" } });
    expect(organizations.map((o) => (o as { slug?: string }).slug)).toEqual(["oldenburg", "osnabrueck"]);
    expect(await db.organization.findUniqueOrThrow({ where: { slug: "oldenburg" }, select: {} })).toBeTruthy();
  });

  it("leaves every other select as it is", async () => {
    const db = t.db.prisma.$extends(emptySelect);
    const [organization] = await db.organization.findMany({ select: { slug: true }, where: { slug: "oldenburg" } });
    expect(organization).toEqual({ slug: "oldenburg" });
  });
});
