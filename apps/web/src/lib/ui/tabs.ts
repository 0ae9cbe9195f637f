// Keyboard of a tab list (WAI-ARIA tabs pattern, automatic activation): arrows move
// to the neighbouring tab and wrap around, Home/End to the first/last. In a right-to-left
// page the arrows follow what the eye sees: the left arrow moves to the next tab.

/** The tab to select after `key` in a list of `count` tabs, or null when the key is not ours. */
export function tabAfterKey(key: string, current: number, count: number, rtl = false): number | null {
  if (count === 0) return null;
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const backward = rtl ? "ArrowRight" : "ArrowLeft";
  switch (key) {
    case forward:
      return (current + 1) % count;
    case backward:
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
