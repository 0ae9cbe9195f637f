// The batch proposal page as one form: everything the coordinator has chosen
// so far (scope, selected families, pinned and forbidden pairs, dropped pairs,
// how much is shown) and the proposal under review travel in its fields, so
// each step is a form action that works without JavaScript (the server renders
// the next state) and, with JavaScript, the same fields post the same state.
// Nothing is stored between requests: the proposal is only a suggestion until
// it is confirmed, and confirming sends the pairs' ids, which the API checks again.
import type { ResultOf } from "@graphql-typed-document-node/core";
import { all, integer, text } from "$lib/forms/form-data";
import type { ConfirmAssignmentsMutation, ProposeAssignmentsQuery, WaitingFamiliesQuery } from "$lib/graphql/batch-proposals";
import { pairKey, withoutPair, withPair, type NamedPair } from "./batch-review";

export type Proposal = Extract<ResultOf<typeof ProposeAssignmentsQuery>["proposeAssignments"], { __typename: "QueryProposeAssignmentsSuccess" }>["data"];

/** What the page's actions answer: the next state to show, or the tandems a confirmation created. */
export interface BatchAnswer {
  batch: {
    state: BatchState;
    proposal: Proposal | null;
    /** More waiting families than the load's first page, when the list was asked to show them. */
    waiting?: ResultOf<typeof WaitingFamiliesQuery>["families"] | null;
    /** How long the run took (a run just made). */
    seconds?: number;
    /** The API refused or could not run the proposals. */
    runFailed?: boolean;
    /** A refused confirmation's message per pair (pairKey). */
    pairErrors?: Record<string, string>;
  };
  confirmed?: Extract<ResultOf<typeof ConfirmAssignmentsMutation>["confirmAssignments"], { __typename: "MutationConfirmAssignmentsSuccess" }>["data"];
}

/** The action's answer as the page receives it in `form` (null when it is another page's or none). */
export function batchAnswerOf(form: unknown): Partial<BatchAnswer> | null {
  if (!form || typeof form !== "object") return null;
  const answer = form as Partial<BatchAnswer>;
  return answer.batch || answer.confirmed ? answer : null;
}

/** Pairs and families without a volunteer shown at once; more on request. */
export const SHOWN_STEP = 50;

export interface BatchState {
  scope: "all" | "selected";
  selected: string[];
  pinned: NamedPair[];
  forbidden: NamedPair[];
  /** Keys (pairKey) of the proposal's pairs taken out before confirming. */
  dropped: string[];
  /** How many waiting families the selection list shows (pages of WAITING_PAGE_SIZE). */
  families: number;
  shownPairs: number;
  shownUnassigned: number;
}

/** The field names of the state (hidden fields and controls of the page). */
export const FIELD = {
  scope: "scope",
  selected: "familyIds",
  listed: "listed",
  pinned: "pinned",
  forbidden: "forbidden",
  dropped: "dropped",
  families: "families",
  shownPairs: "shownPairs",
  shownUnassigned: "shownUnassigned",
  proposal: "proposal",
} as const;

/** What a review button asks for: its name is the change, its value the pair (or number). */
export const CHANGE = ["drop", "pin", "forbid", "unpin", "unforbid", "selectListed", "selectNone", "moreFamilies", "morePairs", "moreUnassigned"] as const;
export type Change = (typeof CHANGE)[number];

/** A pinned or forbidden pair as one field value (ids and the names shown for it). */
export const encodePair = (pair: NamedPair): string => JSON.stringify([pair.familyId, pair.volunteerId, pair.family, pair.volunteer]);

export function decodePair(value: string): NamedPair | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((p) => typeof p === "string")) return null;
    const [familyId, volunteerId, family, volunteer] = parsed as string[];
    return { familyId: familyId!, volunteerId: volunteerId!, family: family!, volunteer: volunteer! };
  } catch {
    return null;
  }
}

const pairs = (form: FormData, name: string): NamedPair[] =>
  all(form, name)
    .map(decodePair)
    .filter((p): p is NamedPair => p !== null)
    .reduce<NamedPair[]>(withPair, []);

const count = (form: FormData, name: string, fallback: number): number => {
  const n = integer(form, name);
  return n !== null && Number.isInteger(n) && n > 0 ? n : fallback;
};

export function emptyBatchState(families: number): BatchState {
  return { scope: "all", selected: [], pinned: [], forbidden: [], dropped: [], families, shownPairs: SHOWN_STEP, shownUnassigned: SHOWN_STEP };
}

/** The state as the page's form posted it. */
export function batchStateFromForm(form: FormData, families: number): BatchState {
  return {
    scope: text(form, FIELD.scope) === "selected" ? "selected" : "all",
    selected: [...new Set(all(form, FIELD.selected))],
    pinned: pairs(form, FIELD.pinned),
    forbidden: pairs(form, FIELD.forbidden),
    dropped: [...new Set(all(form, FIELD.dropped))],
    families: count(form, FIELD.families, families),
    shownPairs: count(form, FIELD.shownPairs, SHOWN_STEP),
    shownUnassigned: count(form, FIELD.shownUnassigned, SHOWN_STEP),
  };
}

/**
 * The proposal under review as posted back (it was rendered into the form as
 * JSON); null when there is none or it is not one. It is only shown again: what
 * gets confirmed is checked by the API.
 */
export function proposalFromForm(form: FormData): Proposal | null {
  const value = text(form, FIELD.proposal);
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Proposal;
    return parsed && Array.isArray(parsed.pairs) && Array.isArray(parsed.unassigned) && Array.isArray(parsed.refusedPins) ? parsed : null;
  } catch {
    return null;
  }
}

/** The pressed review button (its name and value), if any. */
export function changeOf(form: FormData): { change: Change; value: string } | null {
  for (const change of CHANGE) if (form.has(change)) return { change, value: text(form, change) };
  return null;
}

/** The state after one review step (a pair dropped or restored, pinned, forbidden, …). */
export function applyChange(state: BatchState, pressed: { change: Change; value: string }, listed: readonly string[], step: number): BatchState {
  const { change, value } = pressed;
  const pair = decodePair(value);
  switch (change) {
    case "drop":
      return { ...state, dropped: state.dropped.includes(value) ? state.dropped.filter((k) => k !== value) : [...state.dropped, value] };
    case "pin":
      return pair ? { ...state, forbidden: withoutPair(state.forbidden, pair), pinned: withPair(state.pinned, pair) } : state;
    case "forbid":
      return pair ? { ...state, pinned: withoutPair(state.pinned, pair), forbidden: withPair(state.forbidden, pair) } : state;
    case "unpin":
      return { ...state, pinned: state.pinned.filter((p) => pairKey(p) !== value) };
    case "unforbid":
      return { ...state, forbidden: state.forbidden.filter((p) => pairKey(p) !== value) };
    case "selectListed":
      return { ...state, scope: "selected", selected: [...new Set([...state.selected, ...listed])] };
    case "selectNone":
      return { ...state, selected: [] };
    case "moreFamilies":
      return { ...state, families: state.families + step };
    case "morePairs":
      return { ...state, shownPairs: state.shownPairs + SHOWN_STEP };
    case "moreUnassigned":
      return { ...state, shownUnassigned: state.shownUnassigned + SHOWN_STEP };
  }
}
