// Whether the page is interactive yet. Forms and buttons here are driven by
// JavaScript (mutations through the API proxy), so they stay disabled until
// hydration: a click before that would otherwise submit natively and fail.
import { onMount } from "svelte";

export function useHydrated(): { readonly current: boolean } {
  let current = $state(false);
  onMount(() => {
    current = true;
  });
  return {
    get current() {
      return current;
    },
  };
}
