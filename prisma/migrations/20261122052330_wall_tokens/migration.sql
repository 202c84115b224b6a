-- CreateEnum
CREATE TYPE "WallScope" AS ENUM ('OFFICE', 'COMPANY');

-- CreateTable
CREATE TABLE "WallToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "WallScope" NOT NULL,
    "officeId" TEXT,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WallToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WallToken_tokenHash_key" ON "WallToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "WallToken" ADD CONSTRAINT "WallToken_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WallToken" ADD CONSTRAINT "WallToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
