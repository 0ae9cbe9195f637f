// The public sign-up's checks before sending, the same in the browser (before
// the request) and in the form action (when the page posted without
// JavaScript): the profile's own checks plus the account's.
import { m } from "$lib/paraglide/messages.js";
import type { FormErrors } from "$lib/graphql/errors";
import { profileInput, type ProfileDraft, type ProfileInputFields } from "./profile-form";

export interface SignUpAccount {
  email: string;
  password: string;
  passwordRepeat: string;
  consent: boolean;
}

export type SignUpCheck = { ok: true; profile: ProfileInputFields; email: string } | { ok: false; errors: FormErrors };

export function signUpInput(draft: ProfileDraft, account: SignUpAccount): SignUpCheck {
  const built = profileInput(draft);
  const fields: Record<string, string> = built.ok ? {} : { ...built.errors.fields };
  const email = account.email.trim();
  if (!email) fields.email = m.common_fillIn();
  if (!account.password) fields.password = m.common_fillIn();
  else if (account.password !== account.passwordRepeat) fields.passwordRepeat = m.common_passwordMismatch();
  if (!account.consent) fields.consent = m.signup_consentRequired();
  if (!built.ok || Object.keys(fields).length > 0) return { ok: false, errors: { form: [m.common_checkFields()], fields } };
  return { ok: true, profile: built.input, email };
}
