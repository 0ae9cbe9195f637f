// SvelteKit's client reads onMount and tick as members of Svelte's namespace, not by
// destructuring it (vite/kit-svelte-namespace.js): the namespace object with all of
// Svelte's exports is then not built into every page.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { memberReads } from "../../vite/kit-svelte-namespace.js";

describe("SvelteKit's client and Svelte's namespace", () => {
  it("turns the destructuring into member reads", () => {
    expect(memberReads("import * as svelte from 'svelte';\nconst { onMount, tick } = svelte;\nonMount(f);")).toBe(
      "import * as svelte from 'svelte';\nconst onMount = svelte.onMount;\nconst tick = svelte.tick;\nonMount(f);",
    );
  });

  it("finds the line in the installed SvelteKit (else the plugin silently does nothing)", () => {
    const client = fileURLToPath(new URL("../runtime/client/client.js", import.meta.resolve("@sveltejs/kit")));
    const code = readFileSync(client, "utf8");
    expect(memberReads(code)).not.toBe(code);
  });
});
