// Settings saved by form actions: payments and courses (rate per kilometre,
// usual cohort size, admission interview), the donation rules, a new goods
// category and a category's translations.
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { PAYMENT_COURSE_FIELDS, paymentCourseInput } from "$lib/features/admin/payment-course-form";
import { DONATION_SETTINGS_FIELDS, donationSettingsInput } from "$lib/features/donations/settings-form";
import { CreateGoodsCategoryMutation, UpdateDonationSettingsMutation, UpdateGoodsCategoryTranslationsMutation } from "$lib/graphql/donations";
import { translationFieldNames, translationsFromValues, type TranslationValues } from "$lib/forms/translations";
import { formCheckErrors } from "$lib/graphql/errors";
import { UpdatePaymentAndCourseSettingsMutation } from "$lib/graphql/settings";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

export async function paymentCourse(event: RequestEvent) {
  const form = await event.request.formData();
  const read = paymentCourseInput(form);
  if (!read.ok) return refuse(read.errors, form, { name: "paymentCourse" });
  const outcome = await mutate(event, UpdatePaymentAndCourseSettingsMutation, { input: read.input, seen: read.seen }, PAYMENT_COURSE_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "paymentCourse" });
  return { saved: "paymentCourse" as const };
}

export async function donationSettings(event: RequestEvent) {
  const form = await event.request.formData();
  const read = donationSettingsInput(form);
  if (!read.ok) return refuse(read.errors, form, { name: "donationSettings" });
  const outcome = await mutate(event, UpdateDonationSettingsMutation, { input: read.input }, DONATION_SETTINGS_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "donationSettings" });
  return { saved: "donationSettings" as const };
}

const CATEGORY_TRANSLATIONS = translationFieldNames("nameTranslations");
const categoryTranslations = (form: FormData) =>
  translationsFromValues("nameTranslations", Object.fromEntries(CATEGORY_TRANSLATIONS.map((n) => [n, text(form, n)])) as TranslationValues<"nameTranslations">);

export async function goodsCategory(event: RequestEvent) {
  const form = await event.request.formData();
  const name = text(form, "name");
  if (!name) return refuse(formCheckErrors({ name: m.common_fillIn }), form, { name: "goodsCategory" });
  const outcome = await mutate(event, CreateGoodsCategoryMutation, { name, nameTranslations: categoryTranslations(form) }, ["name", ...CATEGORY_TRANSLATIONS]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "goodsCategory" });
  return { categoryAdded: outcome.data.name };
}

/** A category's translations (the German name stays): one form per category, named by its id. */
export async function goodsCategoryTranslations(event: RequestEvent) {
  const form = await event.request.formData();
  const id = text(form, "categoryId");
  const name = `category-${id}`;
  const outcome = await mutate(event, UpdateGoodsCategoryTranslationsMutation, { id, nameTranslations: categoryTranslations(form) }, CATEGORY_TRANSLATIONS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { categoryTranslated: outcome.data.nameTranslations.de, categoryId: outcome.data.id };
}
