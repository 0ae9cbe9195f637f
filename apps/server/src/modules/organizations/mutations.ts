// Organisation settings mutations: the shape of the input is checked here, the
// rules (no year twice, at least one year) and the write in settings.service.ts.
import { settings } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { updateOrganizationSettings } from "./settings.service.ts";
import { OrganizationSettingsRef } from "./types.ts";
import { serviceCtx } from "../service-context.ts";
import { mayChangeSettings } from "./access.ts";

const PauschaleLimitInput = builder.inputType("EhrenamtspauschaleLimitInput", {
  fields: (t) => ({
    year: t.int({ validate: settings.pauschaleYear }),
    limitCents: t.int({ validate: settings.pauschaleLimitCents }),
  }),
});

// Ehrenamtskarte
const EhrenamtskarteSettingsInput = builder.inputType("EhrenamtskarteSettingsInput", {
  description: "Only the fields given are changed.",
  fields: (t) => ({
    minActiveYears: t.int({ required: false, validate: settings.ehrenamtskarteYears }),
    validityYears: t.int({ required: false, validate: settings.ehrenamtskarteYears }),
    countsCourseAttendance: t.boolean({ required: false }),
  }),
});

// Nachweis (issue 9)
const NachweisSettingsInput = builder.inputType("NachweisSettingsInput", {
  description: "Only the fields given are changed; an empty text clears it.",
  fields: (t) => ({
    address: t.string({ required: false, validate: settings.nachweisAddress }),
    contactPerson: t.string({ required: false, validate: settings.nachweisLine }),
    activityDescription: t.string({ required: false, validate: settings.nachweisAddress }),
  }),
});

const UpdateOrganizationSettingsInput = builder.inputType("UpdateOrganizationSettingsInput", {
  description: "Only the settings given are changed; a list of limits replaces all limits.",
  fields: (t) => ({
    countAttendanceAsHours: t.boolean({ required: false }),
    ehrenamtspauschale: t.field({
      type: [PauschaleLimitInput],
      required: false,
      validate: settings.pauschaleLimits,
    }),
    // Payments and courses
    mileageCentsPerKm: t.int({ required: false, validate: settings.mileageCentsPerKm }),
    cohortCapacityMin: t.int({ required: false, validate: settings.cohortCapacity }),
    cohortCapacityMax: t.int({ required: false, validate: settings.cohortCapacity }),
    admissionInterviewByDefault: t.boolean({ required: false }),
    ehrenamtskarte: t.field({ type: EhrenamtskarteSettingsInput, required: false }),
    nachweis: t.field({ type: NachweisSettingsInput, required: false }),
    smallNumberThreshold: t.int({ required: false, validate: settings.smallNumberThreshold }),
  }),
});

builder.mutationFields((t) => ({
  updateOrganizationSettings: t.field({
    type: OrganizationSettingsRef,
    authScopes: { may: mayChangeSettings },
    errors: { types: standardErrors },
    args: {
      input: t.arg({ type: UpdateOrganizationSettingsInput }),
      seen: t.arg({
        type: UpdateOrganizationSettingsInput,
        required: false,
        description: "The values the page showed for the settings it sends: when one is no longer stored (someone saved meanwhile), nothing is saved and the answer is CONFLICT.",
      }),
    },
    resolve: (_root, { input, seen }, ctx) => updateOrganizationSettings(serviceCtx(ctx), input, seen),
  }),
}));
