// The no-contact alert: an ACTIVE tandem without contact for the
// organisation's alert days (default 14) is flagged in the lists (tandems-where.ts);
// this job mails each coordinator at most one digest a day listing them, and
// each tandem's volunteer at most one friendly reminder a week.
//
// Once only, across restarts and API instances, by the database: a digest is
// written in the transaction that inserts its (organisation, coordinator, day)
// row into TandemAlertDigest, whose primary key lets only one such insert ever
// succeed (ON CONFLICT DO NOTHING: the second instance inserts nothing and
// sends nothing); a reminder is written in the transaction of one conditional
// update of the tandem's remindedAt (only when it is empty or a week old), so
// of two instances one updates and mails, the other updates nothing. The
// scheduler's lease (one instance per job at a time) only saves work; the
// database would hold without it. Nothing lives in memory: a restart finds
// what is due from the rows.
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatDate, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { PATHS } from "@lotse/domain/paths";
import { enqueueMail } from "../../jobs/outbox.ts";
import { notify } from "../notifications/index.ts";
import { MATCHING_WORK } from "./work-queue.service.ts";
import { toUiLocale } from "../../i18n/locales.ts";
import type { JobCtx } from "../service-context.ts";
import { daysSinceContact } from "./contact-days.ts";
import { digestMail, reminderMail } from "./mails.ts";
import { readMatchingSettingsOf } from "./settings.service.ts";
import { noContactWhere } from "./tandems-where.ts";

export const REMINDER_INTERVAL_DAYS = 7;
const ALERT_JOB = "tandem no-contact alerts (coordinator digest daily, volunteer reminder weekly)";

// JobCtx carries no configuration: the public address is read as config.ts reads it (same variable, same default).
const publicUrlOfEnv = () => process.env.PUBLIC_URL || "http://localhost:3000";

export async function sendNoContactAlerts(ctx: JobCtx, publicUrl = publicUrlOfEnv()): Promise<number> {
  const { prisma, now } = ctx;
  const today = berlinToday(now);
  let sent = 0;
  const organizations = await prisma.organization.findMany({ select: { id: true } });
  for (const organization of organizations) {
    const settings = await readMatchingSettingsOf(prisma, organization.id);
    const due = await prisma.tandem.findMany({
      where: { organizationId: organization.id, ...noContactWhere(settings.noContactAlertDays, now) },
      select: {
        id: true,
        status: true,
        lastContactOn: true,
        activatedAt: true,
        remindedAt: true,
        family: { select: { addressedAs: true, members: { select: { firstName: true }, orderBy: { sortOrder: "asc" } } } },
        volunteer: { select: { user: { select: { name: true, email: true, locale: true } } } },
      },
      orderBy: [{ lastContactOn: "asc" }, { activatedAt: "asc" }],
    });
    if (due.length === 0) continue;

    // The volunteers: at most one reminder a week per tandem.
    const weekAgo = new Date(now.getTime() - REMINDER_INTERVAL_DAYS * 86_400_000);
    // The job runs every minute: only tandems whose reminder is due reach a transaction (which still decides).
    for (const tandem of due.filter((t) => !t.remindedAt || t.remindedAt <= weekAgo)) {
      const user = tandem.volunteer.user;
      sent += await prisma.$transaction(async (tx) => {
        const { count } = await tx.tandem.updateMany({
          where: { id: tandem.id, status: "ACTIVE", OR: [{ remindedAt: null }, { remindedAt: { lte: weekAgo } }] },
          data: { remindedAt: now },
        });
        if (count !== 1) return 0;
        const mail = reminderMail(user.locale, {
          name: user.name,
          firstNames: tandem.family.members.map((m) => m.firstName).join(", "),
          days: daysSinceContact(tandem, today) ?? settings.noContactAlertDays,
          link: `${publicUrl}${PATHS.myTandems}`,
        });
        await enqueueMail(tx, { to: user.email, ...mail, organizationId: organization.id });
        return 1;
      });
    }

    // The coordinators: at most one digest a day each.
    const [coordinators, digested] = await Promise.all([
      prisma.membership.findMany({
        where: { organizationId: organization.id, active: true, acceptedAt: { not: null }, roles: { some: { role: "COORDINATOR" } } },
        select: { user: { select: { id: true, name: true, email: true, locale: true } } },
      }),
      prisma.tandemAlertDigest.findMany({ where: { organizationId: organization.id, day: parseIsoDate(today) }, select: { userId: true } }),
    ]);
    const done = new Set(digested.map((d) => d.userId));
    for (const { user } of coordinators.filter((c) => !done.has(c.user.id))) {
      sent += await prisma.$transaction(async (tx) => {
        const { count } = await tx.tandemAlertDigest.createMany({
          data: [{ organizationId: organization.id, userId: user.id, day: parseIsoDate(today), tandems: due.length }],
          skipDuplicates: true,
        });
        if (count !== 1) return 0;
        const locale = toUiLocale(user.locale);
        const mail = digestMail(user.locale, {
          name: user.name,
          days: settings.noContactAlertDays,
          tandems: due.map((t) => ({
            volunteer: t.volunteer.user.name,
            family: t.family.addressedAs,
            lastContact: t.lastContactOn ? formatDate(formatIsoDate(t.lastContactOn), locale) : null,
          })),
          link: `${publicUrl}${PATHS.tandems}?needsContact=1`,
        });
        await enqueueMail(tx, { to: user.email, ...mail, organizationId: organization.id });
        // The same daily once-only as the digest: the bell shows it beside the mail.
        await notify(tx, { organizationId: organization.id, work: MATCHING_WORK.tandemsWithoutContact, to: [user.id], params: { tandems: due.length, days: settings.noContactAlertDays } });
        return 1;
      });
    }
  }
  return sent;
}

export const noContactAlertJob = { name: ALERT_JOB, run: (ctx: JobCtx) => sendNoContactAlerts(ctx) };
