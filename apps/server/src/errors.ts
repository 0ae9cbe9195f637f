// Typed domain errors thrown by services (which know nothing of GraphQL). The
// GraphQL layer turns them into the `Error` result types; `messageKey` is
// translated for the caller's language there (see i18n/messages.ts).
import type { MessageKey } from "./i18n/messages.ts";

export type ErrorCode =
  /** Not a mistake but a question: the input is possible once the user confirms it (a flag on the input). */
  | "CONFIRMATION_REQUIRED"
  | "CONFLICT"
  | "FORBIDDEN"
  | "INVALID_CREDENTIALS"
  | "INVALID_TOKEN"
  | "NOT_FOUND"
  | "TOO_MANY_ATTEMPTS"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "WEAK_PASSWORD";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly field: string | null = null,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/** Kept apart from DomainError so GraphQL can tell the two result types apart. */
export class TooManyAttemptsError extends Error {
  readonly code = "TOO_MANY_ATTEMPTS" as const;
  readonly field = null;
  readonly params: Record<string, number>;
  constructor(
    readonly retryAfterSeconds: number,
    readonly messageKey: MessageKey = "signIn.tooManyAttempts",
  ) {
    super(messageKey);
    this.name = "TooManyAttemptsError";
    this.params = { minutes: Math.ceil(retryAfterSeconds / 60) };
  }
}

export const notFound = (field: string | null = null) => new DomainError("NOT_FOUND", "error.notFound", field);
