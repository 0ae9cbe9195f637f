-- Volunteer-facing training texts per language (issue 10): a cohort's title, a session's
-- topic and a course's topics can carry translations as course titles do (migration
-- course_category_translations); a volunteer reads them in their language, German where
-- none is given.

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "topicTranslations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "titleTranslations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "CohortSession" ADD COLUMN     "topicTranslations" JSONB NOT NULL DEFAULT '{}';
