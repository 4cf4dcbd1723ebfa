-- CreateEnum
CREATE TYPE "AppEnvironment" AS ENUM ('development', 'staging', 'production');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "activeKeyVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "staleAfterDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "TeamKey" (
    "teamId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "wrapped" BYTEA NOT NULL,
    "masterKeyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rewrappedAt" TIMESTAMP(3),

    CONSTRAINT "TeamKey_pkey" PRIMARY KEY ("teamId","version")
);

-- CreateTable
CREATE TABLE "VaultApp" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "twitterAppId" TEXT,
    "environment" "AppEnvironment" NOT NULL,
    "accessLevel" TEXT,
    "notes" TEXT,
    "apiTarget" TEXT NOT NULL DEFAULT 'twitter',
    "rotateBy" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "secretsChangedAt" TIMESTAMP(3),
    "lastTestedAt" TIMESTAMP(3),
    "lastTestOk" BOOLEAN,
    "lastTestSummary" TEXT,

    CONSTRAINT "VaultApp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CredentialField" (
    "id" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "ciphertext" BYTEA NOT NULL,
    "keyVersion" INTEGER NOT NULL,
    "hint" TEXT NOT NULL DEFAULT '',
    "length" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "CredentialField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetLabel" TEXT NOT NULL,
    "detail" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamKey_masterKeyId_idx" ON "TeamKey"("masterKeyId");

-- CreateIndex
CREATE INDEX "VaultApp_teamId_idx" ON "VaultApp"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "VaultApp_teamId_name_key" ON "VaultApp"("teamId", "name");

-- CreateIndex
CREATE INDEX "CredentialField_teamId_keyVersion_idx" ON "CredentialField"("teamId", "keyVersion");

-- CreateIndex
CREATE UNIQUE INDEX "CredentialField_appId_name_key" ON "CredentialField"("appId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Invite_teamId_idx" ON "Invite"("teamId");

-- CreateIndex
CREATE INDEX "AuditEntry_teamId_createdAt_idx" ON "AuditEntry"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_teamId_actorId_idx" ON "AuditEntry"("teamId", "actorId");

-- AddForeignKey
ALTER TABLE "TeamKey" ADD CONSTRAINT "TeamKey_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VaultApp" ADD CONSTRAINT "VaultApp_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialField" ADD CONSTRAINT "CredentialField_appId_fkey" FOREIGN KEY ("appId") REFERENCES "VaultApp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

