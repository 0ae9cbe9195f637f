// The profile a volunteer fills in at sign-up and edits later, and the rules
// it must meet. Shape (types, lengths, formats) is checked by zod at the API;
// the rules here need the organisation's lists and settings.
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import type { LanguageLevel, Prisma } from "../../generated/prisma/client.ts";
import type { OrganizationSettings } from "../organizations/index.ts";

export interface LanguageInput {
  code: string;
  level: LanguageLevel;
  interpreting: boolean;
}

export interface AvailabilityInput {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface ProfileInput {
  phone?: string | null;
  germanLevel: LanguageLevel;
  languages: LanguageInput[];
  topicIds: string[];
  availability: AvailabilityInput[];
  districtId?: string | null;
  maxTandems: number;
  offersInterpreting: boolean;
}

const LEVEL_ORDER: LanguageLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"];

export function levelAtLeast(level: LanguageLevel, minimum: LanguageLevel): boolean {
  return LEVEL_ORDER.indexOf(level) >= LEVEL_ORDER.indexOf(minimum);
}

/** Checks the rules and returns the nested writes that store the profile's lists. */
export async function checkProfile(db: Pick<ScopedDb, "topic" | "district">, settings: OrganizationSettings, input: ProfileInput) {
  const codes = input.languages.map((l) => l.code.toLowerCase());
  if (new Set(codes).size !== codes.length) throw new DomainError("VALIDATION", "volunteer.duplicateLanguage", "languages");
  if (input.offersInterpreting) {
    const minimum = settings.interpreting.minimumGermanLevel;
    if (!levelAtLeast(input.germanLevel, minimum)) {
      throw new DomainError("VALIDATION", "volunteer.interpretingNeedsGerman", "germanLevel", { level: minimum });
    }
    if (!input.languages.some((l) => l.interpreting)) {
      throw new DomainError("VALIDATION", "volunteer.interpretingNeedsLanguage", "languages");
    }
  }
  const topicIds = [...new Set(input.topicIds)];
  if (topicIds.length && (await db.topic.count({ where: { id: { in: topicIds } } })) !== topicIds.length) {
    throw new DomainError("VALIDATION", "volunteer.unknownTopic", "topicIds");
  }
  if (input.districtId && !(await db.district.findUnique({ where: { id: input.districtId } }))) {
    throw new DomainError("VALIDATION", "volunteer.unknownDistrict", "districtId");
  }
  return {
    scalars: {
      phone: input.phone?.trim() || null,
      germanLevel: input.germanLevel,
      districtId: input.districtId ?? null,
      maxTandems: input.maxTandems,
      offersInterpreting: input.offersInterpreting,
    },
    languages: input.languages.map((l) => ({
      code: l.code.toLowerCase(),
      level: l.level,
      interpreting: input.offersInterpreting && l.interpreting,
    })) satisfies Prisma.VolunteerLanguageCreateWithoutVolunteerInput[],
    topics: topicIds.map((topicId) => ({ topicId })),
    availability: input.availability.map((a) => ({ weekday: a.weekday, startMinute: a.startMinute, endMinute: a.endMinute })),
  };
}
