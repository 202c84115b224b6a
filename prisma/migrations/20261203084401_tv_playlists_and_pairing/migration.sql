-- AlterTable
ALTER TABLE "WallToken" ADD COLUMN     "playlist" JSONB;

-- CreateTable
CREATE TABLE "TvPairing" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "claimedAt" TIMESTAMPTZ(3),
    "wallTokenId" TEXT,
    "deliveryPath" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TvPairing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TvPairing_codeHash_expiresAt_idx" ON "TvPairing"("codeHash", "expiresAt");

-- AddForeignKey
ALTER TABLE "TvPairing" ADD CONSTRAINT "TvPairing_wallTokenId_fkey" FOREIGN KEY ("wallTokenId") REFERENCES "WallToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
