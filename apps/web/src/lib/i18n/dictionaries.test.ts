import { describe, expect, it } from "vitest";
import { de } from "./de";
import { en } from "./en";
import { dictionaries, interpolate, translate } from "./index";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dictionaries", () => {
  it("German and English have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it("no text is empty", () => {
    for (const [locale, dictionary] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });

  it("each translation uses the same placeholders as the German text", () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });

  it("keeps the German glossary terms in English text", () => {
    expect(en["role.VOLUNTEER"]).toContain("Lotse");
    expect(en["home.role.COORDINATOR"]).toContain("Sprachmittler");
    expect(en["role.COUNSELLOR"]).toContain("Schuleinstiegsberatung");
  });

  it("the language switch names the other language", () => {
    expect(de["language.switch"]).toBe("English");
    expect(en["language.switch"]).toBe("Deutsch");
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("de", "home.greeting", { name: "Anna" })).toBe("Guten Tag, Anna");
    expect(translate("en", "home.greeting", { name: "Anna" })).toBe("Hello, Anna");
  });

  it("leaves unknown placeholders visible", () => {
    expect(interpolate("Hallo {name}, {other}", { name: "A" })).toBe("Hallo A, {other}");
  });
});
