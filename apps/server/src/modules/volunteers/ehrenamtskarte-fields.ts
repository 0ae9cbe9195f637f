// GraphQL of the Ehrenamtskarte a volunteer holds (ehrenamtskarte.service.ts)
// and of a coordinator's import of earlier volunteering (hours.service.ts).
import { isoDate, volunteers as volunteerRules } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { mayCoordinateVolunteers } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { cardDates, type CardDates } from "./eligibility.ts";
import { recordEhrenamtskarte } from "./ehrenamtskarte.service.ts";
import { importEarlierHours } from "./hours.service.ts";
import { HourLogInput } from "./inputs.ts";
import { HourLogRef, VolunteerRef } from "./types.ts";
import { serviceCtx } from "../service-context.ts";

export const CardRef = builder.objectRef<CardDates>("Ehrenamtskarte").implement({
  description: "The card last recorded as issued to the volunteer, with its expiry (validity setting) and the day of the reminder.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    issuedOn: t.exposeString("issuedOn"),
    expiresOn: t.exposeString("expiresOn", { description: "The last day the card is valid." }),
    remindOn: t.exposeString("remindOn", { description: "The day the volunteer is reminded, with a fresh eligibility check." }),
  }),
});

builder.prismaObjectFields(VolunteerRef, (t) => ({
  ehrenamtskarte: t.field({
    type: CardRef,
    nullable: true,
    select: { ehrenamtskarteIssuedOn: true },
    resolve: (p, _args, ctx) =>
      p.ehrenamtskarteIssuedOn ? cardDates(p.ehrenamtskarteIssuedOn, viewerOf(ctx).organization.parsedSettings.volunteers.ehrenamtskarteValidityYears) : null,
  }),
}));

builder.prismaObjectFields(HourLogRef, (t) => ({
  importReason: t.exposeString("importReason", { nullable: true, description: "Why a coordinator imported this entry of earlier volunteering, if they did." }),
}));

builder.mutationFields((t) => ({
  recordEhrenamtskarte: t.prismaField({
    type: VolunteerRef,
    description: "Records the day a volunteer's Ehrenamtskarte was issued; a reminder goes out three months before it expires.",
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: {
      volunteerId: t.arg.globalID({ for: VolunteerRef }),
      issuedOn: t.arg.string({ validate: isoDate }),
      previousIssuedOn: t.arg.string({
        required: false,
        validate: isoDate,
        description:
          "The issue date the coordinator saw (null: no card was shown). When given, the record is refused with CONFLICT if the card recorded meanwhile differs; when left out, only a record made at the same moment is.",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      await recordEhrenamtskarte(serviceCtx(ctx), { volunteerId: args.volunteerId.id, issuedOn: args.issuedOn, previousIssuedOn: args.previousIssuedOn });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.volunteerId.id } });
    },
  }),
  importEarlierHours: t.prismaField({
    type: HourLogRef,
    description: "A coordinator adds a volunteer's earlier volunteering (also before the sign-up) with the reason; approved at once and audited.",
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: {
      volunteerId: t.arg.globalID({ for: VolunteerRef }),
      input: t.arg({ type: HourLogInput }),
      reason: t.arg.string({ validate: volunteerRules.reason }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { date, minutes, activityTypeId, note } = args.input;
      const log = await importEarlierHours(serviceCtx(ctx), {
        volunteerId: args.volunteerId.id,
        input: { date, minutes, activityTypeId: activityTypeId.id, note },
        reason: args.reason,
      });
      return ctx.db.hourLog.findUniqueOrThrow({ ...query, where: { id: log.id } });
    },
  }),
}));
