// Who sees the retention jobs' reports and sets the retention periods: admins
// (organisation settings and data protection are theirs, domain.md).
import type { Role } from "../../generated/prisma/client.ts";

export const RETENTION_ADMIN = "ADMIN" satisfies Role;
