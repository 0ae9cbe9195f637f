import { describe, expect, it } from "vitest";
import { answerFromRow } from "./row-in-hand.ts";

const membership = {
  id: "m1",
  organizationId: "o1",
  userId: "u1",
  active: true,
  acceptedAt: new Date("2026-01-01T00:00:00Z"),
  invitedName: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-02T00:00:00Z"),
  roles: [{ role: "ADMIN" }],
  user: { id: "u1", name: "Ada", email: "ada@example.org", locale: "DE" },
};

describe("answering a planned query from a row in hand", () => {
  it("answers a plan that reads only what the row holds: its columns, and relations with plain selects", () => {
    expect(answerFromRow("Membership", { include: { user: { select: { name: true, email: true, locale: true } } } }, membership)).toBe(membership);
    expect(answerFromRow("Membership", { select: { id: true, acceptedAt: true, roles: { select: { role: true } } } }, membership)).toBe(membership);
    expect(answerFromRow("Membership", {}, membership)).toBe(membership);
  });

  it("sends every other plan to the database", () => {
    // A column of a relation the row does not carry.
    expect(answerFromRow("Membership", { include: { user: { select: { emailVerifiedAt: true } } } }, membership)).toBeNull();
    // A relation the row does not carry at all, or all of the user's columns.
    expect(answerFromRow("Membership", { include: { user: { select: { credential: { select: { userId: true } } } } } }, membership)).toBeNull();
    expect(answerFromRow("Membership", { include: { user: true } }, membership)).toBeNull();
    // Filtered, ordered or paged relations, and counts.
    expect(answerFromRow("Membership", { include: { roles: { select: { role: true }, where: { role: "ADMIN" } } } }, membership)).toBeNull();
    expect(answerFromRow("Membership", { include: { roles: { select: { role: true }, take: 1 } } }, membership)).toBeNull();
    expect(answerFromRow("Membership", { select: { _count: { select: { roles: true } } } }, membership)).toBeNull();
    // A row without one of the model's columns cannot stand for the whole row.
    const { updatedAt: _left, ...partial } = membership;
    expect(answerFromRow("Membership", { include: { user: { select: { name: true } } } }, partial)).toBeNull();
    expect(answerFromRow("Membership", { select: { id: true } }, null)).toBeNull();
  });
});
