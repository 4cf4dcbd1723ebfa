-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('viewer', 'member', 'admin', 'owner');

-- DropIndex
DROP INDEX "Account_userId_idx";

-- AlterTable
ALTER TABLE "SandboxApp" ADD COLUMN     "clientType" TEXT NOT NULL DEFAULT 'confidential',
ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "SandboxUser" ADD COLUMN     "passwordHash" TEXT;

-- AlterTable
ALTER TABLE "SandboxToken" ADD COLUMN     "familyId" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isPersonal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "SandboxAccountKey" (
    "keyHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxAccountKey_pkey" PRIMARY KEY ("keyHash")
);

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "SandboxAccountKey_userId_idx" ON "SandboxAccountKey"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_userId_provider_key" ON "Account"("userId", "provider");

-- CreateIndex
CREATE INDEX "Session_expires_idx" ON "Session"("expires");

-- CreateIndex
CREATE INDEX "SandboxApp_ownerId_idx" ON "SandboxApp"("ownerId");

-- CreateIndex
CREATE INDEX "SandboxAuthCode_expiresAt_idx" ON "SandboxAuthCode"("expiresAt");

-- CreateIndex
CREATE INDEX "SandboxToken_familyId_idx" ON "SandboxToken"("familyId");

-- CreateIndex
CREATE INDEX "SandboxToken_expiresAt_idx" ON "SandboxToken"("expiresAt");

-- CreateIndex
CREATE INDEX "SandboxNonce_timestamp_idx" ON "SandboxNonce"("timestamp");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxApp" ADD CONSTRAINT "SandboxApp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SandboxAccountKey" ADD CONSTRAINT "SandboxAccountKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SandboxUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

