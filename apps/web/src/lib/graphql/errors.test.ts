import { describe, expect, it } from "vitest";
import type { Client, TypedDocumentNode } from "@urql/core";
import { formErrorsFromPayload, matchField, runMutation } from "./errors";

describe("matchField", () => {
  it("matches exact names and the last path segment", () => {
    expect(matchField("email", ["email"])).toBe("email");
    expect(matchField("input.email", ["email"])).toBe("email");
    expect(matchField("token", ["password"])).toBeNull();
    expect(matchField(null, ["password"])).toBeNull();
  });

  it("keeps a nested input's row: the longest tail of the path the form knows", () => {
    const known = ["name", "guardians", "guardians.0.name", "guardians.1.name", "guardians.1.email"];
    expect(matchField("input.guardians.1.name", known)).toBe("guardians.1.name");
    expect(matchField("input.guardians.1.email", known)).toBe("guardians.1.email");
    expect(matchField("rules.0.end", ["rules", "rules.0.end"])).toBe("rules.0.end");
    // A row the form does not have falls back to a shorter tail it knows, not to another row.
    expect(matchField("input.guardians.2.name", known)).toBe("name");
    expect(matchField("input.guardians.2.phone", known)).toBeNull();
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

describe("runMutation when the API is momentarily busy", () => {
  const busy = { __typename: "TooManyAttemptsError", code: "TOO_MANY_ATTEMPTS", message: "Gerade kommen sehr viele Anfragen an.", retryAfterSeconds: 1 };
  const success = { __typename: "MutationRegisterVolunteerSuccess", data: true };
  /** A client that answers the mutation with each payload in turn, counting the requests. */
  function clientAnswering(...payloads: object[]) {
    const client = { requests: 0, mutation: () => ({ toPromise: async () => ({ data: { registerVolunteer: payloads[Math.min(client.requests++, payloads.length - 1)] } }) }) };
    return client;
  }
  const document = {} as TypedDocumentNode<{ registerVolunteer: unknown }, Record<string, never>>;

  it("asks again after the second it was told to wait, and the person sees only the success", async () => {
    const client = clientAnswering(busy, busy, success);
    const waits: number[] = [];
    const outcome = await runMutation(client as unknown as Client, document, {}, { wait: async (ms) => void waits.push(ms) });
    expect(outcome).toEqual({ ok: true, data: true });
    expect(client.requests).toBe(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it("shows the refusal when the API stays busy, after a few attempts", async () => {
    const client = clientAnswering(busy);
    const outcome = await runMutation(client as unknown as Client, document, {}, { wait: async () => {} });
    expect(client.requests).toBe(4);
    expect(outcome).toMatchObject({ ok: false, errors: { form: ["Gerade kommen sehr viele Anfragen an."] } });
  });

  it("does not repeat a refusal that asks for minutes", async () => {
    const client = clientAnswering({ ...busy, retryAfterSeconds: 900, message: "Zu viele Anfragen" });
    const outcome = await runMutation(client as unknown as Client, document, {}, { wait: async () => {} });
    expect(client.requests).toBe(1);
    expect(outcome).toMatchObject({ ok: false, errors: { retryAfterSeconds: 900 } });
  });
});
