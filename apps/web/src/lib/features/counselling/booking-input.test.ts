import { describe, expect, it } from "vitest";
import { bookingInput, slotKey } from "./booking-input";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const base: [string, string][] = [
  ["childId", "Child:1"],
  ["kind", "FOLLOW_UP"],
  ["idempotencyKey", "booking-abc123"],
];

describe("the booking form as the API's input", () => {
  it("reads the chosen slot's counsellor and start, the key made for the form, and empty extras as none", () => {
    const slot = slotKey({ counsellorId: "User:7", startsAt: "2026-12-02T08:00:00.000Z" });
    const read = bookingInput(form([...base, ["slot", slot], ["room", " "], ["note", ""], ["placeDistrictId", ""], ["interpreterLanguage", "ar"]]));
    expect(read).toEqual({
      ok: true,
      input: {
        childId: "Child:1",
        counsellorId: "User:7",
        kind: "FOLLOW_UP",
        startsAt: "2026-12-02T08:00:00.000Z",
        room: null,
        // The language chosen counts only while the box asking for an interpreter is ticked.
        interpreterLanguage: null,
        note: null,
        placeDistrictId: null,
        idempotencyKey: "booking-abc123",
      },
    });
  });

  it("asks for a slot, and for the language once an interpreter is needed", () => {
    const read = bookingInput(form([...base, ["needsInterpreter", "on"], ["interpreterLanguage", ""]]));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors.fields).sort()).toEqual(["interpreterLanguage", "startsAt"]);
  });

  it("sends the interpreter's language when it is needed", () => {
    const read = bookingInput(form([...base, ["slot", "User:7|2026-12-02T08:00:00.000Z"], ["needsInterpreter", "on"], ["interpreterLanguage", "ar"]]));
    expect(read.ok && read.input.interpreterLanguage).toBe("ar");
  });
});
