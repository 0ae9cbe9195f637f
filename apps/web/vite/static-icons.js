// Lucide's icons as plain SVG (browser and server alike).
//
// Each `@lucide/svelte/icons/<name>` component hands its paths to lucide's generic
// Icon.svelte, which builds the <svg> at run time from a dozen props (colour, stroke width,
// absolute stroke width, context defaults, classes) with a keyed each-block of
// <svelte:element>: about 1 kB gzip of code in every page's first load, for the five
// decorative icons of the header, dialogs and empty states. This plugin rewrites each icon's
// module, before Svelte compiles it, into the same <svg> written out: the paths still come
// from the installed @lucide/svelte, the markup is what Icon.svelte renders (same attributes
// and classes), and Svelte makes it one static template.
//
// The props the app passes are kept: `size` (width and height) and `aria-hidden` (true
// unless given, as Icon.svelte does for an icon without a label); `class` is added to
// lucide's classes. Any other prop (colour, stroke width, a title) throws in development
// (`vite dev`, the unit tests), so nothing is dropped silently.

const ICON = /[\\/]@lucide[\\/]svelte[\\/]dist[\\/]icons[\\/]([\w-]+)\.svelte$/;
const DATA = /const iconData = (\{.*\});/;
const USE = /<Icon \{\.\.\.props\} icon=\{iconData\} \/>/;

/** @param {string} value */
const escapeAttribute = (value) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/\{/g, "&#123;").replace(/\}/g, "&#125;");

/**
 * The icon's module as a component writing out its <svg>. Exported for its test.
 * @param {string} code the icon's .svelte source as @lucide/svelte ships it
 * @param {string} id
 */
export function staticIcon(code, id) {
  const data = DATA.exec(code);
  if (!data || !USE.test(code)) throw new Error(`${id}: not the icon module this plugin knows; has @lucide/svelte changed?`);
  /** @type {{ name: string; size: number; node: [string, Record<string, string | number>][] }} */
  const icon = JSON.parse(data[1]);
  const children = icon.node
    .map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).map(([k, v]) => `${k}="${escapeAttribute(String(v))}"`).join(" ")} />`)
    .join("");
  return `<script>
  let props = $props();
  if (import.meta.env.DEV) {
    for (const key of Object.keys(props)) if (!["size", "aria-hidden", "class"].includes(key)) throw new Error(\`icon ${icon.name}: prop \${key} is not supported (vite/static-icons.js)\`);
  }
</script>
<svg xmlns="http://www.w3.org/2000/svg" width={props.size ?? ${icon.size}} height={props.size ?? ${icon.size}} viewBox="0 0 ${icon.size} ${icon.size}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class={["lucide-icon lucide lucide-${icon.name}", props.class]} aria-hidden={props["aria-hidden"] ?? "true"}>${children}</svg>
`;
}

/** @returns {import("vite").Plugin} */
export function staticIcons() {
  return {
    name: "lotse:static-icons",
    enforce: "pre",
    transform(code, id) {
      if (!ICON.test(id.split("?")[0]) || id.includes("?")) return null;
      return { code: staticIcon(code, id), map: null };
    },
  };
}
