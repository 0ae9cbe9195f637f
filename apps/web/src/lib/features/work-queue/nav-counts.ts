// The navigation's work-queue badges: the counts of the start pages' work queue added up
// per navigation page. A module of its own, apart from work-queue.ts and its seventeen
// labels, so the header every page loads carries none of them.
import type { WorkQueueItem } from "$lib/graphql/types";

function pathOf(href: string): string {
  return href.split(/[?#]/, 1)[0]!;
}

/**
 * The badge count per navigation page: the sum of the items whose list is that page
 * or lies under it (the start page "/" collects nothing, it shows every item).
 */
export function navCounts(items: readonly WorkQueueItem[], navHrefs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const path = pathOf(item.href);
    const nav = navHrefs
      .filter((href) => href !== "/" && (path === href || path.startsWith(`${href}/`)))
      .sort((a, b) => b.length - a.length)[0];
    if (nav) counts.set(nav, (counts.get(nav) ?? 0) + item.count);
  }
  return counts;
}
