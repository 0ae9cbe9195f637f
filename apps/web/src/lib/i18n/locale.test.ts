import { describe, expect, it } from "vitest";
import { parseLocale, resolveLocale, toApiLocale } from "./locale";

describe("resolveLocale", () => {
  it("defaults to German", () => {
    expect(resolveLocale({})).toBe("de");
    expect(resolveLocale({ userLocale: null, cookie: null })).toBe("de");
  });

  it("uses the cookie when signed out", () => {
    expect(resolveLocale({ cookie: "en" })).toBe("en");
    expect(resolveLocale({ cookie: "de" })).toBe("de");
  });

  it("ignores cookie values that are not a supported language", () => {
    expect(resolveLocale({ cookie: "fr" })).toBe("de");
    expect(resolveLocale({ cookie: "" })).toBe("de");
    expect(resolveLocale({ cookie: "en-GB" })).toBe("de");
  });

  it("prefers the signed-in user's saved choice over the cookie", () => {
    expect(resolveLocale({ userLocale: "EN", cookie: "de" })).toBe("en");
    expect(resolveLocale({ userLocale: "DE", cookie: "en" })).toBe("de");
  });
});

describe("locale helpers", () => {
  it("parses case-insensitively", () => {
    expect(parseLocale("EN")).toBe("en");
    expect(parseLocale(" de ")).toBe("de");
    expect(parseLocale(undefined)).toBeNull();
  });

  it("maps to the API enum", () => {
    expect(toApiLocale("de")).toBe("DE");
    expect(toApiLocale("en")).toBe("EN");
  });
});
