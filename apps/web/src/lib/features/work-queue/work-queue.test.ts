import { describe, expect, it } from "vitest";
import { NAV_ITEMS, PATHS } from "@lotse/domain/paths";
import { navCounts, workQueueLabel } from "./work-queue";

const navHrefs = NAV_ITEMS.map((item) => item.href);
const item = (key: string, count: number, href: string) => ({ key, role: "COORDINATOR" as const, count, href });

describe("navigation badges", () => {
  it("add up the counts whose list lies under a navigation page", () => {
    const counts = navCounts(
      [
        item("volunteers.signUpsWaiting", 3, `${PATHS.volunteers}?status=PENDING`),
        item("volunteers.certificatesExpiring", 2, `${PATHS.volunteers}?status=APPROVED&certificate=EXPIRING`),
        item("volunteers.hoursToReview", 7, PATHS.hourReview),
      ],
      navHrefs,
    );
    expect(counts.get(PATHS.volunteers)).toBe(5);
    expect(counts.get(PATHS.hourReview)).toBe(7);
    expect(counts.has(PATHS.home)).toBe(false);
  });

  it("leave out pages the viewer has no navigation item for", () => {
    expect(navCounts([item("volunteers.hoursToReview", 7, PATHS.hourReview)], [PATHS.home, PATHS.account]).size).toBe(0);
  });
});

describe("labels", () => {
  it("name each count, and show an unknown key as it is", () => {
    expect(workQueueLabel({ key: "volunteers.signUpsWaiting", count: 1 })).toMatch(/Anmeldung wartet|sign-up waiting/);
    expect(workQueueLabel({ key: "later.somethingNew", count: 2 })).toBe("later.somethingNew");
  });
});
