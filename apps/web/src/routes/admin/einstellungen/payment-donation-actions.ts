// Settings saved by form actions: payments and courses (rate per kilometre,
// usual cohort size, admission interview), the donation rules, and a new goods
// category.
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { PAYMENT_COURSE_FIELDS, paymentCourseInput } from "$lib/features/admin/payment-course-form";
import { DONATION_SETTINGS_FIELDS, donationSettingsInput } from "$lib/features/donations/settings-form";
import { CreateGoodsCategoryMutation, UpdateDonationSettingsMutation } from "$lib/graphql/donations";
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

export async function goodsCategory(event: RequestEvent) {
  const form = await event.request.formData();
  const name = text(form, "name");
  if (!name) return refuse(formCheckErrors({ name: m.common_fillIn }), form, { name: "goodsCategory" });
  const outcome = await mutate(event, CreateGoodsCategoryMutation, { name }, ["name"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "goodsCategory" });
  return { categoryAdded: outcome.data.name };
}
