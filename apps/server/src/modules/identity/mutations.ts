// Identity mutations: thin resolvers that check the caller, translate IDs and
// cookies, and hand the rules to auth.service.ts / users.service.ts.
import { email, password, personName, token } from "@lotse/domain/schemas";
import { DomainError, TooManyAttemptsError } from "../../errors.ts";
import { builder } from "../../graphql/builder.ts";
import { mayAdministerUsers } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import * as auth from "./auth.service.ts";
import { SESSION_COOKIE } from "./cookie.ts";
import { LocaleEnum, RoleEnum, UserRef, ViewerRef, OrganizationRef } from "./types.ts";
import * as users from "./users.service.ts";
import { serviceCtx } from "../service-context.ts";

const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({
    email: t.string({ validate: email }),
    password: t.string({ validate: password }),
  }),
});

const InviteUserInput = builder.inputType("InviteUserInput", {
  fields: (t) => ({
    email: t.string({ validate: email }),
    name: t.string({ validate: personName }),
    roles: t.field({ type: [RoleEnum] }),
  }),
});

builder.mutationFields((t) => ({
  signIn: t.field({
    type: ViewerRef,
    authScopes: { public: true },
    errors: { types: [...standardErrors, TooManyAttemptsError] },
    args: { input: t.arg({ type: SignInInput }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await auth.signIn(serviceCtx(ctx), { ...input, ip: ctx.clientIp, replacesSessionId: ctx.viewer?.sessionId });
      ctx.cookies.set(SESSION_COOKIE, result.token, {
        maxAgeSeconds: Math.floor((result.expiresAt.getTime() - Date.now()) / 1000),
      });
      ctx.switchViewer(result.viewer);
      return result.viewer;
    },
  }),
  signOut: t.boolean({
    authScopes: { public: true },
    errors: { types: [DomainError] },
    resolve: async (_root, _args, ctx) => {
      await auth.signOut(serviceCtx(ctx));
      ctx.cookies.clear(SESSION_COOKIE);
      ctx.switchViewer(null);
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    authScopes: { public: true },
    errors: { types: standardErrors },
    args: { email: t.arg.string({ validate: email }) },
    resolve: async (_root, args, ctx) => {
      await auth.requestPasswordReset(serviceCtx(ctx), { rawEmail: args.email });
      return true;
    },
  }),
  resetPassword: t.boolean({
    authScopes: { public: true },
    errors: { types: [...standardErrors, TooManyAttemptsError] },
    args: { token: t.arg.string({ validate: token }), password: t.arg.string({ validate: password }) },
    resolve: async (_root, args, ctx) => {
      await auth.resetPassword(serviceCtx(ctx), { ...args, ip: ctx.clientIp });
      return true;
    },
  }),
  acceptInvitation: t.boolean({
    description: "Accepts a membership in a further organisation with the link from the invitation mail.",
    authScopes: { public: true },
    errors: { types: standardErrors },
    args: { token: t.arg.string({ validate: token }) },
    resolve: async (_root, args, ctx) => {
      await users.acceptInvitation(serviceCtx(ctx), { token: args.token });
      return true;
    },
  }),
  changePassword: t.boolean({
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { currentPassword: t.arg.string({ validate: password }), newPassword: t.arg.string({ validate: password }) },
    resolve: async (_root, args, ctx) => {
      await auth.changePassword(serviceCtx(ctx), { currentPassword: args.currentPassword, newPassword: args.newPassword });
      return true;
    },
  }),
  setMyLocale: t.prismaField({
    type: "Membership",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { locale: t.arg({ type: LocaleEnum }) },
    resolve: async (query, _root, args, ctx) => {
      const viewer = viewerOf(ctx);
      await auth.setLocale(serviceCtx(ctx), { locale: args.locale });
      ctx.switchViewer({ ...viewer, locale: args.locale, membership: viewer.membership && { ...viewer.membership, user: { ...viewer.membership.user, locale: args.locale } } });
      return ctx.db.membership.findUniqueOrThrow({
        ...query,
        where: { organizationId_userId: { organizationId: viewer.organizationId, userId: viewer.userId } },
      });
    },
  }),
  switchOrganization: t.field({
    type: ViewerRef,
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { organizationId: t.arg.globalID({ for: OrganizationRef }) },
    resolve: async (_root, args, ctx) => {
      const viewer = await auth.switchOrganization(serviceCtx(ctx), { organizationId: args.organizationId.id });
      ctx.switchViewer(viewer);
      return viewer;
    },
  }),
  inviteUser: t.prismaField({
    type: "Membership",
    authScopes: { may: mayAdministerUsers },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: InviteUserInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const membership = await users.inviteUser(serviceCtx(ctx), input);
      return ctx.db.membership.findUniqueOrThrow({ ...query, where: { id: membership.id } });
    },
  }),
  setUserRoles: t.prismaField({
    type: "Membership",
    authScopes: { may: mayAdministerUsers },
    errors: { types: standardErrors },
    args: { userId: t.arg.globalID({ for: UserRef }), roles: t.arg({ type: [RoleEnum] }) },
    resolve: async (query, _root, args, ctx) => {
      const m = await users.setUserRoles(serviceCtx(ctx), { membershipId: args.userId.id, roles: args.roles });
      return ctx.db.membership.findUniqueOrThrow({ ...query, where: { id: m.id } });
    },
  }),
  deactivateUser: t.prismaField({
    type: "Membership",
    authScopes: { may: mayAdministerUsers },
    errors: { types: standardErrors },
    args: { userId: t.arg.globalID({ for: UserRef }) },
    resolve: async (query, _root, args, ctx) => {
      const m = await users.setUserActive(serviceCtx(ctx), { membershipId: args.userId.id, active: false });
      return ctx.db.membership.findUniqueOrThrow({ ...query, where: { id: m.id } });
    },
  }),
  reactivateUser: t.prismaField({
    type: "Membership",
    authScopes: { may: mayAdministerUsers },
    errors: { types: standardErrors },
    args: { userId: t.arg.globalID({ for: UserRef }) },
    resolve: async (query, _root, args, ctx) => {
      const m = await users.setUserActive(serviceCtx(ctx), { membershipId: args.userId.id, active: true });
      return ctx.db.membership.findUniqueOrThrow({ ...query, where: { id: m.id } });
    },
  }),
}));
