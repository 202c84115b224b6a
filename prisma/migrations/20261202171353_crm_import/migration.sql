-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('DRY_RUN', 'COMMITTED', 'UNDONE');

-- CreateEnum
CREATE TYPE "ExternalRecordKind" AS ENUM ('DEAL', 'PERSON');

-- CreateEnum
CREATE TYPE "SourceMappingKind" AS ENUM ('DEALS_COLUMN', 'PEOPLE_COLUMN', 'HISTORY_COLUMN', 'STAGE', 'OWNER');

-- AlterTable
ALTER TABLE "DealEvent" ADD COLUMN     "importRunId" TEXT,
ADD COLUMN     "imported" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL,
    "actorId" TEXT,
    "files" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "counts" JSONB NOT NULL,
    "problems" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportChange" (
    "id" SERIAL NOT NULL,
    "importRunId" TEXT NOT NULL,
    "kind" "ExternalRecordKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,

    CONSTRAINT "ImportChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalRecord" (
    "source" TEXT NOT NULL,
    "kind" "ExternalRecordKind" NOT NULL,
    "externalId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalRecord_pkey" PRIMARY KEY ("source","kind","externalId")
);

-- CreateTable
CREATE TABLE "SourceMapping" (
    "source" TEXT NOT NULL,
    "kind" "SourceMappingKind" NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SourceMapping_pkey" PRIMARY KEY ("source","kind","key")
);

-- CreateIndex
CREATE INDEX "ImportRun_createdAt_idx" ON "ImportRun"("createdAt");

-- CreateIndex
CREATE INDEX "ImportChange_importRunId_idx" ON "ImportChange"("importRunId");

-- CreateIndex
CREATE INDEX "ExternalRecord_kind_recordId_idx" ON "ExternalRecord"("kind", "recordId");

-- CreateIndex
CREATE INDEX "DealEvent_importRunId_idx" ON "DealEvent"("importRunId");

-- AddForeignKey
ALTER TABLE "ImportChange" ADD CONSTRAINT "ImportChange_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
