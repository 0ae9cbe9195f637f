// § 72a SGB VIII: whoever works with children or young people must have shown an
// erweitertes Führungszeugnis without a relevant entry. Approving a volunteer
// whose certificate is not (or no longer) valid is therefore only possible once
// the coordinator has said they will not work with minors.
import type { CertificateState } from "$lib/graphql/types";

export interface CertificateStanding {
  state: CertificateState;
  hasRelevantEntry: boolean;
}

/** Whether the latest inspection clears the volunteer for work with minors (an expiring one still counts). */
export function clearedForChildren(certificate: CertificateStanding): boolean {
  return (certificate.state === "VALID" || certificate.state === "EXPIRING") && !certificate.hasRelevantEntry;
}

/** The coordinator's answer to "will they work with children?": yes, no, or not answered. */
export type ChildrenAnswer = "yes" | "no" | null;

export function parseChildrenAnswer(value: string): ChildrenAnswer {
  return value === "yes" || value === "no" ? value : null;
}

/**
 * Whether an approval may go ahead: always with a clearing certificate;
 * without one only when the volunteer will not work with minors.
 */
export function approvalBlock(certificate: CertificateStanding, answer: ChildrenAnswer): "unanswered" | "needsCertificate" | null {
  if (clearedForChildren(certificate)) return null;
  if (answer === null) return "unanswered";
  return answer === "yes" ? "needsCertificate" : null;
}
