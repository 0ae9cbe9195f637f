// Where the appointments area's emails and work-queue counts link to (the web's pages).
export const APPOINTMENT_PATHS = {
  /** The counsellor's appointments (week calendar). */
  counselling: "/beratung",
  /** The interpreter's requests and appointments. */
  interpreting: "/ehrenamt/sprachmittlung",
  /** The coordinator's pool and open requests. */
  pool: "/koordination/sprachmittlung",
} as const;
