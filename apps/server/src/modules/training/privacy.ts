// What the training area stores about a person and what erasing them does.
// Course places and attendance stay (participants, certification rates and the
// hours credited from attendance are the organisation's figures), without the
// texts about the person; issued certificates keep their number and course
// but no longer name the participant.
import type { ErasurePlan, ErasureCtx, PrivacyDeclaration, UserSubject } from "../module.ts";
import { noPersonalData, ofVolunteer, personalRows, planLine, scrubbed, type ErasureRule } from "../privacy.ts";

const certificateRule: ErasureRule = {
  anonymise: {},
  kept: "an issued certificate keeps its number and course (the numbering has no gaps); the participant's name in it is replaced",
};

async function eraseCertificates(ctx: ErasureCtx, s: UserSubject): Promise<ErasurePlan> {
  const rows = await ctx.tx.certificate.findMany({ where: ofVolunteer(s), select: { id: true, content: true } });
  for (const row of rows) {
    await ctx.tx.certificate.update({ where: { id: row.id }, data: { content: row.content === null ? undefined : (scrubbed(row.content, ctx.identifying) as object), revokedReason: null } });
  }
  return planLine("Certificate", rows.length, certificateRule);
}

export const trainingPrivacy: PrivacyDeclaration[] = [
  noPersonalData("Course", "the course's description"),
  noPersonalData("Cohort", "dates, place and places of a course run"),
  noPersonalData("CohortSession", "a session's time, topic and room"),
  personalRows("CohortTrainer", (s) => ({ userId: s.userId }), { erase: { keep: "who ran which course; names the account by id only" } }),
  personalRows("Enrolment", ofVolunteer, {
    erase: {
      anonymise: { motivation: null, priorityReason: null, interviewNote: null, endReason: null },
      kept: "course places stay for the participant counts and certification rates; motivation, interview and reasons go",
    },
  }),
  personalRows("Attendance", (s) => ({ enrolment: ofVolunteer(s) }), { erase: { keep: "attendance per session: the figures and the hours credited from it" } }),
  {
    ...personalRows("Certificate", ofVolunteer, { erase: certificateRule }),
    erase: async (ctx, s) => (s.kind === "user" ? eraseCertificates(ctx, s) : planLine("Certificate", 0, certificateRule)),
  },
  personalRows("Qualification", ofVolunteer, { erase: { keep: "the Lotsen qualification counts (names the profile id only)" } }),
];
