// What a certificate says, frozen at issue: a certificate is revoked, never
// edited, so renaming the course or the participant later must not change an
// issued one. Stored as JSON on the certificate; read back with this schema.
import { berlinToday } from "@lotse/domain/berlin-time";
import { z } from "zod";
import type { ScopedDb } from "../../db/tenancy.ts";

export const CertificateContentSchema = z.object({
  organizationName: z.string(),
  participantName: z.string(),
  courseTitle: z.string(),
  cohortTitle: z.string(),
  certificateText: z.string(),
  /** First and last session day, YYYY-MM-DD in Berlin; null without sessions. */
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  teachingHours: z.number(),
  topics: z.array(z.string()),
  trainerNames: z.array(z.string()),
});

export type CertificateContent = z.infer<typeof CertificateContentSchema>;

type Reader = Pick<ScopedDb, "cohort" | "organization">;

/** The cohort's part of every certificate it issues (all but the participant's name). */
export async function cohortCertificateContent(db: Reader, cohortId: string): Promise<Omit<CertificateContent, "participantName">> {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      title: true,
      organization: { select: { name: true } },
      // The German title, never a translation (issue 10): a certificate is a document the
      // office issues in its binding language, whatever language its holder reads Lotse in.
      course: { select: { title: true, teachingHours: true, topics: true, certificateText: true } },
      trainers: { select: { user: { select: { name: true } } } },
      sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" } },
    },
  });
  return contentOf({ ...cohort, organizationName: cohort.organization.name });
}

/** Builds the content from the live rows (at issue, and for certificates issued before content was stored). */
export function contentOf(c: {
  title: string;
  organizationName: string;
  course: { title: string; teachingHours: number; topics: string[]; certificateText: string };
  trainers: { user: { name: string } }[];
  sessions: { startsAt: Date }[];
}): Omit<CertificateContent, "participantName"> {
  const sessions = c.sessions;
  return {
    organizationName: c.organizationName,
    courseTitle: c.course.title,
    cohortTitle: c.title,
    certificateText: c.course.certificateText,
    period: sessions.length ? { from: berlinToday(sessions[0]!.startsAt), to: berlinToday(sessions[sessions.length - 1]!.startsAt) } : null,
    teachingHours: c.course.teachingHours,
    topics: c.course.topics,
    trainerNames: c.trainers.map((t) => t.user.name).sort((a, b) => a.localeCompare(b, "de")),
  };
}
