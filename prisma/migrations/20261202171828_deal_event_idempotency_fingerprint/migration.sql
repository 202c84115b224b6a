-- AlterTable
ALTER TABLE "DealEvent" ADD COLUMN     "idempotencyFingerprint" TEXT;
