import { describe, expect, it } from "vitest";
import { formErrorsFromPayload, matchField } from "./errors";

describe("matchField", () => {
  it("matches exact names and the last path segment", () => {
    expect(matchField("email", ["email"])).toBe("email");
    expect(matchField("input.email", ["email"])).toBe("email");
    expect(matchField("token", ["password"])).toBeNull();
    expect(matchField(null, ["password"])).toBeNull();
  });
});

describe("formErrorsFromPayload", () => {
  it("puts a domain error next to its field", () => {
    const e = formErrorsFromPayload(
      { __typename: "DomainError", code: "WEAK_PASSWORD", field: "password", message: "Zu kurz" },
      ["password"],
      "fallback",
    );
    expect(e.fields).toEqual({ password: "Zu kurz" });
    expect(e.form).toEqual([]);
    expect(e.code).toBe("WEAK_PASSWORD");
  });

  it("puts errors for fields the form does not have at the top", () => {
    const e = formErrorsFromPayload(
      { __typename: "DomainError", code: "INVALID_TOKEN", field: "token", message: "Ungültig" },
      ["password"],
      "fallback",
    );
    expect(e.form).toEqual(["Ungültig"]);
  });

  it("spreads validation issues over the fields, with the summary on top", () => {
    const e = formErrorsFromPayload(
      {
        __typename: "ValidationError",
        code: "VALIDATION",
        field: "input.email",
        message: "Bitte prüfen",
        issues: [
          { field: "input.email", message: "E-Mail ungültig" },
          { field: "input.email", message: "Pflichtfeld" },
          { field: "input.roles", message: "Rolle fehlt" },
          { field: "input.other", message: "Sonstiges" },
        ],
      },
      ["email", "roles"],
      "fallback",
    );
    expect(e.fields).toEqual({ email: "E-Mail ungültig", roles: "Rolle fehlt" });
    expect(e.form).toEqual(["Bitte prüfen", "Sonstiges"]);
  });

  it("keeps the retry time of throttled sign-ins", () => {
    const e = formErrorsFromPayload(
      { __typename: "TooManyAttemptsError", code: "TOO_MANY_ATTEMPTS", message: "Zu viele", retryAfterSeconds: 90 },
      ["email", "password"],
      "fallback",
    );
    expect(e.retryAfterSeconds).toBe(90);
    expect(e.form).toEqual(["Zu viele"]);
  });
});
