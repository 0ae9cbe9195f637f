import { describe, expect, it } from "vitest";
import { currentNavHref } from "./current-nav";

const NAV = ["/", "/koordination/ehrenamtliche", "/koordination/tandems", "/koordination/tandems/vorschlaege", "/koordination/spenden"];

describe("the main navigation's current link", () => {
  it("is the link of the page, or of the page it lies below", () => {
    expect(currentNavHref(NAV, "/koordination/tandems")).toBe("/koordination/tandems");
    expect(currentNavHref(NAV, "/koordination/tandems/abc")).toBe("/koordination/tandems");
    expect(currentNavHref(NAV, "/koordination/spenden/lager/1")).toBe("/koordination/spenden");
  });

  it("is only the link leading furthest down the path when two lead there", () => {
    expect(currentNavHref(NAV, "/koordination/tandems/vorschlaege")).toBe("/koordination/tandems/vorschlaege");
  });

  it("is the start page only on the start page, and none where no link leads", () => {
    expect(currentNavHref(NAV, "/")).toBe("/");
    expect(currentNavHref(NAV, "/account")).toBeUndefined();
    expect(currentNavHref(NAV, "/koordination/tandemsx")).toBeUndefined();
  });
});
