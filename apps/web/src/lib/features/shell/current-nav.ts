// Which link of the main navigation stands for the page shown. A link stands for the pages
// below it too (a volunteer's record under "Volunteers"), but when another link leads
// further down the same path, that one alone is current: on the batch proposals
// (/koordination/tandems/vorschlaege) "Tandem proposals" is, not "Tandems" as well.

/** The href of the current link among `hrefs` for `path`, or undefined when none leads there. */
export function currentNavHref(hrefs: readonly string[], path: string): string | undefined {
  let best: string | undefined;
  for (const href of hrefs) {
    const matches = href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
    if (matches && (best === undefined || href.length > best.length)) best = href;
  }
  return best;
}
