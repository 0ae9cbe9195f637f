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
    interface PageData {
      /** Every UI language by its own name, from the root layout's server load (the language switch). */
      languages: { locale: UiLocale; name: string }[];
    }
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
