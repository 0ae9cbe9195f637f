// GraphQL types of an organisation's own settings (see settings.service.ts).
import { builder } from "../../graphql/builder.ts";
import type { EditableSettings, EhrenamtskarteSettings, NachweisSettings, PauschaleLimit } from "./settings.service.ts";
import { mayReadSettings } from "./access.ts";

/** Who may read the settings: admins change them, coordinators work by them. */

const PauschaleLimitRef = builder.objectRef<PauschaleLimit>("EhrenamtspauschaleLimit").implement({
  description: "A yearly allowance limit (Ehrenamtspauschale or Übungsleiterfreibetrag) from one calendar year on.",
  authScopes: { may: mayReadSettings },
  fields: (t) => ({
    year: t.exposeInt("year"),
    limitCents: t.exposeInt("limitCents", { description: "The most one volunteer may be paid in the year, in cents." }),
  }),
});

// Ehrenamtskarte
const EhrenamtskarteSettingsRef = builder.objectRef<EhrenamtskarteSettings>("EhrenamtskarteSettings").implement({
  description: "How the organisation reads the Ehrenamtskarte rules.",
  authScopes: { may: mayReadSettings },
  fields: (t) => ({
    minActiveYears: t.exposeInt("minActiveYears", { description: "Each of the last N years must have the hours, and the person must have been active N years." }),
    validityYears: t.exposeInt("validityYears", { description: "How long a card is valid." }),
    countsCourseAttendance: t.exposeBoolean("countsCourseAttendance", { description: "Kursbesuch entries count towards the card." }),
  }),
});

// Nachweis (issue 9)
const NachweisSettingsRef = builder.objectRef<NachweisSettings>("NachweisSettings").implement({
  description: "What every Nachweis states about the organisation besides its name (empty until an admin sets it).",
  authScopes: { may: mayReadSettings },
  fields: (t) => ({
    address: t.exposeString("address", { description: "Postal address, one line per line." }),
    contactPerson: t.exposeString("contactPerson", { description: "Who an office can ask, with phone or email." }),
    activityDescription: t.exposeString("activityDescription", { description: "The volunteering in words, printed on the Nachweis." }),
  }),
});

export const OrganizationSettingsRef = builder.objectRef<EditableSettings>("OrganizationSettings").implement({
  description: "Settings the organisation changes itself.",
  authScopes: { may: mayReadSettings },
  fields: (t) => ({
    countAttendanceAsHours: t.exposeBoolean("countAttendanceAsHours", {
      description: "Attended course sessions count as approved volunteer hours (activity Kursbesuch).",
    }),
    ehrenamtspauschale: t.field({
      type: [PauschaleLimitRef],
      description: "Limits by year, sorted by year. A year without its own entry uses the latest earlier one.",
      resolve: (s) => s.ehrenamtspauschale,
    }),
    // Payments and courses
    uebungsleiterfreibetrag: t.field({
      type: [PauschaleLimitRef],
      description: "Übungsleiterfreibetrag limits by the year they came into force, sorted by year.",
      resolve: (s) => s.uebungsleiterfreibetrag,
    }),
    mileageCentsPerKm: t.exposeInt("mileageCentsPerKm", { description: "What car travel is paid per km, in cents." }),
    cohortCapacityMin: t.exposeInt("cohortCapacityMin", { description: "The smallest usual cohort: a smaller capacity needs confirmation." }),
    cohortCapacityMax: t.exposeInt("cohortCapacityMax", { description: "The largest usual cohort: a larger capacity needs confirmation." }),
    admissionInterviewByDefault: t.exposeBoolean("admissionInterviewByDefault", { description: "New cohorts start with the admission interview switched on." }),
    ehrenamtskarte: t.field({ type: EhrenamtskarteSettingsRef, resolve: (s) => s.ehrenamtskarte }),
    nachweis: t.field({ type: NachweisSettingsRef, resolve: (s) => s.nachweis }),
    smallNumberThreshold: t.exposeInt("smallNumberThreshold", {
      description: "Integrationsmonitor: counts of people below it show as \"< N\" in CSV downloads and the view for sharing (default 5).",
    }),
  }),
});
