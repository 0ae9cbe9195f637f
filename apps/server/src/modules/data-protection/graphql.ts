// Data protection requests over GraphQL (admins): find a person, see what an
// erasure would do, export their data (the JSON here, with links to the JSON
// and PDF downloads), erase them after confirming.
import { personalDataDownloadPath } from "@lotse/domain/paths";
import { requiredText } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { translate } from "../../i18n/messages.ts";
import type { ErasureHold, SubjectKind } from "../module.ts";
import { serviceCtx } from "../service-context.ts";
import { mayHandlePrivacyRequests } from "./access.ts";
import { erasePerson, erasurePlan, type ErasureStep } from "./erasure.service.ts";
import { exportJson, exportPersonalData } from "./export.service.ts";
import { findPeople, type PersonHit } from "./subjects.service.ts";

const admins = { may: mayHandlePrivacyRequests } as const;

const KIND_NAMES: Record<SubjectKind, "USER" | "FAMILY" | "CHILD" | "DONOR"> = { user: "USER", family: "FAMILY", child: "CHILD", donor: "DONOR" };
const PersonalDataKind = builder.enumType("PersonalDataSubjectKind", {
  description: "Who a data protection request is about: an account holder (volunteer, staff), a family, a child, a donor.",
  values: ["USER", "FAMILY", "CHILD", "DONOR"] as const,
});

const PersonRef = builder.objectRef<PersonHit>("PersonalDataPerson").implement({
  description: "A person a data protection request can be about.",
  authScopes: admins,
  fields: (t) => ({
    subject: t.id({ description: "The global ID to pass to exportPersonalData, erasurePlan and erasePerson.", resolve: (p) => p.ref }),
    kind: t.field({ type: PersonalDataKind, resolve: (p) => KIND_NAMES[p.kind] }),
    name: t.exposeString("name"),
    detail: t.exposeString("detail", { description: "Email address and roles, a family's members, a child's birth date." }),
  }),
});

const StepRef = builder.objectRef<ErasureStep>("ErasureStep").implement({
  description: "What an erasure does (or would do) to one kind of record about the person.",
  authScopes: admins,
  fields: (t) => ({
    module: t.exposeString("module"),
    model: t.exposeString("model"),
    rows: t.exposeInt("rows"),
    action: t.string({ description: "delete, anonymise or keep", resolve: (s) => s.action }),
    kept: t.string({ nullable: true, description: "Why the rows stay (anonymised or unchanged).", resolve: (s) => s.kept ?? null }),
  }),
});

const HoldRef = builder.objectRef<ErasureHold>("ErasureHold").implement({
  description: "Why the person cannot be erased yet (a legal retention or open business).",
  authScopes: admins,
  fields: (t) => ({
    model: t.exposeString("model"),
    message: t.string({ resolve: (h, _args, ctx) => translate(ctx.locale, h.messageKey, h.params) }),
  }),
});

interface PlanShape {
  person: PersonHit;
  steps: ErasureStep[];
  holds: ErasureHold[];
}

const PlanRef = builder.objectRef<PlanShape>("ErasurePlan").implement({
  description: "A dry run of erasePerson: what would be erased, what kept and why, and what holds it back.",
  authScopes: admins,
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    steps: t.field({ type: [StepRef], resolve: (p) => p.steps }),
    holds: t.field({ type: [HoldRef], resolve: (p) => p.holds }),
    canErase: t.boolean({ resolve: (p) => p.holds.length === 0 }),
  }),
});

interface ExportShape {
  json: string;
  jsonUrl: string;
  pdfUrl: string;
}

const ExportRef = builder.objectRef<ExportShape>("PersonalDataExport").implement({
  description: "Everything stored about a person (right of access), and where to download it.",
  authScopes: admins,
  fields: (t) => ({
    json: t.exposeString("json"),
    jsonUrl: t.exposeString("jsonUrl", { description: "GET: the same as a JSON file (audited on each download)." }),
    pdfUrl: t.exposeString("pdfUrl", { description: "GET: the same as a readable PDF (audited on each download)." }),
  }),
});

builder.queryFields((t) => ({
  personalDataPeople: t.field({
    type: [PersonRef],
    description: "People of the organisation whose name or email address contains the text (at most 20 of each kind).",
    authScopes: admins,
    errors: { types: standardErrors },
    args: { search: t.arg.string({ required: true, validate: requiredText(200) }) },
    resolve: (_root, args, ctx) => findPeople(serviceCtx(ctx), args.search),
  }),
  erasurePlan: t.field({
    type: PlanRef,
    description: "What erasePerson would do to the person, and what holds it back (nothing is changed).",
    authScopes: admins,
    errors: { types: standardErrors },
    args: { subject: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const plan = await erasurePlan(serviceCtx(ctx), String(args.subject));
      const p = plan.person;
      return { person: { ref: p.ref, kind: p.subject.kind, name: p.name, detail: "" }, steps: plan.steps, holds: plan.holds };
    },
  }),
}));

builder.mutationFields((t) => ({
  exportPersonalData: t.field({
    type: ExportRef,
    description: "Everything stored about a person, across every area (right of access, Art. 15 GDPR); audited.",
    authScopes: admins,
    errors: { types: standardErrors },
    args: { subject: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const ref = String(args.subject);
      const data = await exportPersonalData(serviceCtx(ctx), ref, "graphql");
      return { json: exportJson(data), jsonUrl: personalDataDownloadPath(ref, "json"), pdfUrl: personalDataDownloadPath(ref, "pdf") };
    },
  }),
  erasePerson: t.field({
    type: [StepRef],
    description: "Erases a person (Art. 17 GDPR): every area anonymises or deletes its rows by its rule, aggregates stay; refused while a retention holds.",
    authScopes: admins,
    errors: { types: standardErrors },
    args: {
      subject: t.arg.id({ required: true }),
      confirmed: t.arg.boolean({ required: true, description: "The admin saw erasurePlan and confirms." }),
    },
    resolve: (_root, args, ctx) => erasePerson(serviceCtx(ctx), { subject: String(args.subject), confirmed: args.confirmed }),
  }),
}));
