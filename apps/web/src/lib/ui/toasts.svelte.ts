// The app's toasts: `toast("Gespeichert")` from anywhere in the browser; the Toaster
// in the layout shows and announces them. Successes go away by themselves after a
// while; errors stay until closed (a person must be able to read them at their pace).
import { dropToast, pushToast, type Toast } from "./toast-queue";

const SUCCESS_MS = 6000;
let nextId = 1;

export const toasts = $state<{ list: Toast[] }>({ list: [] });

export function toast(text: string, tone: Toast["tone"] = "success"): void {
  const id = nextId++;
  toasts.list = pushToast(toasts.list, { id, text, tone });
  if (tone === "success") setTimeout(() => dismissToast(id), SUCCESS_MS);
}

export function dismissToast(id: number): void {
  toasts.list = dropToast(toasts.list, id);
}
