// Moves the old home-made dictionaries (src/lib/i18n/de.ts, en.ts) into Paraglide's
// message files and rewrites the code that used them. Re-runnable: run it again after a
// rebase brought new keys into de.ts/en.ts or new `t("…")` calls into the code, then
// delete de.ts/en.ts again.
//
//   npx tsx scripts/i18n-convert.ts            (from apps/web)
//
// Messages: a key "a.bC" becomes "a_bC" (a JavaScript identifier, so `m.a_bC()` is a
// static import a page only ships when it uses it). A pair "xOne" + "x" (or "xDone")
// becomes one plural message "x"/"xDone" with variants by Intl.PluralRules. Keys already
// in messages/<locale>.json keep their text (translations made there win); keys in the
// dictionaries are added. Other locales' files are left as they are.
//
// Code: in every file that used the dictionaries,
//   t("a.b", vars)                 -> m.a_b(vars)
//   t(cond ? "a" : "b", vars)      -> (cond ? m.a : m.b)(vars)
//   n === 1 ? t("xOne") : t("x", { count: n })  -> m.x({ count: n })
//   t(`role.${r}`)                 -> roleLabel(r)   (src/lib/i18n/labels.ts, generated)
//   "a.b" elsewhere (key tables)   -> m.a_b          (a message function; call it to get text)
//   i18n.locale                    -> getLocale()
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const web = new URL("..", import.meta.url).pathname;
const src = join(web, "src");
const messagesDir = join(web, "messages");
const dictDir = join(src, "lib/i18n");

/** Names that come from Intl (language and weekday names) instead of messages. */
const DROPPED = /^(lang\.|weekday\.|language\.(de|en|switch)$)/;

type Message = string | [{ declarations: string[]; selectors: string[]; match: Record<string, string> }];
type Catalogue = Record<string, Message>;

export const messageId = (key: string): string => key.replace(/[^A-Za-z0-9_]/g, "_");

async function loadDictionary(locale: "de" | "en"): Promise<Record<string, string> | null> {
  const file = join(dictDir, `${locale}.ts`);
  if (!existsSync(file)) return null;
  const mod = (await import(file)) as Record<string, Record<string, string>>;
  return mod[locale]!;
}

/** The plural pairs of a dictionary: one-key -> other-key. */
function pluralPairs(dict: Record<string, string>): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const key of Object.keys(dict)) {
    if (!key.endsWith("One")) continue;
    const base = key.slice(0, -3);
    const other = base in dict ? base : `${base}Done` in dict ? `${base}Done` : null;
    if (other && dict[other]!.includes("{count}")) pairs.set(key, other);
  }
  return pairs;
}

function pluralMessage(one: string, other: string): Message {
  // "1 Eintrag" -> "{count} Eintrag": the count is shown by the message itself.
  const oneText = one.includes("{count}") ? one : one.replace(/\b1\b/, "{count}");
  return [
    {
      declarations: ["input count", "local countPlural = count: plural"],
      selectors: ["countPlural"],
      match: { "countPlural=one": oneText, "countPlural=*": other },
    },
  ];
}

function readCatalogue(locale: string): Catalogue {
  const file = join(messagesDir, `${locale}.json`);
  if (!existsSync(file)) return {};
  const { $schema: _schema, ...rest } = JSON.parse(readFileSync(file, "utf8")) as Catalogue & { $schema?: string };
  return rest;
}

function writeCatalogue(locale: string, catalogue: Catalogue) {
  const sorted = Object.fromEntries(Object.entries(catalogue).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out = { $schema: "https://inlang.com/schema/inlang-message-format", ...sorted };
  writeFileSync(join(messagesDir, `${locale}.json`), JSON.stringify(out, null, 2) + "\n");
}

async function convertMessages(): Promise<{ keys: Set<string>; pairs: Map<string, string>; texts: Record<string, string> }> {
  const de = await loadDictionary("de");
  const en = await loadDictionary("en");
  if (!de || !en) {
    console.log("no de.ts/en.ts: messages unchanged");
    return { keys: new Set(), pairs: new Map(), texts: {} };
  }
  const pairs = pluralPairs(de);
  const ones = new Set(pairs.keys());
  for (const [locale, dict] of [["de", de], ["en", en]] as const) {
    const catalogue = readCatalogue(locale);
    let added = 0;
    for (const [key, text] of Object.entries(dict)) {
      if (ones.has(key) || DROPPED.test(key)) continue;
      const id = messageId(key);
      if (id in catalogue) continue;
      const oneKey = [...pairs].find(([, other]) => other === key)?.[0];
      catalogue[id] = oneKey ? pluralMessage(dict[oneKey]!, text) : text;
      added++;
    }
    writeCatalogue(locale, catalogue);
    console.log(`messages/${locale}.json: ${added} added, ${Object.keys(catalogue).length} in all`);
  }
  return { keys: new Set(Object.keys(de).filter((k) => !DROPPED.test(k))), pairs, texts: de };
}

/** Dynamic keys `prefix.${x}`: one lookup function per prefix, so a page ships only that table. */
function labelName(prefix: string): string {
  const camel = prefix.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
  return `${camel}Label`;
}

function writeLabels(keys: Set<string>, prefixes: Set<string>, texts: Record<string, string>) {
  const file = join(dictDir, "labels.ts");
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
  const known = new Set([...existing.matchAll(/^export function (\w+)Label\(/gm)].map((m) => m[1]!));
  const blocks: string[] = [];
  for (const prefix of [...prefixes].sort()) {
    const name = labelName(prefix);
    if (known.has(name.slice(0, -5))) continue;
    // Enum values only (UPPER_CASE or digits), and only texts without placeholders.
    const entries = [...keys].filter((k) => k.startsWith(`${prefix}.`) && /^[A-Z0-9_]+$/.test(k.slice(prefix.length + 1)) && !texts[k]!.includes("{"));
    if (entries.length === 0) throw new Error(`no keys for dynamic prefix ${prefix}`);
    const rows = entries.map((k) => `  ${JSON.stringify(k.slice(prefix.length + 1))}: m.${messageId(k)},`).join("\n");
    blocks.push(
      `const ${name}s: Record<string, () => string> = {\n${rows}\n};\n\n` +
        `/** The text for one value of ${prefix}.*; a value without a message is shown as it is. */\n` +
        `export function ${name}(value: string | number): string {\n  const message = ${name}s[String(value)];\n  return message ? message() : String(value);\n}\n`,
    );
  }
  if (blocks.length === 0) return;
  const header = existing || `// Texts for enum values (status, role, kind …) looked up at run time. Generated by\n// scripts/i18n-convert.ts, then kept by hand: add a value's message here when an enum grows.\nimport { m } from "$lib/paraglide/messages.js";\n`;
  writeFileSync(file, `${header}\n${blocks.join("\n")}`);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === "paraglide") continue;
      walk(path, out);
    } else if (/\.(svelte|ts)$/.test(name) && !path.startsWith(dictDir + "/")) {
      out.push(path);
    }
  }
  return out;
}

function convertCode(keys: Set<string>, pairs: Map<string, string>) {
  const prefixes = new Set<string>();
  const keyAlt = [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.]/g, "\\.")).join("|");
  const literal = new RegExp(`(["'])(${keyAlt})\\1`, "g");
  let changed = 0;
  for (const file of walk(src)) {
    let text = readFileSync(file, "utf8");
    const before = text;
    if (!/lib\/i18n|\bt\(/.test(text)) continue;
    if (!/useI18n|Translate|MessageKey|translator/.test(text)) continue;

    // Plurals: n === 1 ? t("xOne") : t("x", { count: … })
    for (const [one, other] of pairs) {
      const e = (s: string) => s.replace(/[.]/g, "\\.");
      text = text.replace(
        new RegExp(`([\\w.]+) === 1 \\? t\\("${e(one)}"\\) : t\\("${e(other)}", (\\{[^}]*\\})\\)`, "g"),
        (_, _n: string, vars: string) => `m.${messageId(other)}(${vars})`,
      );
    }
    // count === 1 ? t(c ? "aOne" : "bOne") : t(c ? "a" : "b", { count })
    text = text.replace(
      /count === 1 \? t\(([\w.]+) \? "([\w.]+)" : "([\w.]+)"\) : t\(\1 \? "([\w.]+)" : "([\w.]+)", \{ count \}\)/g,
      (whole, cond: string, a1: string, b1: string, a: string, b: string) =>
        pairs.get(a1) === a && pairs.get(b1) === b ? `(${cond} ? m.${messageId(a)} : m.${messageId(b)})({ count })` : whole,
    );
    // Dynamic keys.
    text = text.replace(/\bt\(`([\w.]+)\.\$\{([^}`]+)\}`\)/g, (whole, prefix: string, expr: string) => {
      if (![...keys].some((k) => k.startsWith(`${prefix}.`) && /^[A-Z0-9_]+$/.test(k.slice(prefix.length + 1)))) return whole;
      prefixes.add(prefix);
      return `${labelName(prefix)}(${expr})`;
    });
    // Navigation links name their text by key (@lotse/domain/paths): lib/i18n/nav-labels.ts.
    text = text.replace(/\bt\(item\.label\)/g, "navLabel(item.label)");
    // Every key literal becomes its message function.
    text = text.replace(literal, (_, _q: string, key: string) => `m.${messageId(key)}`);
    // Calls through t.
    const tCall = String.raw`(?<![\w$])(?:[\w$]+\.)?t\(`;
    text = text.replace(new RegExp(`${tCall}(m\\.\\w+)\\)`, "g"), "$1()");
    text = text.replace(new RegExp(`${tCall}(m\\.\\w+), `, "g"), "$1(");
    text = text.replace(new RegExp(`${tCall}([^()?]+? \\? m\\.\\w+ : m\\.\\w+)\\)`, "g"), "($1)()");
    text = text.replace(new RegExp(`${tCall}([^()?]+? \\? m\\.\\w+ : m\\.\\w+), `, "g"), "($1)(");
    text = text.replace(new RegExp(`${tCall}([\\w.]+(?:\\[[\\w.]+\\])?)\\)`, "g"), "$1()");
    text = text.replace(new RegExp(`${tCall}([\\w.]+(?:\\[[\\w.]+\\])?), `, "g"), "$1(");
    // Helpers that took t first: formCheckErrors(t, …), languageOptions(t, …) …
    text = text.replace(/\b(\w+)\(t, /g, "$1(");
    text = text.replace(/\b(\w+)\(([\w.]+), t\)/g, "$1($2)");
    // The component helper.
    text = text.replace(/^[ \t]*const \{ t \} = (?:useI18n\(\)|i18n);\n/gm, "");
    text = text.replace(/^[ \t]*const i18n = useI18n\(\);\n/gm, "");
    text = text.replace(/\bi18n\.locale\b/g, "getLocale()");
    text = text.replace(/^[ \t]*import \{ useI18n \} from "\$lib\/i18n\/use";\n/gm, "");
    // runMutation(…, { t, fields }) and friends no longer need t.
    text = text.replace(/\{ t, /g, "{ ").replace(/\{ t \}/g, "{}");

    if (text === before) continue;
    const imports: string[] = [];
    if (/\bm\.\w+/.test(text) && !text.includes('from "$lib/paraglide/messages.js"')) imports.push(`import { m } from "$lib/paraglide/messages.js";`);
    if (/\bgetLocale\(\)/.test(text) && !text.includes('from "$lib/paraglide/runtime.js"')) imports.push(`import { getLocale } from "$lib/paraglide/runtime.js";`);
    const labels = [...new Set([...text.matchAll(/\b(\w+Label)\(/g)].map((x) => x[1]!))].filter((n) =>
      [...prefixes].some((p) => labelName(p) === n),
    );
    const missingLabels = labels.filter((n) => !new RegExp(`import \\{[^}]*\\b${n}\\b[^}]*\\} from "\\$lib/i18n/labels"`).test(text));
    if (/\bnavLabel\(/.test(text) && !text.includes('from "$lib/i18n/nav-labels"')) imports.push(`import { navLabel } from "$lib/i18n/nav-labels";`);
    if (missingLabels.length) imports.push(`import { ${missingLabels.sort().join(", ")} } from "$lib/i18n/labels";`);
    if (imports.length) {
      const indent = file.endsWith(".svelte") ? "  " : "";
      const block = imports.map((i) => indent + i).join("\n") + "\n";
      if (file.endsWith(".svelte")) {
        text = text.replace(/(<script[^>]*>\n)/, `$1${block}`);
      } else {
        const lastImport = [...text.matchAll(/^import .*;$/gm)].pop();
        text = lastImport ? text.slice(0, lastImport.index! + lastImport[0].length) + "\n" + block.trimEnd() + text.slice(lastImport.index! + lastImport[0].length) : block + text;
      }
    }
    writeFileSync(file, text);
    changed++;
    console.log(`rewrote ${relative(web, file)}`);
  }
  return { changed, prefixes };
}

const { keys, pairs, texts } = await convertMessages();
if (keys.size > 0) {
  const { changed, prefixes } = convertCode(keys, pairs);
  writeLabels(keys, prefixes, texts);
  console.log(`${changed} files rewritten; dynamic prefixes: ${[...prefixes].join(", ") || "none"}`);
}
