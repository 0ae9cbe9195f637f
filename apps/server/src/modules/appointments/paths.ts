// Where the appointments area's emails and work-queue counts link to (the web's pages).
import { PATHS } from "@lotse/domain/paths";

export const APPOINTMENT_PATHS = {
  /** The counsellor's appointments (week calendar). */
  counselling: PATHS.counselling,
  /** The interpreter's requests and appointments. */
  interpreting: PATHS.myInterpreting,
  /** The coordinator's pool and open requests. */
  pool: PATHS.interpreterPool,
} as const;
