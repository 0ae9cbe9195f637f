// Emails of the training area, in the recipient's language.
import type { Locale } from "../../generated/prisma/client.ts";

interface Mail {
  subject: string;
  text: string;
}

type Event = "admitted" | "waitlisted" | "offered" | "withdrawn" | "removed" | "expired" | "cancelled" | "notAdmitted" | "certified" | "belowMinimum" | "awaitingInterview";

const de: Record<Event, (c: string, extra: string) => Mail> = {
  admitted: (c) => ({ subject: `Lotse: Sie haben einen Platz im Kurs „${c}“`, text: `Sie sind für den Kurs „${c}“ zugelassen. Die Termine finden Sie in Lotse.` }),
  waitlisted: (c, pos) => ({ subject: `Lotse: Warteliste für „${c}“`, text: `Der Kurs „${c}“ ist voll. Sie stehen auf der Warteliste (Platz ${pos}). Wird ein Platz frei, bieten wir ihn Ihnen automatisch an.` }),
  offered: (c, until) => ({ subject: `Lotse: Ein Platz im Kurs „${c}“ ist frei`, text: `Im Kurs „${c}“ ist ein Platz frei geworden. Bitte nehmen Sie ihn in Lotse bis ${until} an; danach geht er an die nächste Person auf der Warteliste.` }),
  withdrawn: (c) => ({ subject: `Lotse: Abmeldung von „${c}“`, text: `Sie haben sich vom Kurs „${c}“ abgemeldet.` }),
  removed: (c, reason) => ({ subject: `Lotse: Teilnahme an „${c}“ beendet`, text: `Die Kursleitung hat Ihre Teilnahme am Kurs „${c}“ beendet.\n\nGrund: ${reason}` }),
  expired: (c) => ({ subject: `Lotse: Platzangebot für „${c}“ abgelaufen`, text: `Ihr Platzangebot für den Kurs „${c}“ ist abgelaufen und wurde an die nächste Person weitergegeben.` }),
  cancelled: (c, reason) => ({ subject: `Lotse: Kurs „${c}“ abgesagt`, text: `Der Kurs „${c}“ wurde abgesagt.\n\nGrund: ${reason}` }),
  notAdmitted: (c) => ({ subject: `Lotse: Ihre Anmeldung zu „${c}“`, text: `Nach dem Kennenlerngespräch können wir Ihnen im Kurs „${c}“ leider keinen Platz geben.` }),
  certified: (c) => ({ subject: `Lotse: Zertifikat für „${c}“`, text: `Herzlichen Glückwunsch! Sie haben den Kurs „${c}“ abgeschlossen. Ihr Zertifikat können Sie in Lotse herunterladen.` }),
  belowMinimum: (c, pct) => ({ subject: `Lotse: Kurs „${c}“ abgeschlossen`, text: `Der Kurs „${c}“ ist abgeschlossen. Ihre Anwesenheit lag bei ${pct} % und damit unter der Mindestanwesenheit; ein Zertifikat kann daher nicht ausgestellt werden. Sprechen Sie uns gern auf einen Folgekurs an.` }),
  awaitingInterview: (c) => ({ subject: `Lotse: Anmeldung zu „${c}“ erhalten`, text: `Danke für Ihre Anmeldung zum Kurs „${c}“. Vor der Zulassung laden wir Sie zu einem kurzen Kennenlerngespräch ein.` }),
};

const en: Record<Event, (c: string, extra: string) => Mail> = {
  admitted: (c) => ({ subject: `Lotse: you have a place in "${c}"`, text: `You are admitted to the course "${c}". You find the sessions in Lotse.` }),
  waitlisted: (c, pos) => ({ subject: `Lotse: waiting list for "${c}"`, text: `The course "${c}" is full. You are on the waiting list (position ${pos}). When a place frees up, we offer it to you automatically.` }),
  offered: (c, until) => ({ subject: `Lotse: a place in "${c}" is free`, text: `A place in the course "${c}" has become free. Please accept it in Lotse by ${until}; after that it goes to the next person on the waiting list.` }),
  withdrawn: (c) => ({ subject: `Lotse: withdrawn from "${c}"`, text: `You have withdrawn from the course "${c}".` }),
  removed: (c, reason) => ({ subject: `Lotse: your place in "${c}" ended`, text: `The trainer ended your participation in the course "${c}".\n\nReason: ${reason}` }),
  expired: (c) => ({ subject: `Lotse: offer for "${c}" expired`, text: `Your offer of a place in the course "${c}" expired and went to the next person.` }),
  cancelled: (c, reason) => ({ subject: `Lotse: course "${c}" cancelled`, text: `The course "${c}" has been cancelled.\n\nReason: ${reason}` }),
  notAdmitted: (c) => ({ subject: `Lotse: your application for "${c}"`, text: `After the get-to-know interview we unfortunately cannot offer you a place in "${c}".` }),
  certified: (c) => ({ subject: `Lotse: certificate for "${c}"`, text: `Congratulations! You completed the course "${c}". You can download your certificate in Lotse.` }),
  belowMinimum: (c, pct) => ({ subject: `Lotse: course "${c}" completed`, text: `The course "${c}" is completed. Your attendance was ${pct} %, below the minimum, so no certificate can be issued. Ask us about a follow-up course.` }),
  awaitingInterview: (c) => ({ subject: `Lotse: application for "${c}" received`, text: `Thank you for applying for "${c}". Before admission we invite you to a short get-to-know interview.` }),
};

export function trainingMail(locale: Locale, name: string, event: Event, cohortTitle: string, extra = ""): Mail {
  const mail = (locale === "EN" ? en : de)[event](cohortTitle, extra);
  const greeting = locale === "EN" ? `Hello ${name},` : `Hallo ${name},`;
  return { subject: mail.subject, text: `${greeting}\n\n${mail.text}\n` };
}

export type TrainingMailEvent = Event;
