// Quick entry on the phone: the hour form starts with the activity used last
// time on this device (localStorage; nothing personal, only an activity id).

export const LAST_ACTIVITY_KEY = "lotse.lastActivityType";

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/** The remembered activity if it is still one of `available`, else the first of them (or ""). */
export function recallActivity(storage: StorageLike | null | undefined, available: readonly string[]): string {
  let remembered: string | null = null;
  try {
    remembered = storage?.getItem(LAST_ACTIVITY_KEY) ?? null;
  } catch {
    // storage blocked (private mode, policy): fall back to the first activity
  }
  return remembered && available.includes(remembered) ? remembered : (available[0] ?? "");
}

export function rememberActivity(storage: StorageLike | null | undefined, id: string): void {
  try {
    storage?.setItem(LAST_ACTIVITY_KEY, id);
  } catch {
    // not remembered; the form still works
  }
}
