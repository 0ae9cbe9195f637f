// The messages a Toaster shows: newest last, the same text not twice at once (a
// double click would otherwise announce it twice), at most a few at a time so the
// screen stays usable on a phone. Plain functions, so they are tested without a browser.

export interface Toast {
  id: number;
  text: string;
  tone: "success" | "error";
}

export const MAX_TOASTS = 3;

export function pushToast(list: readonly Toast[], toast: Toast): Toast[] {
  const without = list.filter((t) => t.text !== toast.text);
  return [...without, toast].slice(-MAX_TOASTS);
}

export function dropToast(list: readonly Toast[], id: number): Toast[] {
  return list.filter((t) => t.id !== id);
}
