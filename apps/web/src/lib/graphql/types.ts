// Types of the API's enums and query results, derived from the typed
// documents (the schema package exports the documents, not the schema types).
import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import type { MeQuery, SetMyLocaleMutation } from "./viewer";
import type { UsersQuery, SetUserRolesMutation } from "./users";

export type Role = Exclude<VariablesOf<typeof SetUserRolesMutation>["roles"], readonly unknown[]>;
export type ApiLocale = VariablesOf<typeof SetMyLocaleMutation>["locale"];
export type Viewer = NonNullable<ResultOf<typeof MeQuery>["me"]>;
export type Membership = Viewer["memberships"][number];
export type UsersConnection = ResultOf<typeof UsersQuery>["users"];
export type UserRow = UsersConnection["edges"][number]["node"];
export type UserStatus = UserRow["status"];
export type UsersFilter = NonNullable<VariablesOf<typeof UsersQuery>["filter"]>;
