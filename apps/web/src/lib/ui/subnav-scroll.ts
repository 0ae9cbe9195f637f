// A sub-navigation on a phone is one row that scrolls sideways (.subnav in app.css): five
// rows of pills above the heading pushed the page's content below the fold. This keeps the
// current page's pill in view (after every navigation, not only the first load, which
// `scroll-initial-target` in app.css covers without JavaScript) and tells the CSS on which
// side more pills are hidden (data-more-left/-right, physical, so the fade needs no mirroring
// for right-to-left pages: the scroll offset is what differs there).
import type { Attachment } from "svelte/attachments";

/** Which sides of a row that scrolls sideways hide content, from its scroll offset as the DOM reports it. */
export function hiddenSides(scrollLeft: number, scrollWidth: number, clientWidth: number, rtl: boolean): { left: boolean; right: boolean } {
  const range = Math.max(0, scrollWidth - clientWidth);
  // Left to right the offset runs 0…range; right to left 0 at the start (the right edge) down to -range.
  const fromLeft = rtl ? scrollLeft + range : scrollLeft;
  return { left: fromLeft > 1, right: fromLeft < range - 1 };
}

/** The horizontal scroll that brings `item` fully into `row`'s view (0 when it is in view). */
export function scrollToShow(row: { left: number; right: number }, item: { left: number; right: number }, margin = 16): number {
  if (item.left < row.left) return item.left - row.left - margin;
  if (item.right > row.right) return item.right - row.right + margin;
  return 0;
}

/** Attach to the sub-navigation's list; `current` is read so that a navigation re-runs it. */
export function subnavScroll(current: () => string | undefined): Attachment<HTMLElement> {
  return (list) => {
    current();
    const update = () => {
      const sides = hiddenSides(list.scrollLeft, list.scrollWidth, list.clientWidth, getComputedStyle(list).direction === "rtl");
      list.toggleAttribute("data-more-left", sides.left);
      list.toggleAttribute("data-more-right", sides.right);
    };
    // After the frame's DOM updates: the pills' aria-current changes in effects of their own.
    const frame = requestAnimationFrame(() => {
      const active = list.querySelector<HTMLElement>('[aria-current="page"]');
      if (active) list.scrollLeft += scrollToShow(list.getBoundingClientRect(), active.getBoundingClientRect());
      update();
    });
    list.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(list);
    return () => {
      cancelAnimationFrame(frame);
      list.removeEventListener("scroll", update);
      observer.disconnect();
    };
  };
}
