// The matching settings form's draft: the values as text while typed, checked
// here against the same bounds the API uses, and the API's field names
// (`weights.timeOverlap` names the TIME_OVERLAP weight).
import { MATCHING_SETTINGS } from "@lotse/domain/matching";
import { checked, rows, text } from "$lib/forms/form-data";
import type { FormErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";

export interface MatchingSettingsShape {
  noContactAlertDays: number;
  allowSeveralActivePerFamily: boolean;
  weights: readonly { criterion: string; weight: number }[];
}

export interface MatchingDraft {
  noContactAlertDays: string;
  allowSeveralActivePerFamily: boolean;
  weights: { criterion: string; weight: string }[];
}

export type MatchingProblem = "weight" | "days";

/** TIME_OVERLAP -> timeOverlap: the last segment of the API's field path for the weight. */
export function criterionField(criterion: string): string {
  return criterion.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function draftOfMatchingSettings(settings: MatchingSettingsShape): MatchingDraft {
  return {
    noContactAlertDays: String(settings.noContactAlertDays),
    allowSeveralActivePerFamily: settings.allowSeveralActivePerFamily,
    weights: settings.weights.map((w) => ({ criterion: w.criterion, weight: String(w.weight) })),
  };
}

function wholeNumber(text: string, range: { min: number; max: number }): number | null {
  const s = text.trim();
  if (!/^\d{1,4}$/.test(s)) return null;
  const n = Number(s);
  return n >= range.min && n <= range.max ? n : null;
}

export type ReadDraft =
  | { ok: true; input: { noContactAlertDays: number; allowSeveralActivePerFamily: boolean; weights: { criterion: string; weight: number }[] } }
  | { ok: false; problems: Record<string, MatchingProblem> };

/** The input to send, or the fields that are not whole numbers in range (by the form's field names). */
export function readMatchingDraft(draft: MatchingDraft): ReadDraft {
  const problems: Record<string, MatchingProblem> = {};
  const weights: { criterion: string; weight: number }[] = [];
  for (const row of draft.weights) {
    const weight = wholeNumber(row.weight, MATCHING_SETTINGS.weight);
    if (weight === null) problems[criterionField(row.criterion)] = "weight";
    else weights.push({ criterion: row.criterion, weight });
  }
  const days = wholeNumber(draft.noContactAlertDays, MATCHING_SETTINGS.noContactAlertDays);
  if (days === null) problems.noContactAlertDays = "days";
  if (Object.keys(problems).length > 0 || days === null) return { ok: false, problems };
  return { ok: true, input: { noContactAlertDays: days, allowSeveralActivePerFamily: draft.allowSeveralActivePerFamily, weights } };
}

/** The draft as the form posts it: rows `weights.<i>.criterion` / `weights.<i>.weight`, the days and the checkbox. */
export function matchingDraftFromForm(form: FormData): MatchingDraft {
  return {
    noContactAlertDays: text(form, "noContactAlertDays"),
    allowSeveralActivePerFamily: checked(form, "allowSeveralActivePerFamily"),
    weights: rows(form, "weights").map((row) => ({ criterion: row.criterion ?? "", weight: row.weight ?? "" })),
  };
}

/** The form's field names (the API's): one per weight, the days and the checkbox. */
export const matchingFields = (draft: MatchingDraft) => [...draft.weights.map((w) => criterionField(w.criterion)), "noContactAlertDays", "allowSeveralActivePerFamily"];

export type MatchingRead = { ok: true; input: Extract<ReadDraft, { ok: true }>["input"]; fields: string[] } | { ok: false; errors: FormErrors };

/** The posted form read and checked (the page before sending, the action again): the input, or the errors by field. */
export function matchingSettingsInput(form: FormData): MatchingRead {
  const draft = matchingDraftFromForm(form);
  const read = readMatchingDraft(draft);
  if (!read.ok) {
    const fields = Object.fromEntries(Object.entries(read.problems).map(([field, problem]) => [field, problem === "days" ? m.matchset_alertDaysInvalid() : m.matchset_weightInvalid()]));
    return { ok: false, errors: { form: [m.common_checkFields()], fields } };
  }
  return { ok: true, input: read.input, fields: matchingFields(draft) };
}
