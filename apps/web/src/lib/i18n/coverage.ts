// Which messages the pages a volunteer uses need (sign-up, verify email, sign-in and
// password pages, accept invitation, volunteer home and its pages, profile, allowances,
// Nachweis, courses, my interpreting, account, header and errors): these exist in every UI language.
// Staff pages (Koordination, Kursleitung, Administration) exist in German and English;
// in another language a message without a translation shows German (Paraglide falls back
// to the base locale per message): German is the office's working and legally binding
// language, which every staff member reads, and keeps the German terms of the domain;
// English would add a third language for someone who chose Arabic or Turkish.
const VOLUNTEER_PREFIXES = [
  "accept_", "account_", "allow_", "allowDecl_", "allowMine_", "allowanceKind_", "app_", "attendanceStatus_",
  "certificate_", "cohortStatus_", "common_", "consent_", "courses_", "elig_", "enrolmentStatus_", "error_",
  "feed_", "forgot_", "header_", "home_", "interp_", "language_", "level_", "log_", "login_", "my_", "myhours_",
  "myprofile_", "mytraining_", "nachweis_", "nav_", "outcome_", "period_", "profile_", "qual_", "reset_",
  "reviewStatus_", "role_", "signup_", "status_", "summary_", "verify_", "vol_", "volunteerStatus_",
];

// Messages under a staff prefix that a volunteer's page shows too: a course's page where they
// apply (/kurse/<id>), and the start page's work queue and the navigation's badges with the
// volunteer's own items.
const VOLUNTEER_KEYS = new Set([
  "cohort_aboutHeading", "cohort_apply", "cohort_applyFull", "cohort_applyInterview", "cohort_applyIntro", "cohort_back",
  "cohort_cancelledInfo", "cohort_icsLink", "cohort_minimum", "cohort_motivation", "cohort_motivationHint",
  "cohort_notApproved", "cohort_notOpen", "cohort_onlineLink", "cohort_qualification", "cohort_sessionsHeading",
  "cohort_teachingHours", "cohort_topics", "cohort_trainers",
  "queue_heading", "queue_navCount", "queue_training_offersToAnswer", "queue_matching_proposalsToAnswer",
  "queue_appointments_interpreterRequestsToAnswer",
]);

export function isVolunteerMessage(key: string): boolean {
  return VOLUNTEER_KEYS.has(key) || VOLUNTEER_PREFIXES.some((p) => key.startsWith(p));
}
