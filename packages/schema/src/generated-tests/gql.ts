/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query TestCategoriesInLanguage { goodsCategories { id name nameTranslations { de en ar fa uk tr } } }": typeof types.TestCategoriesInLanguageDocument,
    "\n  mutation TestCreateTranslatedCategory($name: String!, $nameTranslations: TranslationsInput) {\n    createGoodsCategory(name: $name, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationCreateGoodsCategorySuccess { data { id name nameTranslations { de ar uk } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestCreateTranslatedCategoryDocument,
    "\n  mutation TestTranslateCategory($id: ID!, $nameTranslations: TranslationsInput!) {\n    updateGoodsCategoryTranslations(id: $id, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationUpdateGoodsCategoryTranslationsSuccess { data { name nameTranslations { de en ar fa uk tr } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestTranslateCategoryDocument,
    "\n  mutation TestSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on MutationSignInSuccess { data { roles user { email name } organization { name } } }\n      ... on TooManyAttemptsError { retryAfterSeconds }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code message field }\n    }\n  }\n": typeof types.TestSignInDocument,
    "query TestMe { me { roles user { email locale } organization { slug } memberships { organization { id slug } roles } } }": typeof types.TestMeDocument,
    "mutation TestSignOut { signOut { __typename } }": typeof types.TestSignOutDocument,
    "\n  mutation TestRequestReset($email: String!) {\n    requestPasswordReset(email: $email) { __typename ... on Error { code field } }\n  }\n": typeof types.TestRequestResetDocument,
    "\n  mutation TestResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on MutationResetPasswordSuccess { data }\n      ... on Error { code message field }\n    }\n  }\n": typeof types.TestResetPasswordDocument,
    "\n  mutation TestChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestChangePasswordDocument,
    "\n  mutation TestSwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      __typename\n      ... on MutationSwitchOrganizationSuccess { data { organization { slug } roles } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestSwitchOrganizationDocument,
    "\n  mutation TestSetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n": typeof types.TestSetMyLocaleDocument,
    "\n  query TestUsers($first: Int, $after: String, $filter: UsersFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email name roles status } }\n    }\n  }\n": typeof types.TestUsersDocument,
    "\n  mutation TestInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on MutationInviteUserSuccess { data { id email roles status } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestInviteUserDocument,
    "\n  mutation TestSetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      __typename\n      ... on MutationSetUserRolesSuccess { data { id roles } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestSetUserRolesDocument,
    "\n  mutation TestDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      __typename\n      ... on MutationDeactivateUserSuccess { data { status } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestDeactivateUserDocument,
    "\n  mutation TestReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { __typename ... on MutationReactivateUserSuccess { data { status } } }\n  }\n": typeof types.TestReactivateUserDocument,
    "\n  mutation TestAcceptInvitation($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { __typename ... on Error { code } }\n  }\n": typeof types.TestAcceptInvitationDocument,
    "query TestMyUser { me { user { id } } }": typeof types.TestMyUserDocument,
    "query TestMyAccount { me { roles user { id name email locale roles status createdAt } } }": typeof types.TestMyAccountDocument,
    "\n  mutation TestSetMyLocaleForMe($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n": typeof types.TestSetMyLocaleForMeDocument,
    "query TestNotifyActivities { activityTypes { id key } }": typeof types.TestNotifyActivitiesDocument,
    "\n  mutation TestNotifyLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code field } } }\n": typeof types.TestNotifyLogHoursDocument,
    "\n  query TestNotifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind href params { name value } createdAt readAt } }\n    }\n    unreadNotificationCount\n    myWorkQueue { key count href }\n  }\n": typeof types.TestNotificationsDocument,
    "\n  mutation TestMarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data { unreadCount } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestMarkNotificationsReadDocument,
    "\n  mutation TestNotifyDonor($input: DonorInput!) { createDonor(input: $input) { __typename ... on MutationCreateDonorSuccess { data { id } } } }\n": typeof types.TestNotifyDonorDocument,
    "\n  mutation TestNotifyMoney($input: MoneyDonationInput!) {\n    recordMoneyDonation(input: $input) { __typename ... on MutationRecordMoneyDonationSuccess { data { id status } } ... on Error { code field } }\n  }\n": typeof types.TestNotifyMoneyDocument,
    "query TestTwoInstancesActivities { activityTypes { id key } }": typeof types.TestTwoInstancesActivitiesDocument,
    "\n  mutation TestTwoInstancesLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n": typeof types.TestTwoInstancesLogHoursDocument,
    "query TestOrganizationSettings { organizationSettings { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }": typeof types.TestOrganizationSettingsDocument,
    "\n  mutation TestUpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": typeof types.TestUpdateOrganizationSettingsDocument,
    "\n  mutation TestUpdateOrganizationSettingsSeen($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {\n    updateOrganizationSettings(input: $input, seen: $seen) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestUpdateOrganizationSettingsSeenDocument,
    "mutation TestSettingsSwitchOrganization($id: ID!) { switchOrganization(organizationId: $id) { __typename } }": typeof types.TestSettingsSwitchOrganizationDocument,
    "query TestSettingsMyOrganizations { me { memberships { organization { id slug } } } }": typeof types.TestSettingsMyOrganizationsDocument,
    "query TestSettingsTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": typeof types.TestSettingsTrainersDocument,
    "\n  mutation TestSettingsCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } }\n  }\n": typeof types.TestSettingsCreateCourseDocument,
    "\n  mutation TestSettingsCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } }\n  }\n": typeof types.TestSettingsCreateCohortDocument,
    "\n  mutation TestSettingsAddSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename }\n  }\n": typeof types.TestSettingsAddSessionDocument,
    "mutation TestSettingsOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename } }": typeof types.TestSettingsOpenEnrolmentDocument,
    "mutation TestSettingsApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename } }": typeof types.TestSettingsApplyDocument,
    "query TestSettingsCohort($id: ID!) { cohort(id: $id) { sessions { id } enrolments { id } } }": typeof types.TestSettingsCohortDocument,
    "\n  mutation TestSettingsRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on Error { code field } }\n  }\n": typeof types.TestSettingsRecordAttendanceDocument,
    "query TestSettingsMyHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } } } } }": typeof types.TestSettingsMyHoursDocument,
    "query TestRulesTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": typeof types.TestRulesTrainersDocument,
    "query TestRulesCohortDefaults { cohortDefaults { capacityMin capacityMax requiresInterview } }": typeof types.TestRulesCohortDefaultsDocument,
    "\n  mutation TestRulesCreateCourse($input: CourseInput!) { createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } } }\n": typeof types.TestRulesCreateCourseDocument,
    "\n  mutation TestRulesCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id capacity requiresInterview } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestRulesCreateCohortDocument,
    "\n  mutation TestRulesUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { capacity requiresInterview } } ... on Error { code field } }\n  }\n": typeof types.TestRulesUpdateCohortDocument,
    "\n  mutation TestRulesAddSession($cohortId: ID!, $input: CohortSessionInput!) { addCohortSession(cohortId: $cohortId, input: $input) { __typename } }\n": typeof types.TestRulesAddSessionDocument,
    "mutation TestRulesOpen($id: ID!) { openEnrolment(id: $id) { __typename } }": typeof types.TestRulesOpenDocument,
    "mutation TestRulesApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { id status } } } }": typeof types.TestRulesApplyDocument,
    "\n  mutation TestRulesAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $sessionId, entries: $entries) { __typename } }\n": typeof types.TestRulesAttendanceDocument,
    "\n  mutation TestRulesComplete($id: ID!, $countOnlyHeldSessions: Boolean) {\n    completeCohort(id: $id, countOnlyHeldSessions: $countOnlyHeldSessions) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field message } }\n  }\n": typeof types.TestRulesCompleteDocument,
    "\n  query TestRulesCohort($id: ID!) { cohort(id: $id) { status sessions { id startsAt } enrolments { volunteerName attendancePercent outcome certificate { number } } } }\n": typeof types.TestRulesCohortDocument,
    "\n  mutation TestRulesSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { cohortCapacityMin cohortCapacityMax admissionInterviewByDefault } } ... on Error { code field } }\n  }\n": typeof types.TestRulesSettingsDocument,
    "query TestTranslationTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": typeof types.TestTranslationTrainersDocument,
    "\n  mutation TestCreateTranslatedCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id version title titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestCreateTranslatedCourseDocument,
    "\n  mutation TestUpdateTranslatedCourse($id: ID!, $input: CourseInput!, $expectedVersion: String) {\n    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCourseSuccess { data { version titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestUpdateTranslatedCourseDocument,
    "query TestCourseInLanguage($id: ID!) { node(id: $id) { ... on Course { title description } } }": typeof types.TestCourseInLanguageDocument,
    "query TestCoursesInLanguage { courses { title description } }": typeof types.TestCoursesInLanguageDocument,
    "\n  mutation TestTranslatedCourseCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } ... on Error { code field } }\n  }\n": typeof types.TestTranslatedCourseCohortDocument,
    "\n  mutation TestTranslatedCourseSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on Error { code field } }\n  }\n": typeof types.TestTranslatedCourseSessionDocument,
    "mutation TestTranslatedCourseOpen($id: ID!) { openEnrolment(id: $id) { __typename ... on Error { code } } }": typeof types.TestTranslatedCourseOpenDocument,
    "\n  mutation TestTranslatedCourseApply($cohortId: ID!) {\n    applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { status } } ... on Error { code field } }\n  }\n": typeof types.TestTranslatedCourseApplyDocument,
    "query TestTranslatedCatalogue { cohorts(filter: { status: OPEN }) { edges { node { title course { title description } } } } }": typeof types.TestTranslatedCatalogueDocument,
    "\n  mutation TestCreateCohortWithTranslations($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id version title titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": typeof types.TestCreateCohortWithTranslationsDocument,
    "\n  mutation TestUpdateCohortWithTranslations($id: ID!, $input: CohortInput!, $expectedVersion: String) {\n    updateCohort(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSuccess { data { version titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": typeof types.TestUpdateCohortWithTranslationsDocument,
    "\n  mutation TestAddSessionWithTranslations($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) {\n      __typename\n      ... on MutationAddCohortSessionSuccess { data { id version sequence topic topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": typeof types.TestAddSessionWithTranslationsDocument,
    "\n  mutation TestUpdateSessionWithTranslations($id: ID!, $input: CohortSessionInput!, $expectedVersion: String) {\n    updateCohortSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSessionSuccess { data { version sequence topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": typeof types.TestUpdateSessionWithTranslationsDocument,
    "\n  query TestTrainerCohortTranslations($id: ID!) {\n    cohort(id: $id) { title titleTranslations { de en ar fa uk tr } sessions { topic topicTranslations { de en ar fa uk tr } } }\n  }\n": typeof types.TestTrainerCohortTranslationsDocument,
    "query TestVolunteerCohortTranslations($id: ID!) { cohort(id: $id) { title sessions { topic } } }": typeof types.TestVolunteerCohortTranslationsDocument,
    "query TestTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": typeof types.TestTrainersDocument,
    "\n  mutation TestCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id minimumAttendancePercent } } ... on Error { code field } }\n  }\n": typeof types.TestCreateCourseDocument,
    "\n  mutation TestCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id status offerHours trainers { name } } } ... on Error { code field } }\n  }\n": typeof types.TestCreateCohortDocument,
    "\n  mutation TestAddCohortSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on MutationAddCohortSessionSuccess { data { id sequence } } ... on Error { code field } }\n  }\n": typeof types.TestAddCohortSessionDocument,
    "\n  mutation TestUpdateCohortSession($id: ID!, $input: CohortSessionInput!) {\n    updateCohortSession(id: $id, input: $input) { __typename ... on MutationUpdateCohortSessionSuccess { data { sequence topic } } }\n  }\n": typeof types.TestUpdateCohortSessionDocument,
    "mutation TestOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename ... on MutationOpenEnrolmentSuccess { data { status } } ... on Error { code } } }": typeof types.TestOpenEnrolmentDocument,
    "\n  mutation TestApplyToCohort($cohortId: ID!, $motivation: String) {\n    applyToCohort(cohortId: $cohortId, motivation: $motivation) {\n      __typename\n      ... on MutationApplyToCohortSuccess { data { id status waitlistPosition } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestApplyToCohortDocument,
    "\n  mutation TestUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { title capacity placesTaken waitlistLength } } ... on Error { code field } }\n  }\n": typeof types.TestUpdateCohortDocument,
    "\n  mutation TestRemoveParticipant($id: ID!, $reason: String!) {\n    removeParticipant(enrolmentId: $id, reason: $reason) { __typename ... on MutationRemoveParticipantSuccess { data { status endReason } } ... on Error { code field } }\n  }\n": typeof types.TestRemoveParticipantDocument,
    "mutation TestWithdraw($cohortId: ID!) { withdrawFromCohort(cohortId: $cohortId) { __typename ... on MutationWithdrawFromCohortSuccess { data { status } } ... on Error { code } } }": typeof types.TestWithdrawDocument,
    "mutation TestAccept($cohortId: ID!) { acceptWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationAcceptWaitlistOfferSuccess { data { status } } ... on Error { code } } }": typeof types.TestAcceptDocument,
    "mutation TestDecline($cohortId: ID!) { declineWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationDeclineWaitlistOfferSuccess { data { status } } ... on Error { code } } }": typeof types.TestDeclineDocument,
    "\n  query TestCohort($id: ID!) {\n    cohort(id: $id) {\n      title capacity status cancelReason placesTaken waitlistLength\n      sessions { id startsAt }\n      enrolments { id status priority volunteerName endReason attendancePercent outcome certificate { id number issuedAt } }\n    }\n  }\n": typeof types.TestCohortDocument,
    "query TestMyEnrolments { myEnrolments { status waitlistPosition offerExpiresAt endReason outcome certificate { number } cohort { title } } }": typeof types.TestMyEnrolmentsDocument,
    "\n  mutation TestSetWaitlistPriority($id: ID!, $priority: Int!, $reason: String!) {\n    setWaitlistPriority(enrolmentId: $id, priority: $priority, reason: $reason) { __typename ... on Error { code field } }\n  }\n": typeof types.TestSetWaitlistPriorityDocument,
    "\n  mutation TestRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on MutationRecordAttendanceSuccess { data { status } } ... on Error { code field } }\n  }\n": typeof types.TestRecordAttendanceDocument,
    "mutation TestCompleteCohort($id: ID!) { completeCohort(id: $id) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field } } }": typeof types.TestCompleteCohortDocument,
    "\n  mutation TestRevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) { __typename ... on MutationRevokeCertificateSuccess { data { revokedAt revokedReason } } ... on Error { code } }\n  }\n": typeof types.TestRevokeCertificateDocument,
    "\n  mutation TestCancelCohort($id: ID!, $reason: String!) {\n    cancelCohort(id: $id, reason: $reason) { __typename ... on MutationCancelCohortSuccess { data { status cancelReason } } ... on Error { code field } }\n  }\n": typeof types.TestCancelCohortDocument,
    "\n  mutation TestInterview($id: ID!, $passed: Boolean!) {\n    recordAdmissionInterview(enrolmentId: $id, passed: $passed) { __typename ... on MutationRecordAdmissionInterviewSuccess { data { status } } ... on Error { code } }\n  }\n": typeof types.TestInterviewDocument,
    "mutation TestRemoveCohortSession($id: ID!) { removeCohortSession(id: $id) { __typename ... on Error { code } } }": typeof types.TestRemoveCohortSessionDocument,
    "query TestMyQualifications { myVolunteerProfile { qualifications { name grantedOn expiresOn revokedAt } } }": typeof types.TestMyQualificationsDocument,
    "query TestCourseVersion($id: ID!) { node(id: $id) { ... on Course { version title } } }": typeof types.TestCourseVersionDocument,
    "query TestCohortVersion($id: ID!) { cohort(id: $id) { version title sessions { id version sequence topic startsAt endsAt room } } }": typeof types.TestCohortVersionDocument,
    "\n    mutation TestEditCourse($id: ID!, $input: CourseInput!, $v: String) {\n      updateCourse(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCourseSuccess { data { title version } } ... on Error { code field message } }\n    }\n  ": typeof types.TestEditCourseDocument,
    "\n    mutation TestEditCohort($id: ID!, $input: CohortInput!, $v: String) {\n      updateCohort(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSuccess { data { title version } } ... on Error { code field message } }\n    }\n  ": typeof types.TestEditCohortDocument,
    "\n    mutation TestEditSession($id: ID!, $input: CohortSessionInput!, $v: String) {\n      updateCohortSession(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSessionSuccess { data { topic version sequence } } ... on Error { code field message } }\n    }\n  ": typeof types.TestEditSessionDocument,
    "mutation TestInviteTrainer($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on Error { code field message } } }": typeof types.TestInviteTrainerDocument,
    "mutation TestSetTrainerPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename } }": typeof types.TestSetTrainerPasswordDocument,
    "mutation TestResetCalendarFeed { resetCalendarFeed { __typename ... on MutationResetCalendarFeedSuccess { data } } }": typeof types.TestResetCalendarFeedDocument,
    "query TestFeedState { myVolunteerProfile { calendarFeedActive } }": typeof types.TestFeedStateDocument,
    "query TestCourseHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } cohort { id } note } } } }": typeof types.TestCourseHoursDocument,
    "query TestTrainerWorkQueue { myWorkQueue { key role count href } }": typeof types.TestTrainerWorkQueueDocument,
    "\n  query TestCohortsByNeed($filter: CohortsFilter) { cohorts(filter: $filter, first: 50) { totalCount edges { node { id title } } } }\n": typeof types.TestCohortsByNeedDocument,
    "query TestInvitedUsers { users(filter: { status: INVITED }, first: 1) { totalCount } }": typeof types.TestInvitedUsersDocument,
    "\n  mutation TestNachweisSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on Error { code } }\n  }\n": typeof types.TestNachweisSettingsDocument,
    "query TestAllowanceActivities { activityTypes { id key name } myVolunteerProfile { id } }": typeof types.TestAllowanceActivitiesDocument,
    "\n  mutation TestAllowancePay($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year kilometres centsPerKm receiptReference activity { key } } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestAllowancePayDocument,
    "\n  query TestAllowanceYear($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      limits { kind limitCents paidHereCents declaredElsewhereCents remainingCents }\n      pauschaleRemainingCents mileageCents expensesCents\n      declarations { id amountCents payer kind }\n    }\n  }\n": typeof types.TestAllowanceYearDocument,
    "\n  mutation TestAllowanceDeclare($input: DeclareAllowanceElsewhereInput!) {\n    declareAllowanceElsewhere(input: $input) { __typename ... on MutationDeclareAllowanceElsewhereSuccess { data { id amountCents payer } } ... on Error { code field } }\n  }\n": typeof types.TestAllowanceDeclareDocument,
    "\n  mutation TestAllowanceRemoveDeclaration($id: ID!) { removeAllowanceDeclaration(id: $id) { __typename ... on Error { code field } } }\n": typeof types.TestAllowanceRemoveDeclarationDocument,
    "\n  mutation TestAllowanceSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { mileageCentsPerKm } } ... on Error { code field } }\n  }\n": typeof types.TestAllowanceSettingsDocument,
    "\n  mutation TestConductRecord($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificates { inspectedOn issuedOn } } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestConductRecordDocument,
    "\n  mutation TestConductReject($id: ID!, $decision: ReviewDecision!, $reason: String) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason) { __typename ... on Error { code } }\n  }\n": typeof types.TestConductRejectDocument,
    "mutation TestConductWithdraw { withdrawConsent { __typename ... on Error { code } } }": typeof types.TestConductWithdrawDocument,
    "query TestConductDetail($id: ID!) { volunteer(id: $id) { conductCertificates { inspectedOn issuedOn hasRelevantEntry } } }": typeof types.TestConductDetailDocument,
    "\n  query TestCardEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible meetsHours meetsDuration activeSince countsCourseAttendance\n      years { index from to hours averageHoursPerWeek meets decidedBy }\n    }\n  }\n": typeof types.TestCardEligibilityDocument,
    "\n  mutation TestCardSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { ehrenamtskarte { minActiveYears validityYears countsCourseAttendance } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestCardSettingsDocument,
    "query TestCardActivities { activityTypes { id key } myVolunteerProfile { id } }": typeof types.TestCardActivitiesDocument,
    "\n  mutation TestCardLogHours($input: HourLogInput!) {\n    logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id date } } ... on Error { code field message } }\n  }\n": typeof types.TestCardLogHoursDocument,
    "\n  mutation TestImportEarlierHours($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {\n    importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) {\n      __typename\n      ... on MutationImportEarlierHoursSuccess { data { id date minutes status importReason reviewedByName } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestImportEarlierHoursDocument,
    "\n  mutation TestRecordCard($volunteerId: ID!, $issuedOn: String!, $previousIssuedOn: String) {\n    recordEhrenamtskarte(volunteerId: $volunteerId, issuedOn: $issuedOn, previousIssuedOn: $previousIssuedOn) {\n      __typename\n      ... on MutationRecordEhrenamtskarteSuccess { data { ehrenamtskarte { issuedOn expiresOn remindOn } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestRecordCardDocument,
    "query TestMyCard { myVolunteerProfile { ehrenamtskarte { issuedOn expiresOn remindOn } } }": typeof types.TestMyCardDocument,
    "query TestActivityTypes { activityTypes { id key name } myVolunteerProfile { id } }": typeof types.TestActivityTypesDocument,
    "\n  mutation TestLogHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id date minutes status note activityType { key } } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestLogHoursDocument,
    "\n  mutation TestLogCourseHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id cohort { id title } } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestLogCourseHoursDocument,
    "query TestOpenCohorts { cohorts(first: 5, filter: { status: OPEN }) { edges { node { id title } } } }": typeof types.TestOpenCohortsDocument,
    "\n  mutation TestApplyForHours($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on Error { code } } }\n": typeof types.TestApplyForHoursDocument,
    "\n  query TestReviewQueueCourse($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 50) { edges { node { id cohort { title } } } } }\n": typeof types.TestReviewQueueCourseDocument,
    "\n  mutation TestUpdateHourLog($id: ID!, $input: HourLogInput!) {\n    updateHourLog(id: $id, input: $input) { __typename ... on MutationUpdateHourLogSuccess { data { minutes } } ... on Error { code field } }\n  }\n": typeof types.TestUpdateHourLogDocument,
    "\n  mutation TestDeleteHourLog($id: ID!) { deleteHourLog(id: $id) { __typename ... on Error { code field } } }\n": typeof types.TestDeleteHourLogDocument,
    "\n  query TestMyHourLogs($first: Int, $filter: HourLogsFilter) {\n    myHourLogs(first: $first, filter: $filter) { totalCount edges { node { id date minutes status } } }\n  }\n": typeof types.TestMyHourLogsDocument,
    "\n  query TestHourLogs($filter: HourLogsFilter, $first: Int) {\n    hourLogs(filter: $filter, first: $first) { totalCount edges { node { id minutes status createdAt volunteer { name } } } }\n  }\n": typeof types.TestHourLogsDocument,
    "\n  mutation TestReviewHourLogs($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {\n    reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {\n      __typename\n      ... on MutationReviewHourLogsSuccess { data { id status reviewReason } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestReviewHourLogsDocument,
    "\n  query TestHoursSummary($volunteerId: ID, $year: Int!) {\n    hoursSummary(volunteerId: $volunteerId, year: $year) {\n      year approvedMinutes pendingMinutes volunteerCount\n      months { month approvedMinutes pendingMinutes }\n      byActivity { activityType { key } approvedMinutes pendingMinutes }\n    }\n  }\n": typeof types.TestHoursSummaryDocument,
    "\n  query TestEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible hoursLast12Months averageHoursPerWeek meetsHours activeSince activeYears meetsDuration requiredHoursPerYear requiredActiveYears\n    }\n  }\n": typeof types.TestEligibilityDocument,
    "\n  query TestOwnEligibility {\n    myVolunteerProfile { id ehrenamtskarteEligibility { eligible hoursLast12Months activeSince meetsDuration requiredHoursPerYear } }\n  }\n": typeof types.TestOwnEligibilityDocument,
    "\n  mutation TestRecordAllowancePayment($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year paidOn } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestRecordAllowancePaymentDocument,
    "\n  query TestAllowanceSummary($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      pauschaleLimitCents pauschaleCents expensesCents pauschaleRemainingCents payments { amountCents kind }\n    }\n  }\n": typeof types.TestAllowanceSummaryDocument,
    "\n    query TestReviewRights($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 100) { edges { node { id canReview } } } }\n  ": typeof types.TestReviewRightsDocument,
    "\n  query TestSignUpOptions($slug: String!) {\n    signUpOptions(organizationSlug: $slug) {\n      organizationName\n      topics { id name }\n      districts { id name latitude longitude }\n      consent { version text }\n    }\n  }\n": typeof types.TestSignUpOptionsDocument,
    "\n  mutation TestRegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      __typename\n      ... on MutationRegisterVolunteerSuccess { data }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestRegisterVolunteerDocument,
    "\n  mutation TestVerifyEmail($token: String!) {\n    verifyEmail(token: $token) { __typename ... on Error { code field } }\n  }\n": typeof types.TestVerifyEmailDocument,
    "\n  mutation TestResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email) { __typename ... on Error { code field } }\n  }\n": typeof types.TestResendVerificationEmailDocument,
    "\n  query TestMyVolunteerProfile {\n    myVolunteerProfile {\n      id name status germanLevel offersInterpreting maxTandems phone consentVersion consentWithdrawnAt\n      languages { code level interpreting }\n      topics { name }\n      availability { weekday start end }\n      district { name }\n    }\n  }\n": typeof types.TestMyVolunteerProfileDocument,
    "\n  mutation TestUpdateMyVolunteerProfile($input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyVolunteerProfileSuccess { data { name maxTandems languages { code level interpreting } topics { name } } }\n      ... on Error { code field }\n    }\n  }\n": typeof types.TestUpdateMyVolunteerProfileDocument,
    "mutation TestWithdrawConsent { withdrawConsent { __typename ... on MutationWithdrawConsentSuccess { data { status consentWithdrawnAt } } } }": typeof types.TestWithdrawConsentDocument,
    "\n  mutation TestGiveConsent($v: Int!) {\n    giveConsent(consentVersion: $v) { __typename ... on MutationGiveConsentSuccess { data { status consentWithdrawnAt } } ... on Error { code field } }\n  }\n": typeof types.TestGiveConsentDocument,
    "\n  query TestVolunteers($filter: VolunteersFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status offersInterpreting conductCertificate { state validUntil } } }\n    }\n  }\n": typeof types.TestVolunteersDocument,
    "\n  query TestVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id name status reviewReason emailVerified\n      conductCertificates { inspectedOn issuedOn hasRelevantEntry }\n      conductCertificate { state validUntil }\n    }\n  }\n": typeof types.TestVolunteerDocument,
    "\n  mutation TestReviewVolunteer($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {\n      __typename\n      ... on MutationReviewVolunteerSuccess { data { status reviewReason } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestReviewVolunteerDocument,
    "\n  mutation TestPauseVolunteer($id: ID!) { pauseVolunteer(id: $id) { __typename ... on MutationPauseVolunteerSuccess { data { status } } ... on Error { code field } } }\n": typeof types.TestPauseVolunteerDocument,
    "\n  mutation TestReactivateVolunteer($id: ID!) { reactivateVolunteer(id: $id) { __typename ... on MutationReactivateVolunteerSuccess { data { status } } ... on Error { code field } } }\n": typeof types.TestReactivateVolunteerDocument,
    "\n  mutation TestRecordConductCertificate($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificate { state validUntil hasRelevantEntry } } }\n      ... on Error { code field message }\n    }\n  }\n": typeof types.TestRecordConductCertificateDocument,
    "query TestReviewOptions { topics { id name } districts { id name } }": typeof types.TestReviewOptionsDocument,
    "\n    mutation TestEndVolunteering($id: ID!, $reason: String) {\n      endVolunteering(id: $id, reason: $reason) { __typename ... on MutationEndVolunteeringSuccess { data { status endedAt } } ... on Error { code field } }\n    }\n  ": typeof types.TestEndVolunteeringDocument,
    "query TestMyWorkQueue { myWorkQueue { key role count href } }": typeof types.TestMyWorkQueueDocument,
    "\n  query TestQueueVolunteers($filter: VolunteersFilter) { volunteers(filter: $filter, first: 1) { totalCount } }\n": typeof types.TestQueueVolunteersDocument,
    "query TestQueueHours { hourLogs(filter: { status: PENDING }, first: 1) { totalCount } }": typeof types.TestQueueHoursDocument,
    "query TestQueueActivityTypes { activityTypes { id } }": typeof types.TestQueueActivityTypesDocument,
    "\n  mutation TestQueueLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n": typeof types.TestQueueLogHoursDocument,
    "\n  mutation TestQueueReview($id: ID!, $decision: ReviewDecision!) {\n    reviewVolunteer(id: $id, decision: $decision, worksWithChildren: false) { __typename ... on Error { code } }\n  }\n": typeof types.TestQueueReviewDocument,
};
const documents: Documents = {
    "query TestCategoriesInLanguage { goodsCategories { id name nameTranslations { de en ar fa uk tr } } }": types.TestCategoriesInLanguageDocument,
    "\n  mutation TestCreateTranslatedCategory($name: String!, $nameTranslations: TranslationsInput) {\n    createGoodsCategory(name: $name, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationCreateGoodsCategorySuccess { data { id name nameTranslations { de ar uk } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestCreateTranslatedCategoryDocument,
    "\n  mutation TestTranslateCategory($id: ID!, $nameTranslations: TranslationsInput!) {\n    updateGoodsCategoryTranslations(id: $id, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationUpdateGoodsCategoryTranslationsSuccess { data { name nameTranslations { de en ar fa uk tr } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestTranslateCategoryDocument,
    "\n  mutation TestSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on MutationSignInSuccess { data { roles user { email name } organization { name } } }\n      ... on TooManyAttemptsError { retryAfterSeconds }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code message field }\n    }\n  }\n": types.TestSignInDocument,
    "query TestMe { me { roles user { email locale } organization { slug } memberships { organization { id slug } roles } } }": types.TestMeDocument,
    "mutation TestSignOut { signOut { __typename } }": types.TestSignOutDocument,
    "\n  mutation TestRequestReset($email: String!) {\n    requestPasswordReset(email: $email) { __typename ... on Error { code field } }\n  }\n": types.TestRequestResetDocument,
    "\n  mutation TestResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on MutationResetPasswordSuccess { data }\n      ... on Error { code message field }\n    }\n  }\n": types.TestResetPasswordDocument,
    "\n  mutation TestChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code field }\n    }\n  }\n": types.TestChangePasswordDocument,
    "\n  mutation TestSwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      __typename\n      ... on MutationSwitchOrganizationSuccess { data { organization { slug } roles } }\n      ... on Error { code field }\n    }\n  }\n": types.TestSwitchOrganizationDocument,
    "\n  mutation TestSetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n": types.TestSetMyLocaleDocument,
    "\n  query TestUsers($first: Int, $after: String, $filter: UsersFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email name roles status } }\n    }\n  }\n": types.TestUsersDocument,
    "\n  mutation TestInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on MutationInviteUserSuccess { data { id email roles status } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestInviteUserDocument,
    "\n  mutation TestSetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      __typename\n      ... on MutationSetUserRolesSuccess { data { id roles } }\n      ... on Error { code field }\n    }\n  }\n": types.TestSetUserRolesDocument,
    "\n  mutation TestDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      __typename\n      ... on MutationDeactivateUserSuccess { data { status } }\n      ... on Error { code field }\n    }\n  }\n": types.TestDeactivateUserDocument,
    "\n  mutation TestReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { __typename ... on MutationReactivateUserSuccess { data { status } } }\n  }\n": types.TestReactivateUserDocument,
    "\n  mutation TestAcceptInvitation($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { __typename ... on Error { code } }\n  }\n": types.TestAcceptInvitationDocument,
    "query TestMyUser { me { user { id } } }": types.TestMyUserDocument,
    "query TestMyAccount { me { roles user { id name email locale roles status createdAt } } }": types.TestMyAccountDocument,
    "\n  mutation TestSetMyLocaleForMe($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n": types.TestSetMyLocaleForMeDocument,
    "query TestNotifyActivities { activityTypes { id key } }": types.TestNotifyActivitiesDocument,
    "\n  mutation TestNotifyLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code field } } }\n": types.TestNotifyLogHoursDocument,
    "\n  query TestNotifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind href params { name value } createdAt readAt } }\n    }\n    unreadNotificationCount\n    myWorkQueue { key count href }\n  }\n": types.TestNotificationsDocument,
    "\n  mutation TestMarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data { unreadCount } }\n      ... on Error { code field }\n    }\n  }\n": types.TestMarkNotificationsReadDocument,
    "\n  mutation TestNotifyDonor($input: DonorInput!) { createDonor(input: $input) { __typename ... on MutationCreateDonorSuccess { data { id } } } }\n": types.TestNotifyDonorDocument,
    "\n  mutation TestNotifyMoney($input: MoneyDonationInput!) {\n    recordMoneyDonation(input: $input) { __typename ... on MutationRecordMoneyDonationSuccess { data { id status } } ... on Error { code field } }\n  }\n": types.TestNotifyMoneyDocument,
    "query TestTwoInstancesActivities { activityTypes { id key } }": types.TestTwoInstancesActivitiesDocument,
    "\n  mutation TestTwoInstancesLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n": types.TestTwoInstancesLogHoursDocument,
    "query TestOrganizationSettings { organizationSettings { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }": types.TestOrganizationSettingsDocument,
    "\n  mutation TestUpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": types.TestUpdateOrganizationSettingsDocument,
    "\n  mutation TestUpdateOrganizationSettingsSeen($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {\n    updateOrganizationSettings(input: $input, seen: $seen) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestUpdateOrganizationSettingsSeenDocument,
    "mutation TestSettingsSwitchOrganization($id: ID!) { switchOrganization(organizationId: $id) { __typename } }": types.TestSettingsSwitchOrganizationDocument,
    "query TestSettingsMyOrganizations { me { memberships { organization { id slug } } } }": types.TestSettingsMyOrganizationsDocument,
    "query TestSettingsTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": types.TestSettingsTrainersDocument,
    "\n  mutation TestSettingsCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } }\n  }\n": types.TestSettingsCreateCourseDocument,
    "\n  mutation TestSettingsCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } }\n  }\n": types.TestSettingsCreateCohortDocument,
    "\n  mutation TestSettingsAddSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename }\n  }\n": types.TestSettingsAddSessionDocument,
    "mutation TestSettingsOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename } }": types.TestSettingsOpenEnrolmentDocument,
    "mutation TestSettingsApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename } }": types.TestSettingsApplyDocument,
    "query TestSettingsCohort($id: ID!) { cohort(id: $id) { sessions { id } enrolments { id } } }": types.TestSettingsCohortDocument,
    "\n  mutation TestSettingsRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on Error { code field } }\n  }\n": types.TestSettingsRecordAttendanceDocument,
    "query TestSettingsMyHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } } } } }": types.TestSettingsMyHoursDocument,
    "query TestRulesTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": types.TestRulesTrainersDocument,
    "query TestRulesCohortDefaults { cohortDefaults { capacityMin capacityMax requiresInterview } }": types.TestRulesCohortDefaultsDocument,
    "\n  mutation TestRulesCreateCourse($input: CourseInput!) { createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } } }\n": types.TestRulesCreateCourseDocument,
    "\n  mutation TestRulesCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id capacity requiresInterview } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestRulesCreateCohortDocument,
    "\n  mutation TestRulesUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { capacity requiresInterview } } ... on Error { code field } }\n  }\n": types.TestRulesUpdateCohortDocument,
    "\n  mutation TestRulesAddSession($cohortId: ID!, $input: CohortSessionInput!) { addCohortSession(cohortId: $cohortId, input: $input) { __typename } }\n": types.TestRulesAddSessionDocument,
    "mutation TestRulesOpen($id: ID!) { openEnrolment(id: $id) { __typename } }": types.TestRulesOpenDocument,
    "mutation TestRulesApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { id status } } } }": types.TestRulesApplyDocument,
    "\n  mutation TestRulesAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $sessionId, entries: $entries) { __typename } }\n": types.TestRulesAttendanceDocument,
    "\n  mutation TestRulesComplete($id: ID!, $countOnlyHeldSessions: Boolean) {\n    completeCohort(id: $id, countOnlyHeldSessions: $countOnlyHeldSessions) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field message } }\n  }\n": types.TestRulesCompleteDocument,
    "\n  query TestRulesCohort($id: ID!) { cohort(id: $id) { status sessions { id startsAt } enrolments { volunteerName attendancePercent outcome certificate { number } } } }\n": types.TestRulesCohortDocument,
    "\n  mutation TestRulesSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { cohortCapacityMin cohortCapacityMax admissionInterviewByDefault } } ... on Error { code field } }\n  }\n": types.TestRulesSettingsDocument,
    "query TestTranslationTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": types.TestTranslationTrainersDocument,
    "\n  mutation TestCreateTranslatedCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id version title titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestCreateTranslatedCourseDocument,
    "\n  mutation TestUpdateTranslatedCourse($id: ID!, $input: CourseInput!, $expectedVersion: String) {\n    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCourseSuccess { data { version titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestUpdateTranslatedCourseDocument,
    "query TestCourseInLanguage($id: ID!) { node(id: $id) { ... on Course { title description } } }": types.TestCourseInLanguageDocument,
    "query TestCoursesInLanguage { courses { title description } }": types.TestCoursesInLanguageDocument,
    "\n  mutation TestTranslatedCourseCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } ... on Error { code field } }\n  }\n": types.TestTranslatedCourseCohortDocument,
    "\n  mutation TestTranslatedCourseSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on Error { code field } }\n  }\n": types.TestTranslatedCourseSessionDocument,
    "mutation TestTranslatedCourseOpen($id: ID!) { openEnrolment(id: $id) { __typename ... on Error { code } } }": types.TestTranslatedCourseOpenDocument,
    "\n  mutation TestTranslatedCourseApply($cohortId: ID!) {\n    applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { status } } ... on Error { code field } }\n  }\n": types.TestTranslatedCourseApplyDocument,
    "query TestTranslatedCatalogue { cohorts(filter: { status: OPEN }) { edges { node { title course { title description } } } } }": types.TestTranslatedCatalogueDocument,
    "\n  mutation TestCreateCohortWithTranslations($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id version title titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": types.TestCreateCohortWithTranslationsDocument,
    "\n  mutation TestUpdateCohortWithTranslations($id: ID!, $input: CohortInput!, $expectedVersion: String) {\n    updateCohort(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSuccess { data { version titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": types.TestUpdateCohortWithTranslationsDocument,
    "\n  mutation TestAddSessionWithTranslations($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) {\n      __typename\n      ... on MutationAddCohortSessionSuccess { data { id version sequence topic topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": types.TestAddSessionWithTranslationsDocument,
    "\n  mutation TestUpdateSessionWithTranslations($id: ID!, $input: CohortSessionInput!, $expectedVersion: String) {\n    updateCohortSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSessionSuccess { data { version sequence topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n": types.TestUpdateSessionWithTranslationsDocument,
    "\n  query TestTrainerCohortTranslations($id: ID!) {\n    cohort(id: $id) { title titleTranslations { de en ar fa uk tr } sessions { topic topicTranslations { de en ar fa uk tr } } }\n  }\n": types.TestTrainerCohortTranslationsDocument,
    "query TestVolunteerCohortTranslations($id: ID!) { cohort(id: $id) { title sessions { topic } } }": types.TestVolunteerCohortTranslationsDocument,
    "query TestTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }": types.TestTrainersDocument,
    "\n  mutation TestCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id minimumAttendancePercent } } ... on Error { code field } }\n  }\n": types.TestCreateCourseDocument,
    "\n  mutation TestCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id status offerHours trainers { name } } } ... on Error { code field } }\n  }\n": types.TestCreateCohortDocument,
    "\n  mutation TestAddCohortSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on MutationAddCohortSessionSuccess { data { id sequence } } ... on Error { code field } }\n  }\n": types.TestAddCohortSessionDocument,
    "\n  mutation TestUpdateCohortSession($id: ID!, $input: CohortSessionInput!) {\n    updateCohortSession(id: $id, input: $input) { __typename ... on MutationUpdateCohortSessionSuccess { data { sequence topic } } }\n  }\n": types.TestUpdateCohortSessionDocument,
    "mutation TestOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename ... on MutationOpenEnrolmentSuccess { data { status } } ... on Error { code } } }": types.TestOpenEnrolmentDocument,
    "\n  mutation TestApplyToCohort($cohortId: ID!, $motivation: String) {\n    applyToCohort(cohortId: $cohortId, motivation: $motivation) {\n      __typename\n      ... on MutationApplyToCohortSuccess { data { id status waitlistPosition } }\n      ... on Error { code field }\n    }\n  }\n": types.TestApplyToCohortDocument,
    "\n  mutation TestUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { title capacity placesTaken waitlistLength } } ... on Error { code field } }\n  }\n": types.TestUpdateCohortDocument,
    "\n  mutation TestRemoveParticipant($id: ID!, $reason: String!) {\n    removeParticipant(enrolmentId: $id, reason: $reason) { __typename ... on MutationRemoveParticipantSuccess { data { status endReason } } ... on Error { code field } }\n  }\n": types.TestRemoveParticipantDocument,
    "mutation TestWithdraw($cohortId: ID!) { withdrawFromCohort(cohortId: $cohortId) { __typename ... on MutationWithdrawFromCohortSuccess { data { status } } ... on Error { code } } }": types.TestWithdrawDocument,
    "mutation TestAccept($cohortId: ID!) { acceptWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationAcceptWaitlistOfferSuccess { data { status } } ... on Error { code } } }": types.TestAcceptDocument,
    "mutation TestDecline($cohortId: ID!) { declineWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationDeclineWaitlistOfferSuccess { data { status } } ... on Error { code } } }": types.TestDeclineDocument,
    "\n  query TestCohort($id: ID!) {\n    cohort(id: $id) {\n      title capacity status cancelReason placesTaken waitlistLength\n      sessions { id startsAt }\n      enrolments { id status priority volunteerName endReason attendancePercent outcome certificate { id number issuedAt } }\n    }\n  }\n": types.TestCohortDocument,
    "query TestMyEnrolments { myEnrolments { status waitlistPosition offerExpiresAt endReason outcome certificate { number } cohort { title } } }": types.TestMyEnrolmentsDocument,
    "\n  mutation TestSetWaitlistPriority($id: ID!, $priority: Int!, $reason: String!) {\n    setWaitlistPriority(enrolmentId: $id, priority: $priority, reason: $reason) { __typename ... on Error { code field } }\n  }\n": types.TestSetWaitlistPriorityDocument,
    "\n  mutation TestRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on MutationRecordAttendanceSuccess { data { status } } ... on Error { code field } }\n  }\n": types.TestRecordAttendanceDocument,
    "mutation TestCompleteCohort($id: ID!) { completeCohort(id: $id) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field } } }": types.TestCompleteCohortDocument,
    "\n  mutation TestRevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) { __typename ... on MutationRevokeCertificateSuccess { data { revokedAt revokedReason } } ... on Error { code } }\n  }\n": types.TestRevokeCertificateDocument,
    "\n  mutation TestCancelCohort($id: ID!, $reason: String!) {\n    cancelCohort(id: $id, reason: $reason) { __typename ... on MutationCancelCohortSuccess { data { status cancelReason } } ... on Error { code field } }\n  }\n": types.TestCancelCohortDocument,
    "\n  mutation TestInterview($id: ID!, $passed: Boolean!) {\n    recordAdmissionInterview(enrolmentId: $id, passed: $passed) { __typename ... on MutationRecordAdmissionInterviewSuccess { data { status } } ... on Error { code } }\n  }\n": types.TestInterviewDocument,
    "mutation TestRemoveCohortSession($id: ID!) { removeCohortSession(id: $id) { __typename ... on Error { code } } }": types.TestRemoveCohortSessionDocument,
    "query TestMyQualifications { myVolunteerProfile { qualifications { name grantedOn expiresOn revokedAt } } }": types.TestMyQualificationsDocument,
    "query TestCourseVersion($id: ID!) { node(id: $id) { ... on Course { version title } } }": types.TestCourseVersionDocument,
    "query TestCohortVersion($id: ID!) { cohort(id: $id) { version title sessions { id version sequence topic startsAt endsAt room } } }": types.TestCohortVersionDocument,
    "\n    mutation TestEditCourse($id: ID!, $input: CourseInput!, $v: String) {\n      updateCourse(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCourseSuccess { data { title version } } ... on Error { code field message } }\n    }\n  ": types.TestEditCourseDocument,
    "\n    mutation TestEditCohort($id: ID!, $input: CohortInput!, $v: String) {\n      updateCohort(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSuccess { data { title version } } ... on Error { code field message } }\n    }\n  ": types.TestEditCohortDocument,
    "\n    mutation TestEditSession($id: ID!, $input: CohortSessionInput!, $v: String) {\n      updateCohortSession(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSessionSuccess { data { topic version sequence } } ... on Error { code field message } }\n    }\n  ": types.TestEditSessionDocument,
    "mutation TestInviteTrainer($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on Error { code field message } } }": types.TestInviteTrainerDocument,
    "mutation TestSetTrainerPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename } }": types.TestSetTrainerPasswordDocument,
    "mutation TestResetCalendarFeed { resetCalendarFeed { __typename ... on MutationResetCalendarFeedSuccess { data } } }": types.TestResetCalendarFeedDocument,
    "query TestFeedState { myVolunteerProfile { calendarFeedActive } }": types.TestFeedStateDocument,
    "query TestCourseHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } cohort { id } note } } } }": types.TestCourseHoursDocument,
    "query TestTrainerWorkQueue { myWorkQueue { key role count href } }": types.TestTrainerWorkQueueDocument,
    "\n  query TestCohortsByNeed($filter: CohortsFilter) { cohorts(filter: $filter, first: 50) { totalCount edges { node { id title } } } }\n": types.TestCohortsByNeedDocument,
    "query TestInvitedUsers { users(filter: { status: INVITED }, first: 1) { totalCount } }": types.TestInvitedUsersDocument,
    "\n  mutation TestNachweisSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on Error { code } }\n  }\n": types.TestNachweisSettingsDocument,
    "query TestAllowanceActivities { activityTypes { id key name } myVolunteerProfile { id } }": types.TestAllowanceActivitiesDocument,
    "\n  mutation TestAllowancePay($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year kilometres centsPerKm receiptReference activity { key } } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestAllowancePayDocument,
    "\n  query TestAllowanceYear($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      limits { kind limitCents paidHereCents declaredElsewhereCents remainingCents }\n      pauschaleRemainingCents mileageCents expensesCents\n      declarations { id amountCents payer kind }\n    }\n  }\n": types.TestAllowanceYearDocument,
    "\n  mutation TestAllowanceDeclare($input: DeclareAllowanceElsewhereInput!) {\n    declareAllowanceElsewhere(input: $input) { __typename ... on MutationDeclareAllowanceElsewhereSuccess { data { id amountCents payer } } ... on Error { code field } }\n  }\n": types.TestAllowanceDeclareDocument,
    "\n  mutation TestAllowanceRemoveDeclaration($id: ID!) { removeAllowanceDeclaration(id: $id) { __typename ... on Error { code field } } }\n": types.TestAllowanceRemoveDeclarationDocument,
    "\n  mutation TestAllowanceSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { mileageCentsPerKm } } ... on Error { code field } }\n  }\n": types.TestAllowanceSettingsDocument,
    "\n  mutation TestConductRecord($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificates { inspectedOn issuedOn } } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestConductRecordDocument,
    "\n  mutation TestConductReject($id: ID!, $decision: ReviewDecision!, $reason: String) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason) { __typename ... on Error { code } }\n  }\n": types.TestConductRejectDocument,
    "mutation TestConductWithdraw { withdrawConsent { __typename ... on Error { code } } }": types.TestConductWithdrawDocument,
    "query TestConductDetail($id: ID!) { volunteer(id: $id) { conductCertificates { inspectedOn issuedOn hasRelevantEntry } } }": types.TestConductDetailDocument,
    "\n  query TestCardEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible meetsHours meetsDuration activeSince countsCourseAttendance\n      years { index from to hours averageHoursPerWeek meets decidedBy }\n    }\n  }\n": types.TestCardEligibilityDocument,
    "\n  mutation TestCardSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { ehrenamtskarte { minActiveYears validityYears countsCourseAttendance } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestCardSettingsDocument,
    "query TestCardActivities { activityTypes { id key } myVolunteerProfile { id } }": types.TestCardActivitiesDocument,
    "\n  mutation TestCardLogHours($input: HourLogInput!) {\n    logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id date } } ... on Error { code field message } }\n  }\n": types.TestCardLogHoursDocument,
    "\n  mutation TestImportEarlierHours($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {\n    importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) {\n      __typename\n      ... on MutationImportEarlierHoursSuccess { data { id date minutes status importReason reviewedByName } }\n      ... on Error { code field }\n    }\n  }\n": types.TestImportEarlierHoursDocument,
    "\n  mutation TestRecordCard($volunteerId: ID!, $issuedOn: String!, $previousIssuedOn: String) {\n    recordEhrenamtskarte(volunteerId: $volunteerId, issuedOn: $issuedOn, previousIssuedOn: $previousIssuedOn) {\n      __typename\n      ... on MutationRecordEhrenamtskarteSuccess { data { ehrenamtskarte { issuedOn expiresOn remindOn } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestRecordCardDocument,
    "query TestMyCard { myVolunteerProfile { ehrenamtskarte { issuedOn expiresOn remindOn } } }": types.TestMyCardDocument,
    "query TestActivityTypes { activityTypes { id key name } myVolunteerProfile { id } }": types.TestActivityTypesDocument,
    "\n  mutation TestLogHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id date minutes status note activityType { key } } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestLogHoursDocument,
    "\n  mutation TestLogCourseHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id cohort { id title } } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestLogCourseHoursDocument,
    "query TestOpenCohorts { cohorts(first: 5, filter: { status: OPEN }) { edges { node { id title } } } }": types.TestOpenCohortsDocument,
    "\n  mutation TestApplyForHours($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on Error { code } } }\n": types.TestApplyForHoursDocument,
    "\n  query TestReviewQueueCourse($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 50) { edges { node { id cohort { title } } } } }\n": types.TestReviewQueueCourseDocument,
    "\n  mutation TestUpdateHourLog($id: ID!, $input: HourLogInput!) {\n    updateHourLog(id: $id, input: $input) { __typename ... on MutationUpdateHourLogSuccess { data { minutes } } ... on Error { code field } }\n  }\n": types.TestUpdateHourLogDocument,
    "\n  mutation TestDeleteHourLog($id: ID!) { deleteHourLog(id: $id) { __typename ... on Error { code field } } }\n": types.TestDeleteHourLogDocument,
    "\n  query TestMyHourLogs($first: Int, $filter: HourLogsFilter) {\n    myHourLogs(first: $first, filter: $filter) { totalCount edges { node { id date minutes status } } }\n  }\n": types.TestMyHourLogsDocument,
    "\n  query TestHourLogs($filter: HourLogsFilter, $first: Int) {\n    hourLogs(filter: $filter, first: $first) { totalCount edges { node { id minutes status createdAt volunteer { name } } } }\n  }\n": types.TestHourLogsDocument,
    "\n  mutation TestReviewHourLogs($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {\n    reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {\n      __typename\n      ... on MutationReviewHourLogsSuccess { data { id status reviewReason } }\n      ... on Error { code field }\n    }\n  }\n": types.TestReviewHourLogsDocument,
    "\n  query TestHoursSummary($volunteerId: ID, $year: Int!) {\n    hoursSummary(volunteerId: $volunteerId, year: $year) {\n      year approvedMinutes pendingMinutes volunteerCount\n      months { month approvedMinutes pendingMinutes }\n      byActivity { activityType { key } approvedMinutes pendingMinutes }\n    }\n  }\n": types.TestHoursSummaryDocument,
    "\n  query TestEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible hoursLast12Months averageHoursPerWeek meetsHours activeSince activeYears meetsDuration requiredHoursPerYear requiredActiveYears\n    }\n  }\n": types.TestEligibilityDocument,
    "\n  query TestOwnEligibility {\n    myVolunteerProfile { id ehrenamtskarteEligibility { eligible hoursLast12Months activeSince meetsDuration requiredHoursPerYear } }\n  }\n": types.TestOwnEligibilityDocument,
    "\n  mutation TestRecordAllowancePayment($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year paidOn } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestRecordAllowancePaymentDocument,
    "\n  query TestAllowanceSummary($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      pauschaleLimitCents pauschaleCents expensesCents pauschaleRemainingCents payments { amountCents kind }\n    }\n  }\n": types.TestAllowanceSummaryDocument,
    "\n    query TestReviewRights($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 100) { edges { node { id canReview } } } }\n  ": types.TestReviewRightsDocument,
    "\n  query TestSignUpOptions($slug: String!) {\n    signUpOptions(organizationSlug: $slug) {\n      organizationName\n      topics { id name }\n      districts { id name latitude longitude }\n      consent { version text }\n    }\n  }\n": types.TestSignUpOptionsDocument,
    "\n  mutation TestRegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      __typename\n      ... on MutationRegisterVolunteerSuccess { data }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestRegisterVolunteerDocument,
    "\n  mutation TestVerifyEmail($token: String!) {\n    verifyEmail(token: $token) { __typename ... on Error { code field } }\n  }\n": types.TestVerifyEmailDocument,
    "\n  mutation TestResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email) { __typename ... on Error { code field } }\n  }\n": types.TestResendVerificationEmailDocument,
    "\n  query TestMyVolunteerProfile {\n    myVolunteerProfile {\n      id name status germanLevel offersInterpreting maxTandems phone consentVersion consentWithdrawnAt\n      languages { code level interpreting }\n      topics { name }\n      availability { weekday start end }\n      district { name }\n    }\n  }\n": types.TestMyVolunteerProfileDocument,
    "\n  mutation TestUpdateMyVolunteerProfile($input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyVolunteerProfileSuccess { data { name maxTandems languages { code level interpreting } topics { name } } }\n      ... on Error { code field }\n    }\n  }\n": types.TestUpdateMyVolunteerProfileDocument,
    "mutation TestWithdrawConsent { withdrawConsent { __typename ... on MutationWithdrawConsentSuccess { data { status consentWithdrawnAt } } } }": types.TestWithdrawConsentDocument,
    "\n  mutation TestGiveConsent($v: Int!) {\n    giveConsent(consentVersion: $v) { __typename ... on MutationGiveConsentSuccess { data { status consentWithdrawnAt } } ... on Error { code field } }\n  }\n": types.TestGiveConsentDocument,
    "\n  query TestVolunteers($filter: VolunteersFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status offersInterpreting conductCertificate { state validUntil } } }\n    }\n  }\n": types.TestVolunteersDocument,
    "\n  query TestVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id name status reviewReason emailVerified\n      conductCertificates { inspectedOn issuedOn hasRelevantEntry }\n      conductCertificate { state validUntil }\n    }\n  }\n": types.TestVolunteerDocument,
    "\n  mutation TestReviewVolunteer($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {\n      __typename\n      ... on MutationReviewVolunteerSuccess { data { status reviewReason } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestReviewVolunteerDocument,
    "\n  mutation TestPauseVolunteer($id: ID!) { pauseVolunteer(id: $id) { __typename ... on MutationPauseVolunteerSuccess { data { status } } ... on Error { code field } } }\n": types.TestPauseVolunteerDocument,
    "\n  mutation TestReactivateVolunteer($id: ID!) { reactivateVolunteer(id: $id) { __typename ... on MutationReactivateVolunteerSuccess { data { status } } ... on Error { code field } } }\n": types.TestReactivateVolunteerDocument,
    "\n  mutation TestRecordConductCertificate($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificate { state validUntil hasRelevantEntry } } }\n      ... on Error { code field message }\n    }\n  }\n": types.TestRecordConductCertificateDocument,
    "query TestReviewOptions { topics { id name } districts { id name } }": types.TestReviewOptionsDocument,
    "\n    mutation TestEndVolunteering($id: ID!, $reason: String) {\n      endVolunteering(id: $id, reason: $reason) { __typename ... on MutationEndVolunteeringSuccess { data { status endedAt } } ... on Error { code field } }\n    }\n  ": types.TestEndVolunteeringDocument,
    "query TestMyWorkQueue { myWorkQueue { key role count href } }": types.TestMyWorkQueueDocument,
    "\n  query TestQueueVolunteers($filter: VolunteersFilter) { volunteers(filter: $filter, first: 1) { totalCount } }\n": types.TestQueueVolunteersDocument,
    "query TestQueueHours { hourLogs(filter: { status: PENDING }, first: 1) { totalCount } }": types.TestQueueHoursDocument,
    "query TestQueueActivityTypes { activityTypes { id } }": types.TestQueueActivityTypesDocument,
    "\n  mutation TestQueueLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n": types.TestQueueLogHoursDocument,
    "\n  mutation TestQueueReview($id: ID!, $decision: ReviewDecision!) {\n    reviewVolunteer(id: $id, decision: $decision, worksWithChildren: false) { __typename ... on Error { code } }\n  }\n": types.TestQueueReviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCategoriesInLanguage { goodsCategories { id name nameTranslations { de en ar fa uk tr } } }"): (typeof documents)["query TestCategoriesInLanguage { goodsCategories { id name nameTranslations { de en ar fa uk tr } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateTranslatedCategory($name: String!, $nameTranslations: TranslationsInput) {\n    createGoodsCategory(name: $name, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationCreateGoodsCategorySuccess { data { id name nameTranslations { de ar uk } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateTranslatedCategory($name: String!, $nameTranslations: TranslationsInput) {\n    createGoodsCategory(name: $name, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationCreateGoodsCategorySuccess { data { id name nameTranslations { de ar uk } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTranslateCategory($id: ID!, $nameTranslations: TranslationsInput!) {\n    updateGoodsCategoryTranslations(id: $id, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationUpdateGoodsCategoryTranslationsSuccess { data { name nameTranslations { de en ar fa uk tr } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestTranslateCategory($id: ID!, $nameTranslations: TranslationsInput!) {\n    updateGoodsCategoryTranslations(id: $id, nameTranslations: $nameTranslations) {\n      __typename\n      ... on MutationUpdateGoodsCategoryTranslationsSuccess { data { name nameTranslations { de en ar fa uk tr } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on MutationSignInSuccess { data { roles user { email name } organization { name } } }\n      ... on TooManyAttemptsError { retryAfterSeconds }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on MutationSignInSuccess { data { roles user { email name } organization { name } } }\n      ... on TooManyAttemptsError { retryAfterSeconds }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMe { me { roles user { email locale } organization { slug } memberships { organization { id slug } roles } } }"): (typeof documents)["query TestMe { me { roles user { email locale } organization { slug } memberships { organization { id slug } roles } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestSignOut { signOut { __typename } }"): (typeof documents)["mutation TestSignOut { signOut { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRequestReset($email: String!) {\n    requestPasswordReset(email: $email) { __typename ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestRequestReset($email: String!) {\n    requestPasswordReset(email: $email) { __typename ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on MutationResetPasswordSuccess { data }\n      ... on Error { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      __typename\n      ... on MutationResetPasswordSuccess { data }\n      ... on Error { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      __typename\n      ... on MutationSwitchOrganizationSuccess { data { organization { slug } roles } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      __typename\n      ... on MutationSwitchOrganizationSuccess { data { organization { slug } roles } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n"): (typeof documents)["\n  mutation TestSetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestUsers($first: Int, $after: String, $filter: UsersFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email name roles status } }\n    }\n  }\n"): (typeof documents)["\n  query TestUsers($first: Int, $after: String, $filter: UsersFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email name roles status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on MutationInviteUserSuccess { data { id email roles status } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on MutationInviteUserSuccess { data { id email roles status } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      __typename\n      ... on MutationSetUserRolesSuccess { data { id roles } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      __typename\n      ... on MutationSetUserRolesSuccess { data { id roles } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      __typename\n      ... on MutationDeactivateUserSuccess { data { status } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      __typename\n      ... on MutationDeactivateUserSuccess { data { status } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { __typename ... on MutationReactivateUserSuccess { data { status } } }\n  }\n"): (typeof documents)["\n  mutation TestReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { __typename ... on MutationReactivateUserSuccess { data { status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAcceptInvitation($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation TestAcceptInvitation($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) { __typename ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMyUser { me { user { id } } }"): (typeof documents)["query TestMyUser { me { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMyAccount { me { roles user { id name email locale roles status createdAt } } }"): (typeof documents)["query TestMyAccount { me { roles user { id name email locale roles status createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetMyLocaleForMe($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n"): (typeof documents)["\n  mutation TestSetMyLocaleForMe($locale: Locale!) {\n    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestNotifyActivities { activityTypes { id key } }"): (typeof documents)["query TestNotifyActivities { activityTypes { id key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNotifyLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code field } } }\n"): (typeof documents)["\n  mutation TestNotifyLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNotifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind href params { name value } createdAt readAt } }\n    }\n    unreadNotificationCount\n    myWorkQueue { key count href }\n  }\n"): (typeof documents)["\n  query TestNotifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind href params { name value } createdAt readAt } }\n    }\n    unreadNotificationCount\n    myWorkQueue { key count href }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data { unreadCount } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data { unreadCount } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNotifyDonor($input: DonorInput!) { createDonor(input: $input) { __typename ... on MutationCreateDonorSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TestNotifyDonor($input: DonorInput!) { createDonor(input: $input) { __typename ... on MutationCreateDonorSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNotifyMoney($input: MoneyDonationInput!) {\n    recordMoneyDonation(input: $input) { __typename ... on MutationRecordMoneyDonationSuccess { data { id status } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestNotifyMoney($input: MoneyDonationInput!) {\n    recordMoneyDonation(input: $input) { __typename ... on MutationRecordMoneyDonationSuccess { data { id status } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTwoInstancesActivities { activityTypes { id key } }"): (typeof documents)["query TestTwoInstancesActivities { activityTypes { id key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTwoInstancesLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation TestTwoInstancesLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestOrganizationSettings { organizationSettings { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }"): (typeof documents)["query TestOrganizationSettings { organizationSettings { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateOrganizationSettingsSeen($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {\n    updateOrganizationSettings(input: $input, seen: $seen) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateOrganizationSettingsSeen($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {\n    updateOrganizationSettings(input: $input, seen: $seen) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestSettingsSwitchOrganization($id: ID!) { switchOrganization(organizationId: $id) { __typename } }"): (typeof documents)["mutation TestSettingsSwitchOrganization($id: ID!) { switchOrganization(organizationId: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestSettingsMyOrganizations { me { memberships { organization { id slug } } } }"): (typeof documents)["query TestSettingsMyOrganizations { me { memberships { organization { id slug } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestSettingsTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"): (typeof documents)["query TestSettingsTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TestSettingsCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TestSettingsCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsAddSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation TestSettingsAddSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestSettingsOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename } }"): (typeof documents)["mutation TestSettingsOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestSettingsApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename } }"): (typeof documents)["mutation TestSettingsApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestSettingsCohort($id: ID!) { cohort(id: $id) { sessions { id } enrolments { id } } }"): (typeof documents)["query TestSettingsCohort($id: ID!) { cohort(id: $id) { sessions { id } enrolments { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestSettingsRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestSettingsMyHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } } } } }"): (typeof documents)["query TestSettingsMyHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestRulesTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"): (typeof documents)["query TestRulesTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestRulesCohortDefaults { cohortDefaults { capacityMin capacityMax requiresInterview } }"): (typeof documents)["query TestRulesCohortDefaults { cohortDefaults { capacityMin capacityMax requiresInterview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesCreateCourse($input: CourseInput!) { createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TestRulesCreateCourse($input: CourseInput!) { createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id capacity requiresInterview } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRulesCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id capacity requiresInterview } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { capacity requiresInterview } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestRulesUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { capacity requiresInterview } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesAddSession($cohortId: ID!, $input: CohortSessionInput!) { addCohortSession(cohortId: $cohortId, input: $input) { __typename } }\n"): (typeof documents)["\n  mutation TestRulesAddSession($cohortId: ID!, $input: CohortSessionInput!) { addCohortSession(cohortId: $cohortId, input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestRulesOpen($id: ID!) { openEnrolment(id: $id) { __typename } }"): (typeof documents)["mutation TestRulesOpen($id: ID!) { openEnrolment(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestRulesApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { id status } } } }"): (typeof documents)["mutation TestRulesApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $sessionId, entries: $entries) { __typename } }\n"): (typeof documents)["\n  mutation TestRulesAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $sessionId, entries: $entries) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesComplete($id: ID!, $countOnlyHeldSessions: Boolean) {\n    completeCohort(id: $id, countOnlyHeldSessions: $countOnlyHeldSessions) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestRulesComplete($id: ID!, $countOnlyHeldSessions: Boolean) {\n    completeCohort(id: $id, countOnlyHeldSessions: $countOnlyHeldSessions) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRulesCohort($id: ID!) { cohort(id: $id) { status sessions { id startsAt } enrolments { volunteerName attendancePercent outcome certificate { number } } } }\n"): (typeof documents)["\n  query TestRulesCohort($id: ID!) { cohort(id: $id) { status sessions { id startsAt } enrolments { volunteerName attendancePercent outcome certificate { number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRulesSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { cohortCapacityMin cohortCapacityMax admissionInterviewByDefault } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestRulesSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { cohortCapacityMin cohortCapacityMax admissionInterviewByDefault } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTranslationTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"): (typeof documents)["query TestTranslationTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateTranslatedCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id version title titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateTranslatedCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id version title titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateTranslatedCourse($id: ID!, $input: CourseInput!, $expectedVersion: String) {\n    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCourseSuccess { data { version titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateTranslatedCourse($id: ID!, $input: CourseInput!, $expectedVersion: String) {\n    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCourseSuccess { data { version titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCourseInLanguage($id: ID!) { node(id: $id) { ... on Course { title description } } }"): (typeof documents)["query TestCourseInLanguage($id: ID!) { node(id: $id) { ... on Course { title description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCoursesInLanguage { courses { title description } }"): (typeof documents)["query TestCoursesInLanguage { courses { title description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTranslatedCourseCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestTranslatedCourseCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTranslatedCourseSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestTranslatedCourseSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestTranslatedCourseOpen($id: ID!) { openEnrolment(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TestTranslatedCourseOpen($id: ID!) { openEnrolment(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestTranslatedCourseApply($cohortId: ID!) {\n    applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { status } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestTranslatedCourseApply($cohortId: ID!) {\n    applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { status } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTranslatedCatalogue { cohorts(filter: { status: OPEN }) { edges { node { title course { title description } } } } }"): (typeof documents)["query TestTranslatedCatalogue { cohorts(filter: { status: OPEN }) { edges { node { title course { title description } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateCohortWithTranslations($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id version title titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateCohortWithTranslations($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) {\n      __typename\n      ... on MutationCreateCohortSuccess { data { id version title titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateCohortWithTranslations($id: ID!, $input: CohortInput!, $expectedVersion: String) {\n    updateCohort(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSuccess { data { version titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateCohortWithTranslations($id: ID!, $input: CohortInput!, $expectedVersion: String) {\n    updateCohort(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSuccess { data { version titleTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddSessionWithTranslations($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) {\n      __typename\n      ... on MutationAddCohortSessionSuccess { data { id version sequence topic topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAddSessionWithTranslations($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) {\n      __typename\n      ... on MutationAddCohortSessionSuccess { data { id version sequence topic topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateSessionWithTranslations($id: ID!, $input: CohortSessionInput!, $expectedVersion: String) {\n    updateCohortSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSessionSuccess { data { version sequence topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateSessionWithTranslations($id: ID!, $input: CohortSessionInput!, $expectedVersion: String) {\n    updateCohortSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      __typename\n      ... on MutationUpdateCohortSessionSuccess { data { version sequence topicTranslations { de en ar fa uk tr } } }\n      ... on Error { code field message }\n      ... on ValidationError { issues { field message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTrainerCohortTranslations($id: ID!) {\n    cohort(id: $id) { title titleTranslations { de en ar fa uk tr } sessions { topic topicTranslations { de en ar fa uk tr } } }\n  }\n"): (typeof documents)["\n  query TestTrainerCohortTranslations($id: ID!) {\n    cohort(id: $id) { title titleTranslations { de en ar fa uk tr } sessions { topic topicTranslations { de en ar fa uk tr } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestVolunteerCohortTranslations($id: ID!) { cohort(id: $id) { title sessions { topic } } }"): (typeof documents)["query TestVolunteerCohortTranslations($id: ID!) { cohort(id: $id) { title sessions { topic } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"): (typeof documents)["query TestTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id minimumAttendancePercent } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestCreateCourse($input: CourseInput!) {\n    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id minimumAttendancePercent } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id status offerHours trainers { name } } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestCreateCohort($courseId: ID!, $input: CohortInput!) {\n    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id status offerHours trainers { name } } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddCohortSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on MutationAddCohortSessionSuccess { data { id sequence } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestAddCohortSession($cohortId: ID!, $input: CohortSessionInput!) {\n    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on MutationAddCohortSessionSuccess { data { id sequence } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateCohortSession($id: ID!, $input: CohortSessionInput!) {\n    updateCohortSession(id: $id, input: $input) { __typename ... on MutationUpdateCohortSessionSuccess { data { sequence topic } } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateCohortSession($id: ID!, $input: CohortSessionInput!) {\n    updateCohortSession(id: $id, input: $input) { __typename ... on MutationUpdateCohortSessionSuccess { data { sequence topic } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename ... on MutationOpenEnrolmentSuccess { data { status } } ... on Error { code } } }"): (typeof documents)["mutation TestOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename ... on MutationOpenEnrolmentSuccess { data { status } } ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApplyToCohort($cohortId: ID!, $motivation: String) {\n    applyToCohort(cohortId: $cohortId, motivation: $motivation) {\n      __typename\n      ... on MutationApplyToCohortSuccess { data { id status waitlistPosition } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApplyToCohort($cohortId: ID!, $motivation: String) {\n    applyToCohort(cohortId: $cohortId, motivation: $motivation) {\n      __typename\n      ... on MutationApplyToCohortSuccess { data { id status waitlistPosition } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { title capacity placesTaken waitlistLength } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateCohort($id: ID!, $input: CohortInput!) {\n    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { title capacity placesTaken waitlistLength } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRemoveParticipant($id: ID!, $reason: String!) {\n    removeParticipant(enrolmentId: $id, reason: $reason) { __typename ... on MutationRemoveParticipantSuccess { data { status endReason } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestRemoveParticipant($id: ID!, $reason: String!) {\n    removeParticipant(enrolmentId: $id, reason: $reason) { __typename ... on MutationRemoveParticipantSuccess { data { status endReason } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestWithdraw($cohortId: ID!) { withdrawFromCohort(cohortId: $cohortId) { __typename ... on MutationWithdrawFromCohortSuccess { data { status } } ... on Error { code } } }"): (typeof documents)["mutation TestWithdraw($cohortId: ID!) { withdrawFromCohort(cohortId: $cohortId) { __typename ... on MutationWithdrawFromCohortSuccess { data { status } } ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestAccept($cohortId: ID!) { acceptWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationAcceptWaitlistOfferSuccess { data { status } } ... on Error { code } } }"): (typeof documents)["mutation TestAccept($cohortId: ID!) { acceptWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationAcceptWaitlistOfferSuccess { data { status } } ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestDecline($cohortId: ID!) { declineWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationDeclineWaitlistOfferSuccess { data { status } } ... on Error { code } } }"): (typeof documents)["mutation TestDecline($cohortId: ID!) { declineWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationDeclineWaitlistOfferSuccess { data { status } } ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCohort($id: ID!) {\n    cohort(id: $id) {\n      title capacity status cancelReason placesTaken waitlistLength\n      sessions { id startsAt }\n      enrolments { id status priority volunteerName endReason attendancePercent outcome certificate { id number issuedAt } }\n    }\n  }\n"): (typeof documents)["\n  query TestCohort($id: ID!) {\n    cohort(id: $id) {\n      title capacity status cancelReason placesTaken waitlistLength\n      sessions { id startsAt }\n      enrolments { id status priority volunteerName endReason attendancePercent outcome certificate { id number issuedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMyEnrolments { myEnrolments { status waitlistPosition offerExpiresAt endReason outcome certificate { number } cohort { title } } }"): (typeof documents)["query TestMyEnrolments { myEnrolments { status waitlistPosition offerExpiresAt endReason outcome certificate { number } cohort { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetWaitlistPriority($id: ID!, $priority: Int!, $reason: String!) {\n    setWaitlistPriority(enrolmentId: $id, priority: $priority, reason: $reason) { __typename ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestSetWaitlistPriority($id: ID!, $priority: Int!, $reason: String!) {\n    setWaitlistPriority(enrolmentId: $id, priority: $priority, reason: $reason) { __typename ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on MutationRecordAttendanceSuccess { data { status } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on MutationRecordAttendanceSuccess { data { status } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestCompleteCohort($id: ID!) { completeCohort(id: $id) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field } } }"): (typeof documents)["mutation TestCompleteCohort($id: ID!) { completeCohort(id: $id) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) { __typename ... on MutationRevokeCertificateSuccess { data { revokedAt revokedReason } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation TestRevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) { __typename ... on MutationRevokeCertificateSuccess { data { revokedAt revokedReason } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCancelCohort($id: ID!, $reason: String!) {\n    cancelCohort(id: $id, reason: $reason) { __typename ... on MutationCancelCohortSuccess { data { status cancelReason } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestCancelCohort($id: ID!, $reason: String!) {\n    cancelCohort(id: $id, reason: $reason) { __typename ... on MutationCancelCohortSuccess { data { status cancelReason } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInterview($id: ID!, $passed: Boolean!) {\n    recordAdmissionInterview(enrolmentId: $id, passed: $passed) { __typename ... on MutationRecordAdmissionInterviewSuccess { data { status } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation TestInterview($id: ID!, $passed: Boolean!) {\n    recordAdmissionInterview(enrolmentId: $id, passed: $passed) { __typename ... on MutationRecordAdmissionInterviewSuccess { data { status } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestRemoveCohortSession($id: ID!) { removeCohortSession(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TestRemoveCohortSession($id: ID!) { removeCohortSession(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMyQualifications { myVolunteerProfile { qualifications { name grantedOn expiresOn revokedAt } } }"): (typeof documents)["query TestMyQualifications { myVolunteerProfile { qualifications { name grantedOn expiresOn revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCourseVersion($id: ID!) { node(id: $id) { ... on Course { version title } } }"): (typeof documents)["query TestCourseVersion($id: ID!) { node(id: $id) { ... on Course { version title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCohortVersion($id: ID!) { cohort(id: $id) { version title sessions { id version sequence topic startsAt endsAt room } } }"): (typeof documents)["query TestCohortVersion($id: ID!) { cohort(id: $id) { version title sessions { id version sequence topic startsAt endsAt room } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestEditCourse($id: ID!, $input: CourseInput!, $v: String) {\n      updateCourse(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCourseSuccess { data { title version } } ... on Error { code field message } }\n    }\n  "): (typeof documents)["\n    mutation TestEditCourse($id: ID!, $input: CourseInput!, $v: String) {\n      updateCourse(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCourseSuccess { data { title version } } ... on Error { code field message } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestEditCohort($id: ID!, $input: CohortInput!, $v: String) {\n      updateCohort(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSuccess { data { title version } } ... on Error { code field message } }\n    }\n  "): (typeof documents)["\n    mutation TestEditCohort($id: ID!, $input: CohortInput!, $v: String) {\n      updateCohort(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSuccess { data { title version } } ... on Error { code field message } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestEditSession($id: ID!, $input: CohortSessionInput!, $v: String) {\n      updateCohortSession(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSessionSuccess { data { topic version sequence } } ... on Error { code field message } }\n    }\n  "): (typeof documents)["\n    mutation TestEditSession($id: ID!, $input: CohortSessionInput!, $v: String) {\n      updateCohortSession(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSessionSuccess { data { topic version sequence } } ... on Error { code field message } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestInviteTrainer($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on Error { code field message } } }"): (typeof documents)["mutation TestInviteTrainer($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on Error { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestSetTrainerPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename } }"): (typeof documents)["mutation TestSetTrainerPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestResetCalendarFeed { resetCalendarFeed { __typename ... on MutationResetCalendarFeedSuccess { data } } }"): (typeof documents)["mutation TestResetCalendarFeed { resetCalendarFeed { __typename ... on MutationResetCalendarFeedSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestFeedState { myVolunteerProfile { calendarFeedActive } }"): (typeof documents)["query TestFeedState { myVolunteerProfile { calendarFeedActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCourseHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } cohort { id } note } } } }"): (typeof documents)["query TestCourseHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } cohort { id } note } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestTrainerWorkQueue { myWorkQueue { key role count href } }"): (typeof documents)["query TestTrainerWorkQueue { myWorkQueue { key role count href } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCohortsByNeed($filter: CohortsFilter) { cohorts(filter: $filter, first: 50) { totalCount edges { node { id title } } } }\n"): (typeof documents)["\n  query TestCohortsByNeed($filter: CohortsFilter) { cohorts(filter: $filter, first: 50) { totalCount edges { node { id title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestInvitedUsers { users(filter: { status: INVITED }, first: 1) { totalCount } }"): (typeof documents)["query TestInvitedUsers { users(filter: { status: INVITED }, first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNachweisSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation TestNachweisSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestAllowanceActivities { activityTypes { id key name } myVolunteerProfile { id } }"): (typeof documents)["query TestAllowanceActivities { activityTypes { id key name } myVolunteerProfile { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAllowancePay($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year kilometres centsPerKm receiptReference activity { key } } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAllowancePay($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year kilometres centsPerKm receiptReference activity { key } } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestAllowanceYear($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      limits { kind limitCents paidHereCents declaredElsewhereCents remainingCents }\n      pauschaleRemainingCents mileageCents expensesCents\n      declarations { id amountCents payer kind }\n    }\n  }\n"): (typeof documents)["\n  query TestAllowanceYear($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      limits { kind limitCents paidHereCents declaredElsewhereCents remainingCents }\n      pauschaleRemainingCents mileageCents expensesCents\n      declarations { id amountCents payer kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAllowanceDeclare($input: DeclareAllowanceElsewhereInput!) {\n    declareAllowanceElsewhere(input: $input) { __typename ... on MutationDeclareAllowanceElsewhereSuccess { data { id amountCents payer } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestAllowanceDeclare($input: DeclareAllowanceElsewhereInput!) {\n    declareAllowanceElsewhere(input: $input) { __typename ... on MutationDeclareAllowanceElsewhereSuccess { data { id amountCents payer } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAllowanceRemoveDeclaration($id: ID!) { removeAllowanceDeclaration(id: $id) { __typename ... on Error { code field } } }\n"): (typeof documents)["\n  mutation TestAllowanceRemoveDeclaration($id: ID!) { removeAllowanceDeclaration(id: $id) { __typename ... on Error { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAllowanceSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { mileageCentsPerKm } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestAllowanceSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { mileageCentsPerKm } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConductRecord($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificates { inspectedOn issuedOn } } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestConductRecord($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificates { inspectedOn issuedOn } } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConductReject($id: ID!, $decision: ReviewDecision!, $reason: String) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason) { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation TestConductReject($id: ID!, $decision: ReviewDecision!, $reason: String) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason) { __typename ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestConductWithdraw { withdrawConsent { __typename ... on Error { code } } }"): (typeof documents)["mutation TestConductWithdraw { withdrawConsent { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestConductDetail($id: ID!) { volunteer(id: $id) { conductCertificates { inspectedOn issuedOn hasRelevantEntry } } }"): (typeof documents)["query TestConductDetail($id: ID!) { volunteer(id: $id) { conductCertificates { inspectedOn issuedOn hasRelevantEntry } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCardEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible meetsHours meetsDuration activeSince countsCourseAttendance\n      years { index from to hours averageHoursPerWeek meets decidedBy }\n    }\n  }\n"): (typeof documents)["\n  query TestCardEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible meetsHours meetsDuration activeSince countsCourseAttendance\n      years { index from to hours averageHoursPerWeek meets decidedBy }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCardSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { ehrenamtskarte { minActiveYears validityYears countsCourseAttendance } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCardSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      __typename\n      ... on MutationUpdateOrganizationSettingsSuccess { data { ehrenamtskarte { minActiveYears validityYears countsCourseAttendance } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestCardActivities { activityTypes { id key } myVolunteerProfile { id } }"): (typeof documents)["query TestCardActivities { activityTypes { id key } myVolunteerProfile { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCardLogHours($input: HourLogInput!) {\n    logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id date } } ... on Error { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestCardLogHours($input: HourLogInput!) {\n    logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id date } } ... on Error { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportEarlierHours($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {\n    importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) {\n      __typename\n      ... on MutationImportEarlierHoursSuccess { data { id date minutes status importReason reviewedByName } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestImportEarlierHours($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {\n    importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) {\n      __typename\n      ... on MutationImportEarlierHoursSuccess { data { id date minutes status importReason reviewedByName } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecordCard($volunteerId: ID!, $issuedOn: String!, $previousIssuedOn: String) {\n    recordEhrenamtskarte(volunteerId: $volunteerId, issuedOn: $issuedOn, previousIssuedOn: $previousIssuedOn) {\n      __typename\n      ... on MutationRecordEhrenamtskarteSuccess { data { ehrenamtskarte { issuedOn expiresOn remindOn } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRecordCard($volunteerId: ID!, $issuedOn: String!, $previousIssuedOn: String) {\n    recordEhrenamtskarte(volunteerId: $volunteerId, issuedOn: $issuedOn, previousIssuedOn: $previousIssuedOn) {\n      __typename\n      ... on MutationRecordEhrenamtskarteSuccess { data { ehrenamtskarte { issuedOn expiresOn remindOn } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMyCard { myVolunteerProfile { ehrenamtskarte { issuedOn expiresOn remindOn } } }"): (typeof documents)["query TestMyCard { myVolunteerProfile { ehrenamtskarte { issuedOn expiresOn remindOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestActivityTypes { activityTypes { id key name } myVolunteerProfile { id } }"): (typeof documents)["query TestActivityTypes { activityTypes { id key name } myVolunteerProfile { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id date minutes status note activityType { key } } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id date minutes status note activityType { key } } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogCourseHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id cohort { id title } } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogCourseHours($input: HourLogInput!) {\n    logHours(input: $input) {\n      __typename\n      ... on MutationLogHoursSuccess { data { id cohort { id title } } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestOpenCohorts { cohorts(first: 5, filter: { status: OPEN }) { edges { node { id title } } } }"): (typeof documents)["query TestOpenCohorts { cohorts(first: 5, filter: { status: OPEN }) { edges { node { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApplyForHours($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation TestApplyForHours($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestReviewQueueCourse($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 50) { edges { node { id cohort { title } } } } }\n"): (typeof documents)["\n  query TestReviewQueueCourse($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 50) { edges { node { id cohort { title } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateHourLog($id: ID!, $input: HourLogInput!) {\n    updateHourLog(id: $id, input: $input) { __typename ... on MutationUpdateHourLogSuccess { data { minutes } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateHourLog($id: ID!, $input: HourLogInput!) {\n    updateHourLog(id: $id, input: $input) { __typename ... on MutationUpdateHourLogSuccess { data { minutes } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeleteHourLog($id: ID!) { deleteHourLog(id: $id) { __typename ... on Error { code field } } }\n"): (typeof documents)["\n  mutation TestDeleteHourLog($id: ID!) { deleteHourLog(id: $id) { __typename ... on Error { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMyHourLogs($first: Int, $filter: HourLogsFilter) {\n    myHourLogs(first: $first, filter: $filter) { totalCount edges { node { id date minutes status } } }\n  }\n"): (typeof documents)["\n  query TestMyHourLogs($first: Int, $filter: HourLogsFilter) {\n    myHourLogs(first: $first, filter: $filter) { totalCount edges { node { id date minutes status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestHourLogs($filter: HourLogsFilter, $first: Int) {\n    hourLogs(filter: $filter, first: $first) { totalCount edges { node { id minutes status createdAt volunteer { name } } } }\n  }\n"): (typeof documents)["\n  query TestHourLogs($filter: HourLogsFilter, $first: Int) {\n    hourLogs(filter: $filter, first: $first) { totalCount edges { node { id minutes status createdAt volunteer { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReviewHourLogs($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {\n    reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {\n      __typename\n      ... on MutationReviewHourLogsSuccess { data { id status reviewReason } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestReviewHourLogs($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {\n    reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {\n      __typename\n      ... on MutationReviewHourLogsSuccess { data { id status reviewReason } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestHoursSummary($volunteerId: ID, $year: Int!) {\n    hoursSummary(volunteerId: $volunteerId, year: $year) {\n      year approvedMinutes pendingMinutes volunteerCount\n      months { month approvedMinutes pendingMinutes }\n      byActivity { activityType { key } approvedMinutes pendingMinutes }\n    }\n  }\n"): (typeof documents)["\n  query TestHoursSummary($volunteerId: ID, $year: Int!) {\n    hoursSummary(volunteerId: $volunteerId, year: $year) {\n      year approvedMinutes pendingMinutes volunteerCount\n      months { month approvedMinutes pendingMinutes }\n      byActivity { activityType { key } approvedMinutes pendingMinutes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible hoursLast12Months averageHoursPerWeek meetsHours activeSince activeYears meetsDuration requiredHoursPerYear requiredActiveYears\n    }\n  }\n"): (typeof documents)["\n  query TestEligibility($volunteerId: ID!) {\n    ehrenamtskarteEligibility(volunteerId: $volunteerId) {\n      eligible hoursLast12Months averageHoursPerWeek meetsHours activeSince activeYears meetsDuration requiredHoursPerYear requiredActiveYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestOwnEligibility {\n    myVolunteerProfile { id ehrenamtskarteEligibility { eligible hoursLast12Months activeSince meetsDuration requiredHoursPerYear } }\n  }\n"): (typeof documents)["\n  query TestOwnEligibility {\n    myVolunteerProfile { id ehrenamtskarteEligibility { eligible hoursLast12Months activeSince meetsDuration requiredHoursPerYear } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecordAllowancePayment($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year paidOn } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRecordAllowancePayment($input: AllowancePaymentInput!) {\n    recordAllowancePayment(input: $input) {\n      __typename\n      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year paidOn } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestAllowanceSummary($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      pauschaleLimitCents pauschaleCents expensesCents pauschaleRemainingCents payments { amountCents kind }\n    }\n  }\n"): (typeof documents)["\n  query TestAllowanceSummary($volunteerId: ID!, $year: Int!) {\n    allowanceSummary(volunteerId: $volunteerId, year: $year) {\n      pauschaleLimitCents pauschaleCents expensesCents pauschaleRemainingCents payments { amountCents kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TestReviewRights($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 100) { edges { node { id canReview } } } }\n  "): (typeof documents)["\n    query TestReviewRights($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 100) { edges { node { id canReview } } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSignUpOptions($slug: String!) {\n    signUpOptions(organizationSlug: $slug) {\n      organizationName\n      topics { id name }\n      districts { id name latitude longitude }\n      consent { version text }\n    }\n  }\n"): (typeof documents)["\n  query TestSignUpOptions($slug: String!) {\n    signUpOptions(organizationSlug: $slug) {\n      organizationName\n      topics { id name }\n      districts { id name latitude longitude }\n      consent { version text }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      __typename\n      ... on MutationRegisterVolunteerSuccess { data }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      __typename\n      ... on MutationRegisterVolunteerSuccess { data }\n      ... on ValidationError { issues { field message } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestVerifyEmail($token: String!) {\n    verifyEmail(token: $token) { __typename ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestVerifyEmail($token: String!) {\n    verifyEmail(token: $token) { __typename ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email) { __typename ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email) { __typename ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMyVolunteerProfile {\n    myVolunteerProfile {\n      id name status germanLevel offersInterpreting maxTandems phone consentVersion consentWithdrawnAt\n      languages { code level interpreting }\n      topics { name }\n      availability { weekday start end }\n      district { name }\n    }\n  }\n"): (typeof documents)["\n  query TestMyVolunteerProfile {\n    myVolunteerProfile {\n      id name status germanLevel offersInterpreting maxTandems phone consentVersion consentWithdrawnAt\n      languages { code level interpreting }\n      topics { name }\n      availability { weekday start end }\n      district { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateMyVolunteerProfile($input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyVolunteerProfileSuccess { data { name maxTandems languages { code level interpreting } topics { name } } }\n      ... on Error { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateMyVolunteerProfile($input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyVolunteerProfileSuccess { data { name maxTandems languages { code level interpreting } topics { name } } }\n      ... on Error { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestWithdrawConsent { withdrawConsent { __typename ... on MutationWithdrawConsentSuccess { data { status consentWithdrawnAt } } } }"): (typeof documents)["mutation TestWithdrawConsent { withdrawConsent { __typename ... on MutationWithdrawConsentSuccess { data { status consentWithdrawnAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGiveConsent($v: Int!) {\n    giveConsent(consentVersion: $v) { __typename ... on MutationGiveConsentSuccess { data { status consentWithdrawnAt } } ... on Error { code field } }\n  }\n"): (typeof documents)["\n  mutation TestGiveConsent($v: Int!) {\n    giveConsent(consentVersion: $v) { __typename ... on MutationGiveConsentSuccess { data { status consentWithdrawnAt } } ... on Error { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestVolunteers($filter: VolunteersFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status offersInterpreting conductCertificate { state validUntil } } }\n    }\n  }\n"): (typeof documents)["\n  query TestVolunteers($filter: VolunteersFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status offersInterpreting conductCertificate { state validUntil } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id name status reviewReason emailVerified\n      conductCertificates { inspectedOn issuedOn hasRelevantEntry }\n      conductCertificate { state validUntil }\n    }\n  }\n"): (typeof documents)["\n  query TestVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id name status reviewReason emailVerified\n      conductCertificates { inspectedOn issuedOn hasRelevantEntry }\n      conductCertificate { state validUntil }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReviewVolunteer($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {\n      __typename\n      ... on MutationReviewVolunteerSuccess { data { status reviewReason } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestReviewVolunteer($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {\n    reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {\n      __typename\n      ... on MutationReviewVolunteerSuccess { data { status reviewReason } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPauseVolunteer($id: ID!) { pauseVolunteer(id: $id) { __typename ... on MutationPauseVolunteerSuccess { data { status } } ... on Error { code field } } }\n"): (typeof documents)["\n  mutation TestPauseVolunteer($id: ID!) { pauseVolunteer(id: $id) { __typename ... on MutationPauseVolunteerSuccess { data { status } } ... on Error { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReactivateVolunteer($id: ID!) { reactivateVolunteer(id: $id) { __typename ... on MutationReactivateVolunteerSuccess { data { status } } ... on Error { code field } } }\n"): (typeof documents)["\n  mutation TestReactivateVolunteer($id: ID!) { reactivateVolunteer(id: $id) { __typename ... on MutationReactivateVolunteerSuccess { data { status } } ... on Error { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecordConductCertificate($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificate { state validUntil hasRelevantEntry } } }\n      ... on Error { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRecordConductCertificate($volunteerId: ID!, $input: ConductCertificateInput!) {\n    recordConductCertificate(volunteerId: $volunteerId, input: $input) {\n      __typename\n      ... on MutationRecordConductCertificateSuccess { data { conductCertificate { state validUntil hasRelevantEntry } } }\n      ... on Error { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestReviewOptions { topics { id name } districts { id name } }"): (typeof documents)["query TestReviewOptions { topics { id name } districts { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestEndVolunteering($id: ID!, $reason: String) {\n      endVolunteering(id: $id, reason: $reason) { __typename ... on MutationEndVolunteeringSuccess { data { status endedAt } } ... on Error { code field } }\n    }\n  "): (typeof documents)["\n    mutation TestEndVolunteering($id: ID!, $reason: String) {\n      endVolunteering(id: $id, reason: $reason) { __typename ... on MutationEndVolunteeringSuccess { data { status endedAt } } ... on Error { code field } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMyWorkQueue { myWorkQueue { key role count href } }"): (typeof documents)["query TestMyWorkQueue { myWorkQueue { key role count href } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestQueueVolunteers($filter: VolunteersFilter) { volunteers(filter: $filter, first: 1) { totalCount } }\n"): (typeof documents)["\n  query TestQueueVolunteers($filter: VolunteersFilter) { volunteers(filter: $filter, first: 1) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestQueueHours { hourLogs(filter: { status: PENDING }, first: 1) { totalCount } }"): (typeof documents)["query TestQueueHours { hourLogs(filter: { status: PENDING }, first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestQueueActivityTypes { activityTypes { id } }"): (typeof documents)["query TestQueueActivityTypes { activityTypes { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestQueueLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation TestQueueLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestQueueReview($id: ID!, $decision: ReviewDecision!) {\n    reviewVolunteer(id: $id, decision: $decision, worksWithChildren: false) { __typename ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation TestQueueReview($id: ID!, $decision: ReviewDecision!) {\n    reviewVolunteer(id: $id, decision: $decision, worksWithChildren: false) { __typename ... on Error { code } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;