// Which badge tone a status gets (see .badge-ok/-wait/-bad/-off in app.css).
import type { CertificateState, ReviewStatus, VolunteerStatus } from "$lib/graphql/types";

export type Tone = "ok" | "wait" | "bad" | "off";

export function volunteerTone(status: VolunteerStatus): Tone {
  return ({ APPROVED: "ok", PENDING: "wait", PAUSED: "off", REJECTED: "bad", ENDED: "off" } as const)[status];
}

export function reviewTone(status: ReviewStatus): Tone {
  return ({ APPROVED: "ok", PENDING: "wait", REJECTED: "bad" } as const)[status];
}

export function certificateTone(state: CertificateState): Tone {
  return ({ VALID: "ok", EXPIRING: "wait", EXPIRED: "bad", MISSING: "off" } as const)[state];
}
