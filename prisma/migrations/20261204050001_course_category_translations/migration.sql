-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "descriptionTranslations" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "titleTranslations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "GoodsCategory" ADD COLUMN     "nameTranslations" JSONB NOT NULL DEFAULT '{}';
