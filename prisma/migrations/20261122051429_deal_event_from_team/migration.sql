-- AlterTable
ALTER TABLE "DealEvent" ADD COLUMN     "fromTeamId" TEXT;

-- CreateIndex
CREATE INDEX "DealEvent_fromTeamId_sequence_idx" ON "DealEvent"("fromTeamId", "sequence");
