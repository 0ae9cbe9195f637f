// The browser's form of the compiled messages (vite/locale-messages.js): German inline, every
// other language looked up in that language's module under the same name.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserLocaleModule, browserMessageModule } from "../../../vite/locale-messages.js";

const web = path.resolve(import.meta.dirname, "../../..");
const messagesDir = path.join(web, "src/lib/paraglide/messages");
const localesDir = path.join(web, "src/lib/paraglide-locales/messages");
const messageFiles = readdirSync(messagesDir).filter((f) => f.endsWith(".js") && f !== "_index.js");
const exportsOf = (code: string) => new Set([...code.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]));

describe("messages in the browser", () => {
  it("keep only German inline and look every other language up by the name its module exports", () => {
    const english = exportsOf(readFileSync(path.join(localesDir, "en.js"), "utf8"));
    expect(messageFiles.length).toBeGreaterThan(500);
    for (const file of messageFiles) {
      const code = browserMessageModule(readFileSync(path.join(messagesDir, file), "utf8"), file);
      expect(code, file).not.toMatch(/return (en|ar|fa|uk|tr)_\w+\(inputs\)/);
      const key = code.match(/__localizedMessage\("(\w+)", de_\1\)/)?.[1];
      expect(key, file).toBeDefined();
      expect(english.has(key!), `${file}: en.js exports ${key}`).toBe(true);
    }
  });

  it("load a language's own messages only, not the German ones it falls back to", () => {
    const arabic = readFileSync(path.join(localesDir, "ar.js"), "utf8");
    expect(arabic).toMatch(/from "\.\/de\.js"/);
    const browser = browserLocaleModule(arabic);
    expect(browser).not.toMatch(/from "\.\/de\.js"/);
    const ar = JSON.parse(readFileSync(path.join(web, "messages/ar.json"), "utf8")) as Record<string, unknown>;
    expect(exportsOf(browser).size).toBe(Object.keys(ar).filter((k) => !k.startsWith("$")).length);
  });
});
