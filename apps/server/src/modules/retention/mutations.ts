import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { mayManageRetention } from "./access.ts";
import { DEFAULT_PERIODS, updateRetentionSettings } from "./settings.service.ts";
import { RetentionSettingsRef } from "./types.ts";

// Ranges are checked by the service (the message names the range of the field at fault).
const RetentionSettingsInput = builder.inputType("RetentionSettingsInput", {
  description: "Only the periods given are changed.",
  fields: (t) => ({
    conductRecordMonths: t.int({ required: false }),
    familyClosedMonths: t.int({ required: false }),
    childYears: t.int({ required: false }),
    inactiveVolunteerMonths: t.int({ required: false }),
    auditYears: t.int({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  updateRetentionSettings: t.field({
    type: RetentionSettingsRef,
    authScopes: { may: mayManageRetention },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: RetentionSettingsInput }) },
    resolve: async (_root, { input }, ctx) => ({ periods: await updateRetentionSettings(serviceCtx(ctx), input), defaults: DEFAULT_PERIODS }),
  }),
}));
