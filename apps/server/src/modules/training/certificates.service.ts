// Reading an issued certificate for its download. Who may is access.ts's
// question; revocation is answered by the route (410).
import { berlinToday } from "@lotse/domain/berlin-time";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceCtx } from "../service-context.ts";
import { CertificateContentSchema, contentOf } from "./certificate-content.ts";
import type { CertificateData } from "./render/certificate.ts";

const certificateSelect = {
  id: true,
  number: true,
  issuedAt: true,
  attendancePercent: true,
  content: true,
  revokedAt: true,
  volunteerId: true,
  organization: { select: { name: true } },
  volunteer: { select: { userId: true, user: { select: { name: true } } } },
  cohort: {
    select: {
      id: true,
      title: true,
      course: { select: { title: true, teachingHours: true, topics: true, certificateText: true } },
      trainers: { select: { user: { select: { name: true } } } },
      sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" } },
    },
  },
} satisfies Prisma.CertificateSelect;

export type CertificateRow = NonNullable<Awaited<ReturnType<typeof findCertificate>>>;

/** The certificate of the caller's organisation, or null. */
export function findCertificate(ctx: ServiceCtx, input: { certificateId: string }) {
  return ctx.db.certificate.findUnique({ where: { id: input.certificateId }, select: certificateSelect });
}

/** The certificate as issued (its frozen content), or built from the live rows for one issued before content was kept. */
export function certificateData(c: CertificateRow): CertificateData {
  // Stored content is authoritative (a malformed one is an error, never silently replaced by today's data).
  const content =
    c.content !== null
      ? CertificateContentSchema.parse(c.content)
      : { ...contentOf({ ...c.cohort, organizationName: c.organization.name }), participantName: c.volunteer.user.name };
  return { ...content, number: c.number, attendancePercent: c.attendancePercent, issuedOn: berlinToday(c.issuedAt) };
}
