-- CreateIndex
CREATE INDEX "Deal_teamId_stage_closedAt_idx" ON "Deal"("teamId", "stage", "closedAt");

-- CreateIndex
CREATE INDEX "Deal_expectedCloseDate_idx" ON "Deal"("expectedCloseDate");

-- CreateIndex
CREATE INDEX "MonthlyGoal_month_idx" ON "MonthlyGoal"("month");
