// First-load JavaScript of a page, gzip bytes: SvelteKit's client entry (start, app)
// and the route's layout and page nodes, with every module they import statically
// (what the browser fetches before the page is interactive; dynamic imports are left out).
// Reads the built client's Vite manifest; run after `npm run build`:
//   node scripts/first-load-js.mjs /login /ehrenamt
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const web = new URL("..", import.meta.url).pathname;
const client = join(web, ".svelte-kit/output/client");
const manifest = JSON.parse(readFileSync(join(client, ".vite/manifest.json"), "utf8"));

/** The route's nodes from the generated client dictionary ("/ehrenamt": [~13,[3]]): the root layout 0, its layouts, its page. */
const app = readFileSync(join(web, ".svelte-kit/generated/client-optimized/app.js"), "utf8");
function nodesFor(route) {
  const line = app.match(new RegExp(`"${route.replace(/[/]/g, "\\/")}": \\[~?(\\d+)(?:,\\[([\\d,]*)\\])?`));
  if (!line) throw new Error(`no route ${route}`);
  const layouts = (line[2] ?? "").split(",").filter(Boolean).map(Number);
  return [0, ...layouts, Number(line[1])].map((n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`);
}

function closure(keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    files.add(manifest[key].file);
    for (const imp of manifest[key].imports ?? []) visit(imp);
  };
  keys.forEach(visit);
  return files;
}

const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry && /entry\/(start|app)\./.test(manifest[k].file));
for (const route of process.argv.slice(2)) {
  const files = closure([...entries, ...nodesFor(route)]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    if (!file.endsWith(".js")) continue;
    const bytes = readFileSync(join(client, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`${route}: ${files.size} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip (${gzip} bytes)`);
}
