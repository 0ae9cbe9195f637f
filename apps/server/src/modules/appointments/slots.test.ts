// Slots in Europe/Berlin across the clock changes of 2026: the clocks go
// forward on Sunday 29 March (02:00 -> 03:00) and back on Sunday 25 October
// (03:00 -> 02:00). A weekly "09:00" is 09:00 Berlin time on both sides of each
// change, and a window over the changing hour is an hour shorter or longer.
import { describe, expect, it } from "vitest";
import { daysBetween, freeSlots, isoWeekday, overlappingRules, windowFor, windowsOf, type WeeklyRule } from "./slots.ts";

const C = "counsellor-1";
const rule = (weekday: number, start: string, end: string, room = "Raum 1"): WeeklyRule => ({
  counsellorId: C,
  weekday,
  startMinute: Number(start.slice(0, 2)) * 60 + Number(start.slice(3)),
  endMinute: Number(end.slice(0, 2)) * 60 + Number(end.slice(3)),
  room,
});
const query = (from: string, to: string, minutes = 60) => ({ fromDate: from, toDate: to, minutes, bufferMinutes: 0, stepMinutes: 60, notBefore: new Date("2026-01-01T00:00:00Z") });
const iso = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

describe("slots across the clock changes", () => {
  it("29 March 2026 is a Sunday and 25 October 2026 too", () => {
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(isoWeekday("2026-10-25")).toBe(7);
    expect(daysBetween("2026-03-28", "2026-03-30")).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
  });

  it("a 09:00 rule is 08:00 UTC in winter and 07:00 UTC in summer, on the days around 29 March", () => {
    const rules = [6, 7, 1].map((weekday) => rule(weekday, "09:00", "10:00"));
    const slots = freeSlots(query("2026-03-28", "2026-03-30"), windowsOf(daysBetween("2026-03-28", "2026-03-30"), rules, []), [], []);
    expect(iso(slots)).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z", "2026-03-30T07:00:00.000Z"]);
  });

  it("a 09:00 rule is 07:00 UTC in summer and 08:00 UTC in winter, on the days around 25 October", () => {
    const rules = [6, 7, 1].map((weekday) => rule(weekday, "09:00", "10:00"));
    const slots = freeSlots(query("2026-10-24", "2026-10-26"), windowsOf(daysBetween("2026-10-24", "2026-10-26"), rules, []), [], []);
    expect(iso(slots)).toEqual(["2026-10-24T07:00:00.000Z", "2026-10-25T08:00:00.000Z", "2026-10-26T08:00:00.000Z"]);
  });

  it("a window from 01:00 to 05:00 on 29 March holds three real hours, on 25 October five", () => {
    const spring = freeSlots(query("2026-03-29", "2026-03-29"), windowsOf(["2026-03-29"], [rule(7, "01:00", "05:00")], []), [], []);
    // 01:00 CET = 00:00Z; 05:00 CEST = 03:00Z: three one-hour slots.
    expect(iso(spring)).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z", "2026-03-29T02:00:00.000Z"]);
    const autumn = freeSlots(query("2026-10-25", "2026-10-25"), windowsOf(["2026-10-25"], [rule(7, "01:00", "05:00")], []), [], []);
    // 01:00 CEST = 23:00Z the day before; 05:00 CET = 04:00Z: five one-hour slots, 02:00 Berlin twice.
    expect(iso(autumn)).toEqual(["2026-10-24T23:00:00.000Z", "2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z", "2026-10-25T02:00:00.000Z", "2026-10-25T03:00:00.000Z"]);
  });

  it("a booking, its buffer, an absence and a room in use each take their time out, also on a change day", () => {
    const days = ["2026-10-25"];
    const windows = windowsOf(days, [rule(7, "08:00", "13:00")], []);
    const q = { ...query("2026-10-25", "2026-10-25"), stepMinutes: 30, bufferMinutes: 15 };
    const all = iso(freeSlots(q, windows, [], []));
    expect(all[0]).toBe("2026-10-25T07:00:00.000Z"); // 08:00 CET
    expect(all).toHaveLength(9);
    const booking = { counsellorId: C, room: "Raum 1", startsAt: new Date("2026-10-25T09:00:00Z"), endsAt: new Date("2026-10-25T10:00:00Z"), blockedUntil: new Date("2026-10-25T10:15:00Z") };
    const withBooking = iso(freeSlots(q, windows, [], [booking]));
    // 08:30Z would end 09:30Z: overlaps; 07:30Z ends 08:30Z + 15 min buffer = 08:45Z: fits; 10:00Z starts inside the booked buffer; 10:30Z fits.
    expect(withBooking).toEqual(["2026-10-25T07:00:00.000Z", "2026-10-25T07:30:00.000Z", "2026-10-25T10:30:00.000Z", "2026-10-25T11:00:00.000Z"]);
    const absence = { counsellorId: C, kind: "ABSENCE" as const, startsAt: new Date("2026-10-25T10:30:00Z"), endsAt: new Date("2026-10-25T12:00:00Z"), room: null };
    expect(iso(freeSlots(q, windows, [absence], [booking]))).toEqual(["2026-10-25T07:00:00.000Z", "2026-10-25T07:30:00.000Z"]);
    const otherInRoom = { ...booking, counsellorId: "counsellor-2" };
    // Another counsellor's appointment blocks the room for its own time only (no buffer for rooms).
    expect(iso(freeSlots(q, windows, [], [otherInRoom]))).toEqual(["2026-10-25T07:00:00.000Z", "2026-10-25T07:30:00.000Z", "2026-10-25T08:00:00.000Z", "2026-10-25T10:00:00.000Z", "2026-10-25T10:30:00.000Z", "2026-10-25T11:00:00.000Z"]);
  });

  it("extra hours add a window; windowFor finds the window an appointment lies in", () => {
    const extra = { counsellorId: C, kind: "EXTRA" as const, startsAt: new Date("2026-03-29T14:00:00Z"), endsAt: new Date("2026-03-29T16:00:00Z"), room: "Raum 3" };
    const windows = windowsOf(["2026-03-29"], [], [extra]);
    expect(iso(freeSlots(query("2026-03-29", "2026-03-29"), windows, [extra], []))).toEqual(["2026-03-29T14:00:00.000Z", "2026-03-29T15:00:00.000Z"]);
    expect(windowFor(C, new Date("2026-03-29T14:30:00Z"), new Date("2026-03-29T15:30:00Z"), windows, [extra])?.room).toBe("Raum 3");
    expect(windowFor(C, new Date("2026-03-29T15:30:00Z"), new Date("2026-03-29T16:30:00Z"), windows, [extra])).toBeNull();
  });

  it("finds overlapping weekly rules", () => {
    expect(overlappingRules([rule(1, "09:00", "12:00"), rule(1, "12:00", "13:00")])).toBeNull();
    expect(overlappingRules([rule(1, "09:00", "12:00"), rule(2, "09:00", "12:00"), rule(1, "11:59", "13:00")])).toEqual([0, 2]);
  });
});
