// The browser ships each message in German only; the messages of the other languages come
// as one file per language, loaded before the page renders (lib/i18n/locale-messages.ts).
//
// Paraglide compiles every message into a function that carries all six languages
// (`if (locale === "ar") return ar_x(inputs) … return de_x(inputs)`), so a page's
// JavaScript held each of its texts six times. The server keeps those functions as they
// are (it renders every language). For the browser this plugin
// - replaces each message's function (its per-language branches) by one call of
//   localizedMessage (lib/i18n/locale-messages.ts) with the message's key and German text,
//   which looks the loaded language's file up first; the unused `ar_x`, `fa_x` … constants
//   are tree-shaken and a German page carries only German text;
// - compiles the same messages a second time, one module per language (Paraglide's
//   "locale-modules" output in src/lib/paraglide-locales), and drops from those the
//   messages a language lacks (they re-export German, which every page has anyway).
// A language's file is loaded once and cached like every other immutable asset.
import { readFileSync } from "node:fs";
import path from "node:path";
import { paraglideVitePlugin } from "@inlang/paraglide-js";

const web = path.resolve(import.meta.dirname, "..");
const settings = JSON.parse(readFileSync(path.join(web, "project.inlang/settings.json"), "utf8"));
/** @type {string} */
const baseLocale = settings.baseLocale;
const messagesDir = path.join(web, "src/lib/paraglide/messages") + path.sep;
const localesDir = path.join(web, "src/lib/paraglide-locales/messages") + path.sep;
const runtimeModule = path.join(web, "src/lib/i18n/locale-messages.ts");

/** `if (locale === "ar") return ar_x(inputs)`: one language's branch in a compiled message. */
const BRANCH = /^([ \t]*)if \(locale === "(\w+)"\) return \2_(\w+)\(inputs\)\n/gm;
/** `return de_x(inputs)`: the base language, the last line of a compiled message. */
const BASE_RETURN = new RegExp(`^[ \\t]*return ${baseLocale}_(\\w+)\\(inputs\\)$`, "m");
/** A language module's re-export of a German message it has no translation for. */
const FALLBACK_EXPORT = new RegExp(`^export \\{ \\w+ \\} from "\\./${baseLocale}\\.js"\\n?`, "gm");

// The message's function, to the end of its module:
// `const x = <its type as a JSDoc comment> ((inputs = {}, options = {}) => {` … `});`
const WRAPPER = /^(export )?const (\w+) = \/\*\*[^\n]*\*\/ \(\(inputs(?: = \{\})?, options = \{\}\) => \{\n([\s\S]*?)\n\}\);$/m;

/**
 * The browser's form of one compiled message module (see above). Exported for its test.
 * The message's function becomes one call of lib/i18n/locale-messages.ts's localizedMessage
 * with its key and its German text; written out in every message (as Paraglide does) the
 * language check would be a third of a page's texts.
 * @param {string} code
 * @param {string} id
 */
export function browserMessageModule(code, id) {
  const base = BASE_RETURN.exec(code);
  if (!base) throw new Error(`${id}: no "return ${baseLocale}_…(inputs)" line; has Paraglide's output changed?`);
  const key = base[1];
  const wrapper = WRAPPER.exec(code);
  if (!wrapper || wrapper[2] !== key) throw new Error(`${id}: no message function ${key}; has Paraglide's output changed?`);
  const body = wrapper[3].replace(BRANCH, (/** @type {string} */ _line, /** @type {string} */ _indent, /** @type {string} */ _locale, /** @type {string} */ name) => {
    if (name !== key) throw new Error(`${id}: branch for ${name} in the module of ${key}`);
    return "";
  });
  const expected = new RegExp(`^\\s*const locale = experimentalStaticLocale \\?\\? options\\.locale \\?\\? getLocale\\(\\)\\n[ \\t]*return ${baseLocale}_${key}\\(inputs\\)$`);
  if (!expected.test(body)) throw new Error(`${id}: a message function this plugin does not know:\n${wrapper[3]}`);
  const call = `${wrapper[1] ?? ""}const ${key} = /* @__PURE__ */ __localizedMessage(${JSON.stringify(key)}, ${baseLocale}_${key});`;
  return `import { localizedMessage as __localizedMessage } from ${JSON.stringify(runtimeModule)};\n${code.replace(WRAPPER, () => call)}`;
}

/**
 * A language module without the German messages it re-exports. Exported for its test.
 * @param {string} code
 */
export function browserLocaleModule(code) {
  return code.replace(FALLBACK_EXPORT, "");
}

/**
 * @param {import("@inlang/paraglide-js").CompilerOptions} options the app's Paraglide options
 * @returns {import("vite").Plugin[]}
 */
export function localeMessages(options) {
  return [
    // The per-language modules, recompiled like the main output (build start, dev changes).
    ...[paraglideVitePlugin(localeModulesOptions(options))].flat(),
    {
      name: "lotse:locale-messages",
      enforce: "pre",
      transform(code, id, transformOptions) {
        const browser = this.environment ? this.environment.config.consumer === "client" : !transformOptions?.ssr;
        if (!browser) return null;
        const file = id.split("?")[0];
        if (file.startsWith(messagesDir) && file.endsWith(".js") && !file.endsWith(`${path.sep}_index.js`)) {
          return { code: browserMessageModule(code, id), map: null };
        }
        if (file.startsWith(localesDir) && !file.endsWith(`${path.sep}${baseLocale}.js`)) {
          return { code: browserLocaleModule(code), map: null };
        }
        return null;
      },
    },
  ];
}

/**
 * Paraglide's options for the per-language modules the browser loads.
 * @param {import("@inlang/paraglide-js").CompilerOptions} options
 * @returns {import("@inlang/paraglide-js").CompilerOptions}
 */
export function localeModulesOptions(options) {
  return { ...options, outdir: "./src/lib/paraglide-locales", outputStructure: "locale-modules" };
}
