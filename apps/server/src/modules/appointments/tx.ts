// The organisation-scoped transaction client the services write through.
import type { ScopedDb } from "../../db/tenancy.ts";

export type Tx = Parameters<Parameters<ScopedDb["$transaction"]>[0]>[0];
