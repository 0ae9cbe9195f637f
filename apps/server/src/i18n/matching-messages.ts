// The tandems area's API messages (issue 11), spread into the catalogues of
// messages.ts: German and English for every one, and in Arabic, Farsi,
// Ukrainian and Turkish those a volunteer meets (answering a proposal, logging
// a contact, pausing or ending their tandem). The rules' sentences are for
// coordinators (German and English).
export const matchingDe = {
  "hours.unknownTandem": "Wählen Sie eines Ihrer laufenden Tandems.",
  "matching.notYourTandem": "Das ist nicht Ihr Tandem.",
  "matching.membersRequired": "Bitte geben Sie mindestens eine Person der Familie an.",
  "matching.consentRequired": "Ohne die Einwilligung der Familie können ihre Daten nicht gespeichert werden.",
  "matching.art9ConsentRequired": "Angaben zu Gesundheit oder Religion dürfen nur mit ausdrücklicher Einwilligung nach Art. 9 DSGVO gespeichert werden.",
  "matching.familyClosed": "Diese Familie ist abgeschlossen.",
  "matching.familyHasOpenTandem": "Diese Familie hat bereits ein vorgeschlagenes oder laufendes Tandem.",
  "matching.familyHasActiveTandem": "Diese Familie hat inzwischen schon ein aktives Tandem.",
  "matching.notProposed": "Auf diesen Vorschlag wurde bereits geantwortet.",
  "matching.notActive": "Das geht nur bei einem laufenden Tandem.",
  "matching.notPaused": "Nur ein pausiertes Tandem kann fortgesetzt werden.",
  "matching.alreadyEnded": "Dieses Tandem ist bereits beendet.",
  "matching.contactBeforeStart": "Der Kontakt liegt vor dem Beginn des Tandems.",
  "matching.rule.volunteer-not-approved": "Die Person ist nicht freigegeben oder hat ihre Einwilligung widerrufen.",
  "matching.rule.no-free-place": "Die Person hat keinen freien Tandemplatz mehr.",
  "matching.rule.clearance-required": "Zur Familie gehört ein Kind: Dafür fehlt ein gültiges erweitertes Führungszeugnis ohne Eintrag.",
  "matching.rule.no-shared-language": "Es gibt keine gemeinsame Sprache auf dem Niveau, das die Familie braucht.",
  "matching.rule.required-language-missing": "Die Person spricht die Sprache nicht, die die Familie sich wünscht.",
  "matching.rule.woman-requested": "Die Familie wünscht sich eine Frau als Ehrenamtliche.",
  "matching.rule.already-proposed": "Dieses Tandem wurde bereits vorgeschlagen.",
  "matching.rule.ended-not-a-fit": "Ein früheres Tandem der beiden endete mit „passte nicht“.",
  "matching.rule.forbidden-by-coordinator": "Die Koordination hat dieses Paar ausgeschlossen.",
  "matching.rule.family-not-waiting": "Die Familie wartet nicht (mehr) auf ein Tandem.",
  "matching.rule.places-taken": "Die passenden Ehrenamtlichen sind bereits anderen Familien zugeordnet.",
};

type Key = keyof typeof matchingDe;

export const matchingEn: Record<Key, string> = {
  "hours.unknownTandem": "Choose one of your running tandems.",
  "matching.notYourTandem": "This is not your tandem.",
  "matching.membersRequired": "Please name at least one person of the family.",
  "matching.consentRequired": "Without the family's consent its data cannot be stored.",
  "matching.art9ConsentRequired": "Health or religion may only be stored with explicit consent under Art. 9 GDPR.",
  "matching.familyClosed": "This family is closed.",
  "matching.familyHasOpenTandem": "This family already has a proposed or running tandem.",
  "matching.familyHasActiveTandem": "This family has meanwhile got an active tandem.",
  "matching.notProposed": "This proposal has already been answered.",
  "matching.notActive": "This is only possible for a running tandem.",
  "matching.notPaused": "Only a paused tandem can be resumed.",
  "matching.alreadyEnded": "This tandem has already ended.",
  "matching.contactBeforeStart": "The contact lies before the tandem started.",
  "matching.rule.volunteer-not-approved": "The person is not approved or has withdrawn consent.",
  "matching.rule.no-free-place": "The person has no free tandem place left.",
  "matching.rule.clearance-required": "The family has a child: a valid extended criminal record certificate without entry is missing.",
  "matching.rule.no-shared-language": "There is no shared language at the level the family needs.",
  "matching.rule.required-language-missing": "The person does not speak the language the family asks for.",
  "matching.rule.woman-requested": "The family asks for a woman as volunteer.",
  "matching.rule.already-proposed": "This tandem has already been proposed.",
  "matching.rule.ended-not-a-fit": "An earlier tandem of the two ended as \"not a fit\".",
  "matching.rule.forbidden-by-coordinator": "The coordinator ruled this pair out.",
  "matching.rule.family-not-waiting": "The family is not (or no longer) waiting for a tandem.",
  "matching.rule.places-taken": "The volunteers who fit are already assigned to other families.",
};

export const matchingAr: Partial<Record<Key, string>> = {
  "hours.unknownTandem": "اختر أحد التاندمات الجارية الخاصة بك.",
  "matching.notYourTandem": "هذا ليس التاندم الخاص بك.",
  "matching.notProposed": "تمت الإجابة عن هذا الاقتراح بالفعل.",
  "matching.notActive": "هذا ممكن فقط لتاندم جارٍ.",
  "matching.notPaused": "لا يمكن استئناف إلا تاندم متوقف مؤقتًا.",
  "matching.alreadyEnded": "هذا التاندم انتهى بالفعل.",
  "matching.contactBeforeStart": "التواصل يقع قبل بداية التاندم.",
  "matching.familyHasActiveTandem": "لدى هذه العائلة الآن تاندم نشط بالفعل.",
};

export const matchingFa: Partial<Record<Key, string>> = {
  "hours.unknownTandem": "یکی از تاندم‌های در جریان خود را انتخاب کنید.",
  "matching.notYourTandem": "این تاندم شما نیست.",
  "matching.notProposed": "به این پیشنهاد قبلاً پاسخ داده شده است.",
  "matching.notActive": "این کار فقط برای تاندمِ در جریان ممکن است.",
  "matching.notPaused": "فقط تاندمِ متوقف‌شده را می‌توان ادامه داد.",
  "matching.alreadyEnded": "این تاندم قبلاً پایان یافته است.",
  "matching.contactBeforeStart": "این تماس پیش از شروع تاندم است.",
  "matching.familyHasActiveTandem": "این خانواده اکنون یک تاندم فعال دارد.",
};

export const matchingUk: Partial<Record<Key, string>> = {
  "hours.unknownTandem": "Виберіть один зі своїх активних тандемів.",
  "matching.notYourTandem": "Це не Ваш тандем.",
  "matching.notProposed": "На цю пропозицію вже відповіли.",
  "matching.notActive": "Це можливо лише для активного тандему.",
  "matching.notPaused": "Продовжити можна лише призупинений тандем.",
  "matching.alreadyEnded": "Цей тандем уже завершено.",
  "matching.contactBeforeStart": "Контакт припадає на час до початку тандему.",
  "matching.familyHasActiveTandem": "Ця родина тим часом уже має активний тандем.",
};

export const matchingTr: Partial<Record<Key, string>> = {
  "hours.unknownTandem": "Devam eden tandemlerinizden birini seçin.",
  "matching.notYourTandem": "Bu sizin tandeminiz değil.",
  "matching.notProposed": "Bu öneri zaten yanıtlandı.",
  "matching.notActive": "Bu yalnızca devam eden bir tandem için mümkündür.",
  "matching.notPaused": "Yalnızca duraklatılmış bir tandem sürdürülebilir.",
  "matching.alreadyEnded": "Bu tandem zaten sona erdi.",
  "matching.contactBeforeStart": "Görüşme tandemin başlangıcından önce.",
  "matching.familyHasActiveTandem": "Bu ailenin bu arada zaten aktif bir tandemi var.",
};
