-- CreateEnum
CREATE TYPE "WebhookEventState" AS ENUM ('PENDING', 'APPLIED', 'STALE', 'FAILED');

-- CreateTable
CREATE TABLE "IntegrationConnection" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "previousSecretCiphertext" TEXT,
    "previousSecretHash" TEXT,
    "previousSecretExpiresAt" TIMESTAMPTZ(3),
    "basicUsername" TEXT,
    "salesforceOrganizationId" TEXT,
    "acceptsLegacySignatures" BOOLEAN NOT NULL DEFAULT false,
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 6000,
    "pausedAt" TIMESTAMPTZ(3),
    "actorUserId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IntegrationConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "error" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "duplicateCount" INTEGER NOT NULL DEFAULT 0,
    "dealIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "sourceEventId" TEXT NOT NULL,
    "externalDealId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "change" JSONB NOT NULL,
    "state" "WebhookEventState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "dealId" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationDeal" (
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "dealId" TEXT,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "connectionId" TEXT,
    "unassignedSince" TIMESTAMPTZ(3),
    "unassignedReason" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IntegrationDeal_pkey" PRIMARY KEY ("source","externalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationConnection_actorUserId_key" ON "IntegrationConnection"("actorUserId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_connectionId_receivedAt_idx" ON "WebhookDelivery"("connectionId", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_state_availableAt_idx" ON "WebhookEvent"("state", "availableAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_deliveryId_idx" ON "WebhookEvent"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_connectionId_sourceEventId_key" ON "WebhookEvent"("connectionId", "sourceEventId");

-- CreateIndex
CREATE INDEX "IntegrationDeal_unassignedSince_idx" ON "IntegrationDeal"("unassignedSince");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
