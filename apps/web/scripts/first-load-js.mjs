// First-load JavaScript of a page, gzip bytes: SvelteKit's client entry (start, app)
// and the route's layout and page nodes, with every module they import statically
// (what the browser fetches before the page is interactive; dynamic imports are left out,
// see languageFiles for the one a page in another language than German loads).
// Reads the built client's Vite manifest; run after `npm run build`:
//   node scripts/first-load-js.mjs /login /ehrenamt /o/[slug]/mitmachen
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const web = new URL("..", import.meta.url).pathname;
const client = join(web, ".svelte-kit/output/client");

function readBuild() {
  const manifest = JSON.parse(readFileSync(join(client, ".vite/manifest.json"), "utf8"));
  // The routes and their nodes, from the server's manifest (the client has no table of routes:
  // kit.router.resolution is "server").
  const routes = readFileSync(join(web, ".svelte-kit/output/server/manifest-full.js"), "utf8");
  return { manifest, routes };
}

const gzipBytes = (file) => gzipSync(readFileSync(join(client, file)), { level: 9 }).length;

/** The route's nodes from the server's manifest (`id: "/ehrenamt", … page: { layouts: [0,4,], errors: [1,,], leaf: 26 }`): its layouts, its page. */
function nodesFor(routes, route) {
  const entry = routes.match(new RegExp(`id: "${route.replace(/[/[\]]/g, "\\$&")}",(?:(?!id: ")[\\s\\S])*?page: \\{ layouts: \\[([\\d,]*)\\][^}]*leaf: (\\d+) \\}`));
  if (!entry) throw new Error(`no page ${route}`);
  const layouts = entry[1].split(",").filter(Boolean).map(Number);
  return [...layouts, Number(entry[2])].map((n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`);
}

/** @param {string} route a route id ("/ehrenamt", "/o/[slug]/mitmachen") */
export function firstLoadJs(route, build = readBuild()) {
  const { manifest, routes } = build;
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    files.add(manifest[key].file);
    for (const imp of manifest[key].imports ?? []) visit(imp);
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry && /entry\/(start|app)\./.test(manifest[k].file));
  [...entries, ...nodesFor(routes, route)].forEach(visit);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    if (!file.endsWith(".js")) continue;
    raw += readFileSync(join(client, file)).length;
    gzip += gzipBytes(file);
  }
  return { route, files: files.size, raw, gzip };
}

/** The file of messages a page loads in each language other than German (lib/i18n/locale-messages.ts), gzip bytes. */
export function languageFiles(build = readBuild()) {
  const sizes = {};
  for (const [key, entry] of Object.entries(build.manifest)) {
    const locale = key.match(/paraglide-locales\/messages\/(\w+)\.js$/)?.[1];
    if (locale) sizes[locale] = gzipBytes(entry.file);
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const build = readBuild();
  for (const route of process.argv.slice(2)) {
    const { files, raw, gzip } = firstLoadJs(route, build);
    console.log(`${route}: ${files} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip (${gzip} bytes)`);
  }
  const languages = languageFiles(build);
  if (Object.keys(languages).length > 0) {
    console.log(`+ in another language, its messages: ${Object.entries(languages).map(([l, b]) => `${l} ${(b / 1024).toFixed(1)} kB`).join(", ")} (gzip)`);
  }
}
