// A volunteer's gender as they state it, optional: only a family's hard
// preference "a woman as volunteer" reads it. The volunteer sets their own, or
// a coordinator records what the volunteer said.
import { notFound } from "../../errors.ts";
import type { VolunteerGender } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { volunteerForViewer } from "../volunteers/index.ts";

export async function setVolunteerGender(ctx: ServiceCtx, input: { volunteerId: string; gender: VolunteerGender | null }) {
  const viewer = signedIn(ctx);
  const profile = await volunteerForViewer(ctx, input.volunteerId);
  if (!profile) throw notFound("volunteerId");
  if (profile.gender === input.gender) return profile;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.volunteerProfile.update({ where: { id: profile.id }, data: { gender: input.gender } });
    await audit(tx, viewer.userId, "volunteer.genderStated", { type: "VolunteerProfile", id: profile.id }, { gender: input.gender });
    return updated;
  });
}
