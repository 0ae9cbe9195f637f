// The GraphQL face of the typed errors: an `Error` interface (code, message in
// the caller's language, the input field concerned) and one object per class.
import { InputValidationError } from "@pothos/plugin-validation";
import { DomainError, TooManyAttemptsError, type ErrorCode } from "../errors.ts";
import { translate } from "../i18n/messages.ts";
import { builder } from "./builder.ts";

const codes: ErrorCode[] = [
  "CONFIRMATION_REQUIRED",
  "CONFLICT",
  "FORBIDDEN",
  "INVALID_CREDENTIALS",
  "INVALID_TOKEN",
  "NOT_FOUND",
  "TOO_MANY_ATTEMPTS",
  "UNAUTHENTICATED",
  "VALIDATION",
  "WEAK_PASSWORD",
];
export const ErrorCodeEnum = builder.enumType("ErrorCode", { values: codes });

type ErrorShape = DomainError | TooManyAttemptsError | InputValidationError;

function issueFieldOf(e: InputValidationError): string | null {
  return e.issues[0] ? issueField(e.issues[0].path) : null;
}

export const ErrorInterface = builder.interfaceRef<ErrorShape>("Error").implement({
  description: "Any failure a user can act on: a code to branch on, a message to show, and the input field it concerns.",
  authScopes: { public: true },
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => (e instanceof InputValidationError ? "VALIDATION" : e.code) }),
    message: t.string({
      resolve: (e, _args, ctx) =>
        e instanceof InputValidationError ? translate(ctx.locale, "validation.failed") : translate(ctx.locale, e.messageKey, e.params),
    }),
    field: t.string({ nullable: true, resolve: (e) => (e instanceof InputValidationError ? issueFieldOf(e) : e.field) }),
  }),
});

builder.objectType(DomainError, {
  name: "DomainError",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: () => ({}),
});

builder.objectType(TooManyAttemptsError, {
  name: "TooManyAttemptsError",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds"),
  }),
});

interface IssueShape {
  field: string;
  message: string;
}

const ValidationIssue = builder.objectRef<IssueShape>("ValidationIssue").implement({
  authScopes: { public: true },
  fields: (t) => ({
    field: t.exposeString("field"),
    message: t.string({ resolve: (i, _args, ctx) => translate(ctx.locale, i.message) }),
  }),
});

function issueField(path: InputValidationError["issues"][number]["path"]): string {
  // Arguments wrapped in an `input` object report fields by their own name.
  const parts = (path ?? []).map((p) => String(typeof p === "object" ? p.key : p));
  return (parts[0] === "input" ? parts.slice(1) : parts).join(".");
}

builder.objectType(InputValidationError, {
  name: "ValidationError",
  interfaces: [ErrorInterface],
  authScopes: { public: true },
  isTypeOf: (value) => value instanceof InputValidationError,
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssue],
      resolve: (e) => e.issues.map((i) => ({ field: issueField(i.path), message: i.message })),
    }),
  }),
});

/** The error results every mutation can return; add field-specific ones beside them. */
export const standardErrors = [DomainError, InputValidationError];
