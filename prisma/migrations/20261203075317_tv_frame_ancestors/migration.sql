-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "tvFrameAncestors" TEXT[] DEFAULT ARRAY[]::TEXT[];
