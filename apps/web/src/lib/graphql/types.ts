// Types of the API's enums and query results, derived from the typed
// documents (the schema package exports the documents, not the schema types).
import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import type { MeQuery, SetMyLocaleMutation } from "./viewer";
import type { UsersQuery, SetUserRolesMutation } from "./users";
import type { SignUpOptionsQuery } from "./signup";
import type { MyCoursesQuery, MyHourLogsQuery, MyVolunteeringQuery, VolunteerHomeQuery } from "./my-volunteering";
import type { ReviewVolunteerMutation, VolunteerDetailQuery, VolunteersQuery, RecordAllowancePaymentMutation } from "./volunteers";
import type { HourReviewQuery } from "./hour-review";
import type { MyNachweiseQuery, NachweisPanelFieldsFragment, NachweisVerificationQuery } from "./nachweise";
import type {
  AddCohortSessionMutation,
  CohortManagementQuery,
  CourseCatalogueQuery,
  CreateCohortMutation,
  CreateCourseMutation,
  TrainingOverviewQuery,
  VolunteerCohortQuery,
} from "./training";

export type Role = Exclude<VariablesOf<typeof SetUserRolesMutation>["roles"], readonly unknown[]>;
export type ApiLocale = VariablesOf<typeof SetMyLocaleMutation>["locale"];
export type Viewer = NonNullable<ResultOf<typeof MeQuery>["me"]>;
export type Membership = Viewer["memberships"][number];
export type WorkQueueItem = ResultOf<typeof MeQuery>["myWorkQueue"][number];
export type UsersConnection = ResultOf<typeof UsersQuery>["users"];
export type UserRow = UsersConnection["edges"][number]["node"];
export type UserStatus = UserRow["status"];
export type UsersFilter = NonNullable<VariablesOf<typeof UsersQuery>["filter"]>;

// ---- volunteers --------------------------------------------------------------

export type SignUpOptions = NonNullable<ResultOf<typeof SignUpOptionsQuery>["signUpOptions"]>;
export type OptionItem = { id: string; name: string };
export type MyVolunteerProfile = NonNullable<ResultOf<typeof MyVolunteeringQuery>["myVolunteerProfile"]>;
export type VolunteerStatus = MyVolunteerProfile["status"];
export type ActivityTypeItem = ResultOf<typeof MyVolunteeringQuery>["activityTypes"][number];
/** A course (cohort) the volunteer holds a place in: hours can be linked to it. */
export type CourseOption = ResultOf<typeof MyVolunteeringQuery>["myEnrolments"][number]["cohort"];
/** A tandem an hour entry names (the volunteer's active one in the hours form). */
export type HourTandem = ResultOf<typeof MyVolunteeringQuery>["myMatches"][number];
export type VolunteerHome = ResultOf<typeof VolunteerHomeQuery>;
export type MyCourses = ResultOf<typeof MyCoursesQuery>;
export type Eligibility = NonNullable<ResultOf<typeof MyNachweiseQuery>["myVolunteerProfile"]>["ehrenamtskarteEligibility"];
export type HoursSummary = ResultOf<typeof MyHourLogsQuery>["hoursSummary"];
export type MyHourLogsConnection = ResultOf<typeof MyHourLogsQuery>["myHourLogs"];
export type MyHourLog = MyHourLogsConnection["edges"][number]["node"];
export type ReviewStatus = MyHourLog["status"];
export type VolunteersConnection = ResultOf<typeof VolunteersQuery>["volunteers"];
export type VolunteerRow = VolunteersConnection["edges"][number]["node"];
export type VolunteersFilter = NonNullable<VariablesOf<typeof VolunteersQuery>["filter"]>;
export type CertificateState = VolunteerRow["conductCertificate"]["state"];
export type VolunteerDetail = NonNullable<ResultOf<typeof VolunteerDetailQuery>["volunteer"]>;
export type AllowanceSummary = ResultOf<typeof VolunteerDetailQuery>["allowanceSummary"];
export type AllowanceLimit = AllowanceSummary["limits"][number];
export type AllowancePaymentItem = AllowanceSummary["payments"][number];
export type AllowanceKind = VariablesOf<typeof RecordAllowancePaymentMutation>["input"]["kind"];
export type ReviewDecision = VariablesOf<typeof ReviewVolunteerMutation>["decision"];
export type HourLogsFilter = NonNullable<VariablesOf<typeof HourReviewQuery>["filter"]>;
export type HourReviewConnection = ResultOf<typeof HourReviewQuery>["hourLogs"];
export type HourReviewRow = HourReviewConnection["edges"][number]["node"];

// ---- training ----------------------------------------------------------------

export type CatalogueConnection = ResultOf<typeof CourseCatalogueQuery>["cohorts"];
export type CatalogueCohort = CatalogueConnection["edges"][number]["node"];
export type VolunteerCohort = NonNullable<ResultOf<typeof VolunteerCohortQuery>["cohort"]>;
export type CohortStatus = VolunteerCohort["status"];
export type MyEnrolment = MyCourses["myEnrolments"][number];
export type EnrolmentStatus = MyEnrolment["status"];
export type CompletionOutcome = NonNullable<MyEnrolment["outcome"]>;
export type Qualification = NonNullable<MyCourses["myVolunteerProfile"]>["qualifications"][number];
export type CourseItem = ResultOf<typeof TrainingOverviewQuery>["courses"][number];
export type CourseInput = VariablesOf<typeof CreateCourseMutation>["input"];
export type CohortInput = VariablesOf<typeof CreateCohortMutation>["input"];
export type SessionInput = VariablesOf<typeof AddCohortSessionMutation>["input"];
export type CohortsFilter = NonNullable<VariablesOf<typeof TrainingOverviewQuery>["filter"]>;
export type CohortNeed = NonNullable<CohortsFilter["needs"]>;
export type OverviewConnection = ResultOf<typeof TrainingOverviewQuery>["cohorts"];
export type OverviewCohort = OverviewConnection["edges"][number]["node"];
export type ManagedCohort = NonNullable<ResultOf<typeof CohortManagementQuery>["cohort"]>;
export type CohortDefaults = ResultOf<typeof TrainingOverviewQuery>["cohortDefaults"];
export type ManagedEnrolment = ManagedCohort["enrolments"][number];
export type CohortSessionItem = ManagedCohort["sessions"][number];
export type AttendanceStatus = ManagedEnrolment["attendances"][number]["status"];

// Nachweis (issue 9)
export type NachweisPanel = ResultOf<typeof NachweisPanelFieldsFragment>;
export type NachweisVerification = NonNullable<ResultOf<typeof NachweisVerificationQuery>["nachweisVerification"]>;
