-- CreateTable
CREATE TABLE "PlannedHire" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "personId" TEXT,
    "rampOverride" JSONB,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlannedHire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastSettings" (
    "id" TEXT NOT NULL DEFAULT 'forecast',
    "rampOverride" JSONB,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForecastSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastRun" (
    "id" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "months" INTEGER NOT NULL,
    "runs" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" TEXT,
    "reportingCurrency" CHAR(3) NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlannedHire_teamId_idx" ON "PlannedHire"("teamId");

-- CreateIndex
CREATE INDEX "ForecastRun_asOf_idx" ON "ForecastRun"("asOf");

-- AddForeignKey
ALTER TABLE "PlannedHire" ADD CONSTRAINT "PlannedHire_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedHire" ADD CONSTRAINT "PlannedHire_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
