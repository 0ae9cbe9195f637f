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

describe("text direction and language names", async () => {
  const { ownLanguageName, textDirection } = await import("./direction");
  it("writes Arabic and Farsi right to left, the others left to right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fa")).toBe("rtl");
    for (const l of ["de", "en", "uk", "tr"]) expect(textDirection(l)).toBe("ltr");
  });

  it("names every language in itself", () => {
    expect(ownLanguageName("de")).toBe("Deutsch");
    expect(ownLanguageName("en")).toBe("English");
    expect(ownLanguageName("ar")).toBe("العربية");
    expect(ownLanguageName("fa")).toBe("فارسی");
    expect(ownLanguageName("uk")).toBe("Українська");
    expect(ownLanguageName("tr")).toBe("Türkçe");
  });
});
