// See https://svelte.dev/docs/kit/types#app.d.ts
import type { UiLocale } from "$lib/i18n/locale";

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The UI language of this request; the root layout load may change it to the user's choice. */
      locale: UiLocale;
    }
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
