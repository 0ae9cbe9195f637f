// § 72a SGB VIII: whoever works with children or young people must have shown an
// erweitertes Führungszeugnis without a relevant entry. Approving a volunteer
// whose certificate is not (or no longer) valid is therefore only possible once
// the coordinator has said they will not work with minors. The API enforces
// this on every approval; the coordinator's page asks the question only when
// the certificate does not clear the person.

export type CertificateState = "MISSING" | "VALID" | "EXPIRING" | "EXPIRED";

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

/** The answer as the API takes it (`worksWithChildren`). */
export function childrenAnswerFlag(answer: ChildrenAnswer): boolean | null {
  return answer === null ? null : answer === "yes";
}

/**
 * Whether an approval may go ahead: always with a clearing certificate;
 * without one only when the volunteer will not work with minors.
 */
export function approvalBlock(certificate: CertificateStanding, worksWithChildren: boolean | null): "unanswered" | "needsCertificate" | null {
  if (clearedForChildren(certificate)) return null;
  if (worksWithChildren === null) return "unanswered";
  return worksWithChildren ? "needsCertificate" : null;
}
