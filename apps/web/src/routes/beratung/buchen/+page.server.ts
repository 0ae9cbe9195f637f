// Booking, step by step in the address: the child (?child=, or a name search),
// then the free slots for a type, a counsellor (or any) and a date range,
// computed by the API in Berlin time, all rendered here. Booking is the form
// action `book`, so it works before (and without) the page's JavaScript; its
// idempotency key is made here, once per page view: a double submit books once.
import { berlinToday } from "@lotse/domain/berlin-time";
import { isIsoDate } from "@lotse/domain/calendar-date";
import { loadQuery } from "$lib/graphql/load";
import { AvailableSlotsQuery, CounsellorsQuery, PlaceDistrictsQuery } from "$lib/graphql/appointments";
import { ChildQuery, ChildrenQuery } from "$lib/graphql/children";
import { shiftDays } from "$lib/features/counselling/week";
import { bookAction } from "./book-action";
import type { Actions, PageServerLoad } from "./$types";

const KINDS = ["INITIAL", "FOLLOW_UP"] as const;
type Kind = (typeof KINDS)[number];

export const load: PageServerLoad = async ({ fetch, url }) => {
  const p = url.searchParams;
  const childId = p.get("child");
  const search = p.get("search")?.trim().slice(0, 100) ?? "";
  const kind: Kind = (KINDS as readonly string[]).includes(p.get("kind") ?? "") ? (p.get("kind") as Kind) : "INITIAL";
  const counsellorId = p.get("counsellor") || null;
  const today = berlinToday();
  // What was typed goes back to the API as it is: a bad date is refused there, at its field.
  const from = p.get("from") ?? today;
  const to = p.get("to") ?? shiftDays(isIsoDate(from) ? from : today, 6);
  const searched = p.has("from");

  const [{ counsellors }, { districts }, childResult, found] = await Promise.all([
    loadQuery(fetch, CounsellorsQuery, {}),
    loadQuery(fetch, PlaceDistrictsQuery, {}),
    childId ? loadQuery(fetch, ChildQuery, { id: childId }) : null,
    !childId && search ? loadQuery(fetch, ChildrenQuery, { filter: { search }, first: 20 }) : null,
  ]);
  const child = childResult?.child ?? null;
  let slots = null;
  if (child && searched) {
    const { availableSlots } = await loadQuery(fetch, AvailableSlotsQuery, { counsellorId, kind, from, to });
    slots = availableSlots;
  }
  return {
    counsellors,
    districts,
    child: child ? { id: child.id, firstName: child.firstName, lastName: child.lastName, languages: child.languages, guardianLanguages: child.guardians.map((g) => g.readsLanguage) } : null,
    childMissing: !!childId && !child,
    search,
    found: found?.children.edges.map((e) => e.node) ?? [],
    query: { kind, counsellorId, from, to },
    searched,
    slots,
    idempotencyKey: `booking-${crypto.randomUUID()}`,
  };
};

export const actions: Actions = { book: bookAction };
