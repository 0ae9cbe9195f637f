// Types of the coordinators' family and tandem pages, derived from their documents.
import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import type {
  CriterionFieldsFragment,
  EndMatchMutation,
  FamiliesQuery,
  FamilyFieldsFragment,
  MatchDetailQuery,
  MatchesQuery,
  RegisterFamilyMutation,
} from "$lib/graphql/families";
import type { LogContactMutation } from "$lib/graphql/tandems";

export type FamiliesFilter = NonNullable<VariablesOf<typeof FamiliesQuery>["filter"]>;
export type FamilyRow = ResultOf<typeof FamiliesQuery>["families"]["edges"][number]["node"];
export type FamilyStatus = FamilyRow["status"];
export type StoredFamily = ResultOf<typeof FamilyFieldsFragment>;
export type RegisterFamilyInput = VariablesOf<typeof RegisterFamilyMutation>["input"];
export type Criterion = ResultOf<typeof CriterionFieldsFragment>;
export type MatchesFilter = NonNullable<VariablesOf<typeof MatchesQuery>["filter"]>;
export type TandemRow = ResultOf<typeof MatchesQuery>["matches"]["edges"][number]["node"];
export type TandemStatus = TandemRow["status"];
export type TandemDetail = NonNullable<ResultOf<typeof MatchDetailQuery>["match"]>;
export type TandemEndReason = VariablesOf<typeof EndMatchMutation>["reason"];
export type ContactKind = VariablesOf<typeof LogContactMutation>["input"]["kind"];
