// The Sprachmittlerpool for coordinators: the pool (optionally of one
// language) with loads and each interpreter's year against the
// Ehrenamtspauschale, the volunteers whose pledge is still to be recorded, the
// open requests (paged), and the month's statement when one is asked for. All
// by URL parameters, so filters, pages and statements are plain links; so are
// a request's suggestions (?suggest=<appointment>). Assigning and recording a
// pledge are form actions (pool-actions.ts).
import { berlinToday } from "@lotse/domain/berlin-time";
import { loadQuery } from "$lib/graphql/load";
import { InterpreterPoolQuery, InterpreterStatementQuery, InterpreterSuggestionsQuery } from "$lib/graphql/interpreting";
import { parsePaging, pagingVariables } from "$lib/features/volunteers/list-params";
import { assignAction, pledgeAction } from "./pool-actions";
import type { Actions, PageServerLoad } from "./$types";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const GLOBAL_ID = /^[A-Za-z0-9+/=_-]{4,200}$/;

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const q = url.searchParams;
  const language = /^[a-z]{2,3}$/.test(q.get("language") ?? "") ? q.get("language")! : null;
  const paging = parsePaging(q);
  const statementParams = {
    month: MONTH.test(q.get("month") ?? "") ? q.get("month")! : berlinToday().slice(0, 7),
    interpreter: GLOBAL_ID.test(q.get("interpreter") ?? "") ? q.get("interpreter")! : "",
    institution: (q.get("institution") ?? "").trim().slice(0, 200),
  };
  const asked = q.has("month");
  const suggest = GLOBAL_ID.test(q.get("suggest") ?? "") ? q.get("suggest")! : null;
  const [pool, statement, suggestions] = await Promise.all([
    loadQuery(fetch, InterpreterPoolQuery, { language, ...pagingVariables(paging) }),
    asked
      ? loadQuery(fetch, InterpreterStatementQuery, {
          month: statementParams.month,
          interpreterId: statementParams.interpreter || null,
          institution: statementParams.institution || null,
        })
      : null,
    suggest ? loadQuery(fetch, InterpreterSuggestionsQuery, { appointmentId: suggest }) : null,
  ]);
  return {
    ...pool,
    language,
    paging,
    statementParams,
    statement: statement?.interpreterStatement ?? null,
    suggested: suggest && suggestions ? { appointmentId: suggest, answer: suggestions.interpreterSuggestions } : null,
  };
};

export const actions: Actions = { assign: assignAction, pledge: pledgeAction };
