-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('CALL', 'EMAIL', 'MEETING', 'NOTE');

-- AlterEnum
ALTER TYPE "DealEventType" ADD VALUE 'ACTIVITY_LOGGED';

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "contacts" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "lastActivityAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastActivityNote" TEXT,
ADD COLUMN     "lastActivityType" "ActivityType",
ADD COLUMN     "nextStep" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nextStepDueOn" DATE;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "staleAfterDaysBacklog" INTEGER,
ADD COLUMN     "staleAfterDaysInProgress" INTEGER,
ADD COLUMN     "staleAfterDaysTodo" INTEGER;
