// Batch proposals (COORDINATOR, checked by ../../+layout.server.ts and by the API):
// the first page of waiting families to choose from, and the page's steps as
// form actions, so they work before (and without) the page's JavaScript. The
// page is one form carrying the whole state (see batch-form.ts): `propose` runs
// the assignment, `review` takes one step without asking the API (drop or
// restore a pair, pin, forbid, select, show more), `confirm` creates the tandems.
import { fail } from "@sveltejs/kit";
import { ask, mutate, refusalStatus } from "$lib/forms/action";
import { all } from "$lib/forms/form-data";
import type { FormErrors } from "$lib/graphql/errors";
import { loadQuery } from "$lib/graphql/load";
import { ConfirmAssignmentsMutation, ProposeAssignmentsQuery, WaitingFamiliesQuery } from "$lib/graphql/batch-proposals";
import { pairKey, pairsToConfirm, refusedPairIndex, WAITING_PAGE_SIZE } from "$lib/features/matching/batch-review";
import { applyChange, batchStateFromForm, changeOf, FIELD, proposalFromForm, SHOWN_STEP, type BatchAnswer, type BatchState, type Proposal } from "$lib/features/matching/batch-form";
import { m } from "$lib/paraglide/messages.js";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch }) => {
  const { families } = await loadQuery(fetch, WaitingFamiliesQuery, { first: WAITING_PAGE_SIZE, after: null });
  return { families };
};

/** The API's largest page of a connection. */
const API_PAGE = 100;

/** The waiting families the list shows once more than the first page was asked for (without JavaScript); else null (the load's page). */
async function waitingFamilies(fetch: typeof globalThis.fetch, count: number): Promise<BatchAnswer["batch"]["waiting"]> {
  if (count <= WAITING_PAGE_SIZE) return null;
  let after: string | null = null;
  let families: NonNullable<BatchAnswer["batch"]["waiting"]> | null = null;
  while (!families || (families.edges.length < count && families.pageInfo.hasNextPage)) {
    const page: { families: NonNullable<BatchAnswer["batch"]["waiting"]> } = await loadQuery(fetch, WaitingFamiliesQuery, { first: Math.min(API_PAGE, count - (families?.edges.length ?? 0)), after });
    families = families ? { ...page.families, edges: [...families.edges, ...page.families.edges] } : page.families;
    after = page.families.pageInfo.endCursor ?? null;
    if (!after) break;
  }
  return families;
}

function refused(name: "run" | "confirm", errors: FormErrors, batch: BatchAnswer["batch"]) {
  return fail(refusalStatus(errors), { form: name, errors, values: {}, batch });
}

export const actions: Actions = {
  propose: async (event) => {
    const form = await event.request.formData();
    const posted = batchStateFromForm(form, WAITING_PAGE_SIZE);
    // A new run starts a new review: nothing dropped, the first pairs shown.
    const state: BatchState = { ...posted, dropped: [], shownPairs: SHOWN_STEP, shownUnassigned: SHOWN_STEP };
    const waiting = await waitingFamilies(event.fetch, state.families);
    if (state.scope === "selected" && state.selected.length === 0) {
      return refused("run", { form: [m.common_checkFields()], fields: { familyIds: m.batch_selectNone() } }, { state: posted, proposal: proposalFromForm(form), waiting });
    }
    const strip = (p: { familyId: string; volunteerId: string }) => ({ familyId: p.familyId, volunteerId: p.volunteerId });
    const input = { familyIds: state.scope === "selected" ? state.selected : null, pinned: state.pinned.map(strip), forbidden: state.forbidden.map(strip) };
    const started = performance.now();
    const outcome = await ask(event, ProposeAssignmentsQuery, { input }, [FIELD.selected]);
    if (!outcome.ok) return refused("run", outcome.errors, { state: posted, proposal: proposalFromForm(form), waiting, runFailed: true });
    return { batch: { state, proposal: outcome.data as Proposal, waiting, seconds: (performance.now() - started) / 1000 } satisfies BatchAnswer["batch"] };
  },

  review: async (event) => {
    const form = await event.request.formData();
    const posted = batchStateFromForm(form, WAITING_PAGE_SIZE);
    const pressed = changeOf(form);
    const state = pressed ? applyChange(posted, pressed, all(form, FIELD.listed), WAITING_PAGE_SIZE) : posted;
    return { batch: { state, proposal: proposalFromForm(form), waiting: await waitingFamilies(event.fetch, state.families) } satisfies BatchAnswer["batch"] };
  },

  confirm: async (event) => {
    const form = await event.request.formData();
    const state = batchStateFromForm(form, WAITING_PAGE_SIZE);
    const proposal = proposalFromForm(form);
    const waiting = await waitingFamilies(event.fetch, state.families);
    const pairs = proposal ? pairsToConfirm(proposal.pairs, new Set(state.dropped)) : [];
    if (pairs.length === 0) return refused("confirm", { form: [m.batch_nothingToConfirm()], fields: {} }, { state, proposal, waiting });
    const outcome = await mutate(
      event,
      ConfirmAssignmentsMutation,
      { input: { pairs: pairs.map((p) => ({ familyId: p.family.id, volunteerId: p.volunteer.id })) } },
      pairs.map((_, i) => `pairs.${i}`),
    );
    if (!outcome.ok) {
      // All or nothing: nothing was written; the list stays and the refused pair says why.
      const pairErrors: Record<string, string> = {};
      for (const [field, message] of Object.entries(outcome.errors.fields)) {
        const index = refusedPairIndex(field);
        const pair = index === null ? undefined : pairs[index];
        if (pair) pairErrors[pairKey({ familyId: pair.family.id, volunteerId: pair.volunteer.id })] = message;
      }
      const first = proposal!.pairs.findIndex((p) => pairErrors[pairKey({ familyId: p.family.id, volunteerId: p.volunteer.id })]);
      const errors = { ...outcome.errors, form: outcome.errors.form.length > 0 ? outcome.errors.form : [m.batch_confirmRefused()] };
      return refused("confirm", errors, { state: { ...state, shownPairs: Math.max(state.shownPairs, first + 1) }, proposal, waiting, pairErrors });
    }
    return { confirmed: outcome.data };
  },
};
