// Emails of the training area, in the recipient's language (German, English, and the
// languages of the volunteers' pages: Arabic, Farsi, Ukrainian, Turkish).
import type { Locale } from "../../generated/prisma/client.ts";

interface Mail {
  subject: string;
  text: string;
}

type Event = "admitted" | "waitlisted" | "offered" | "withdrawn" | "removed" | "expired" | "cancelled" | "notAdmitted" | "certified" | "belowMinimum" | "awaitingInterview";

type Texts = Record<Event, (c: string, extra: string) => Mail>;

const de: Texts = {
  admitted: (c) => ({ subject: `Lotse: Sie haben einen Platz im Kurs „${c}“`, text: `Sie sind für den Kurs „${c}“ zugelassen.` }),
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

const en: Texts = {
  admitted: (c) => ({ subject: `Lotse: you have a place in "${c}"`, text: `You are admitted to the course "${c}".` }),
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

const ar: Texts = {
  admitted: (c) => ({ subject: `Lotse: لديك مكان في دورة «${c}»`, text: `تم قبولك في دورة «${c}».` }),
  waitlisted: (c, pos) => ({ subject: `Lotse: قائمة الانتظار لدورة «${c}»`, text: `دورة «${c}» ممتلئة. أنت على قائمة الانتظار (المرتبة ${pos}). إذا شغر مكان فسنعرضه عليك تلقائيًا.` }),
  offered: (c, until) => ({ subject: `Lotse: يوجد مكان شاغر في دورة «${c}»`, text: `شغر مكان في دورة «${c}». يُرجى قبوله في Lotse حتى ${until}؛ وبعد ذلك يذهب إلى الشخص التالي على قائمة الانتظار.` }),
  withdrawn: (c) => ({ subject: `Lotse: الانسحاب من «${c}»`, text: `لقد انسحبت من دورة «${c}».` }),
  removed: (c, reason) => ({ subject: `Lotse: انتهت مشاركتك في «${c}»`, text: `أنهت إدارة الدورة مشاركتك في دورة «${c}».\n\nالسبب: ${reason}` }),
  expired: (c) => ({ subject: `Lotse: انتهت صلاحية عرض المكان في «${c}»`, text: `انتهت صلاحية عرض المكان في دورة «${c}» وانتقل إلى الشخص التالي.` }),
  cancelled: (c, reason) => ({ subject: `Lotse: أُلغيت دورة «${c}»`, text: `أُلغيت دورة «${c}».\n\nالسبب: ${reason}` }),
  notAdmitted: (c) => ({ subject: `Lotse: تسجيلك في «${c}»`, text: `بعد مقابلة التعارف، يؤسفنا أننا لا نستطيع منحك مكانًا في دورة «${c}».` }),
  certified: (c) => ({ subject: `Lotse: شهادة دورة «${c}»`, text: `تهانينا! لقد أتممت دورة «${c}». يمكنك تنزيل شهادتك في Lotse.` }),
  belowMinimum: (c, pct) => ({ subject: `Lotse: اكتملت دورة «${c}»`, text: `اكتملت دورة «${c}». كانت نسبة حضورك ${pct} %، أي أقل من الحد الأدنى، لذلك لا يمكن إصدار شهادة. يسعدنا أن تسألنا عن دورة لاحقة.` }),
  awaitingInterview: (c) => ({ subject: `Lotse: استلمنا تسجيلك في «${c}»`, text: `شكرًا لتسجيلك في دورة «${c}». قبل القبول ندعوك إلى مقابلة تعارف قصيرة.` }),
};

const fa: Texts = {
  admitted: (c) => ({ subject: `Lotse: در دورهٔ «${c}» جا دارید`, text: `شما در دورهٔ «${c}» پذیرفته شدید.` }),
  waitlisted: (c, pos) => ({ subject: `Lotse: فهرست انتظار دورهٔ «${c}»`, text: `دورهٔ «${c}» پر است. شما در فهرست انتظار هستید (ردیف ${pos}). اگر جایی خالی شود، خودکار به شما پیشنهاد می‌دهیم.` }),
  offered: (c, until) => ({ subject: `Lotse: یک جا در دورهٔ «${c}» خالی است`, text: `در دورهٔ «${c}» یک جا خالی شده است. لطفاً تا ${until} آن را در Lotse بپذیرید؛ پس از آن به نفر بعدی فهرست انتظار می‌رسد.` }),
  withdrawn: (c) => ({ subject: `Lotse: انصراف از «${c}»`, text: `شما از دورهٔ «${c}» انصراف دادید.` }),
  removed: (c, reason) => ({ subject: `Lotse: شرکت شما در «${c}» پایان یافت`, text: `مدیریت دوره شرکت شما در دورهٔ «${c}» را پایان داد.\n\nدلیل: ${reason}` }),
  expired: (c) => ({ subject: `Lotse: مهلت پیشنهاد جا در «${c}» تمام شد`, text: `مهلت پیشنهاد جا در دورهٔ «${c}» تمام شد و به نفر بعدی داده شد.` }),
  cancelled: (c, reason) => ({ subject: `Lotse: دورهٔ «${c}» لغو شد`, text: `دورهٔ «${c}» لغو شد.\n\nدلیل: ${reason}` }),
  notAdmitted: (c) => ({ subject: `Lotse: ثبت‌نام شما در «${c}»`, text: `پس از گفت‌وگوی آشنایی، متأسفانه نمی‌توانیم در دورهٔ «${c}» به شما جا بدهیم.` }),
  certified: (c) => ({ subject: `Lotse: گواهی دورهٔ «${c}»`, text: `تبریک! شما دورهٔ «${c}» را به پایان رساندید. گواهی خود را می‌توانید در Lotse دریافت کنید.` }),
  belowMinimum: (c, pct) => ({ subject: `Lotse: دورهٔ «${c}» به پایان رسید`, text: `دورهٔ «${c}» به پایان رسید. حضور شما ${pct} % بود و کمتر از حداقل لازم است؛ بنابراین گواهی صادر نمی‌شود. دربارهٔ دورهٔ بعدی با ما صحبت کنید.` }),
  awaitingInterview: (c) => ({ subject: `Lotse: ثبت‌نام شما در «${c}» دریافت شد`, text: `از ثبت‌نام شما در دورهٔ «${c}» سپاسگزاریم. پیش از پذیرش، شما را به یک گفت‌وگوی کوتاه آشنایی دعوت می‌کنیم.` }),
};

const uk: Texts = {
  admitted: (c) => ({ subject: `Lotse: у Вас є місце на курсі «${c}»`, text: `Вас зараховано на курс «${c}».` }),
  waitlisted: (c, pos) => ({ subject: `Lotse: список очікування на курс «${c}»`, text: `Курс «${c}» заповнений. Ви в списку очікування (місце ${pos}). Коли звільниться місце, ми автоматично запропонуємо його Вам.` }),
  offered: (c, until) => ({ subject: `Lotse: на курсі «${c}» звільнилося місце`, text: `На курсі «${c}» звільнилося місце. Будь ласка, прийміть його в Lotse до ${until}; після цього воно перейде до наступної особи зі списку очікування.` }),
  withdrawn: (c) => ({ subject: `Lotse: відмова від курсу «${c}»`, text: `Ви відмовилися від курсу «${c}».` }),
  removed: (c, reason) => ({ subject: `Lotse: Вашу участь у курсі «${c}» завершено`, text: `Керівник курсу завершив Вашу участь у курсі «${c}».\n\nПричина: ${reason}` }),
  expired: (c) => ({ subject: `Lotse: строк пропозиції місця на курсі «${c}» минув`, text: `Строк Вашої пропозиції місця на курсі «${c}» минув, і місце передано наступній особі.` }),
  cancelled: (c, reason) => ({ subject: `Lotse: курс «${c}» скасовано`, text: `Курс «${c}» скасовано.\n\nПричина: ${reason}` }),
  notAdmitted: (c) => ({ subject: `Lotse: Ваша реєстрація на курс «${c}»`, text: `Після ознайомчої розмови ми, на жаль, не можемо надати Вам місце на курсі «${c}».` }),
  certified: (c) => ({ subject: `Lotse: сертифікат курсу «${c}»`, text: `Вітаємо! Ви завершили курс «${c}». Свій сертифікат Ви можете завантажити в Lotse.` }),
  belowMinimum: (c, pct) => ({ subject: `Lotse: курс «${c}» завершено`, text: `Курс «${c}» завершено. Ваша відвідуваність становила ${pct} %, що нижче мінімуму, тому сертифікат видати неможливо. Запитайте нас про наступний курс.` }),
  awaitingInterview: (c) => ({ subject: `Lotse: реєстрацію на курс «${c}» отримано`, text: `Дякуємо за реєстрацію на курс «${c}». Перед зарахуванням ми запрошуємо Вас на коротку ознайомчу розмову.` }),
};

const tr: Texts = {
  admitted: (c) => ({ subject: `Lotse: “${c}” kursunda yeriniz var`, text: `“${c}” kursuna kabul edildiniz.` }),
  waitlisted: (c, pos) => ({ subject: `Lotse: “${c}” için bekleme listesi`, text: `“${c}” kursu dolu. Bekleme listesindesiniz (${pos}. sıra). Bir yer boşalırsa size otomatik olarak teklif ederiz.` }),
  offered: (c, until) => ({ subject: `Lotse: “${c}” kursunda bir yer boşaldı`, text: `“${c}” kursunda bir yer boşaldı. Lütfen yeri ${until} tarihine kadar Lotse'de kabul edin; sonrasında yer bekleme listesindeki bir sonraki kişiye geçer.` }),
  withdrawn: (c) => ({ subject: `Lotse: “${c}” kursundan vazgeçildi`, text: `“${c}” kursundan vazgeçtiniz.` }),
  removed: (c, reason) => ({ subject: `Lotse: “${c}” kursuna katılımınız sona erdi`, text: `Kurs yöneticisi “${c}” kursuna katılımınızı sonlandırdı.\n\nGerekçe: ${reason}` }),
  expired: (c) => ({ subject: `Lotse: “${c}” için yer teklifinin süresi doldu`, text: `“${c}” kursu için yer teklifinizin süresi doldu ve yer bir sonraki kişiye verildi.` }),
  cancelled: (c, reason) => ({ subject: `Lotse: “${c}” kursu iptal edildi`, text: `“${c}” kursu iptal edildi.\n\nGerekçe: ${reason}` }),
  notAdmitted: (c) => ({ subject: `Lotse: “${c}” kursuna başvurunuz`, text: `Tanışma görüşmesinin ardından ne yazık ki size “${c}” kursunda yer veremiyoruz.` }),
  certified: (c) => ({ subject: `Lotse: “${c}” sertifikası`, text: `Tebrikler! “${c}” kursunu tamamladınız. Sertifikanızı Lotse'den indirebilirsiniz.` }),
  belowMinimum: (c, pct) => ({ subject: `Lotse: “${c}” kursu tamamlandı`, text: `“${c}” kursu tamamlandı. Devam oranınız %${pct} oldu ve asgari oranın altında kaldı; bu nedenle sertifika verilemiyor. Sonraki bir kurs için bize danışabilirsiniz.` }),
  awaitingInterview: (c) => ({ subject: `Lotse: “${c}” başvurunuz alındı`, text: `“${c}” kursuna başvurduğunuz için teşekkür ederiz. Kabulden önce sizi kısa bir tanışma görüşmesine davet ediyoruz.` }),
};

const TEXTS: Record<Locale, Texts> = { DE: de, EN: en, AR: ar, FA: fa, UK: uk, TR: tr };
const GREETING: Record<Locale, (name: string) => string> = {
  DE: (n) => `Hallo ${n},`,
  EN: (n) => `Hello ${n},`,
  AR: (n) => `مرحبًا ${n}،`,
  FA: (n) => `سلام ${n}،`,
  UK: (n) => `Доброго дня, ${n}!`,
  TR: (n) => `Merhaba ${n},`,
};

/** "Kurs: …", naming the course the cohort runs, in the recipient's language. */
const COURSE_LINE: Record<Locale, (title: string) => string> = {
  DE: (t) => `Kurs: ${t}`,
  EN: (t) => `Course: ${t}`,
  AR: (t) => `الدورة: ${t}`,
  FA: (t) => `دوره: ${t}`,
  UK: (t) => `Курс: ${t}`,
  TR: (t) => `Kurs: ${t}`,
};

/** The events after which the person decides or plans around the course's dates: the mail lists them. */
const WITH_DATES: ReadonlySet<Event> = new Set(["admitted", "waitlisted", "offered", "awaitingInterview"]);

const DATES_LABEL: Record<Locale, string> = {
  DE: "Die Termine:",
  EN: "The sessions:",
  AR: "مواعيد الدورة:",
  FA: "جلسه‌های دوره:",
  UK: "Дати занять:",
  TR: "Kurs tarihleri:",
};
/** After an admission whose cohort has no sessions yet: where the dates will be. */
const NO_DATES_YET: Record<Locale, string> = {
  DE: "Die Termine stehen noch nicht fest; sobald sie geplant sind, finden Sie sie in Lotse.",
  EN: "The sessions are not scheduled yet; once they are, you find them in Lotse.",
  AR: "لم تُحدَّد مواعيد الدورة بعد؛ ستجدها في Lotse بمجرد تحديدها.",
  FA: "جلسه‌های دوره هنوز تعیین نشده‌اند؛ به‌محض تعیین، آن‌ها را در Lotse می‌بینید.",
  UK: "Дати занять ще не визначено; щойно їх заплановано, Ви знайдете їх у Lotse.",
  TR: "Kurs tarihleri henüz belli değil; planlandıklarında onları Lotse'de bulabilirsiniz.",
};
const LINK_LABEL: Record<Locale, string> = {
  DE: "Ihre Kurse in Lotse:",
  EN: "Your courses in Lotse:",
  AR: "دوراتك في Lotse:",
  FA: "دوره‌های شما در Lotse:",
  UK: "Ваші курси в Lotse:",
  TR: "Lotse'deki kurslarınız:",
};

export interface TrainingMailDetails {
  /** The cohort's sessions, each written for the recipient ("Sa., 14.03.2026, 10:00"). */
  sessions?: readonly string[];
  /** Where the person answers or finds the course (their courses page). */
  link?: string;
  /** The course the cohort runs, titled in the recipient's language (German where it has none). */
  courseTitle?: string;
}

export function trainingMail(locale: Locale, name: string, event: Event, cohortTitle: string, extra = "", details: TrainingMailDetails = {}): Mail {
  const mail = (TEXTS[locale] ?? de)[event](cohortTitle, extra);
  const greeting = (GREETING[locale] ?? GREETING.DE)(name);
  const parts = [greeting, mail.text];
  // The mail names the cohort (the run applied to, as its page does) and the course it belongs to.
  if (details.courseTitle) parts.push((COURSE_LINE[locale] ?? COURSE_LINE.DE)(details.courseTitle));
  if (WITH_DATES.has(event) && details.sessions && details.sessions.length > 0) {
    parts.push(`${DATES_LABEL[locale] ?? DATES_LABEL.DE}\n${details.sessions.map((s) => `- ${s}`).join("\n")}`);
  } else if (event === "admitted" && details.sessions) {
    parts.push(NO_DATES_YET[locale] ?? NO_DATES_YET.DE);
  }
  if (details.link) parts.push(`${LINK_LABEL[locale] ?? LINK_LABEL.DE}\n${details.link}`);
  return { subject: mail.subject, text: `${parts.join("\n\n")}\n` };
}

export type TrainingMailEvent = Event;
