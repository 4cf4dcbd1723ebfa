-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "serviceTokenId" TEXT;

-- CreateTable
CREATE TABLE "ServiceToken" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "allApps" BOOLEAN NOT NULL DEFAULT false,
    "environments" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "lastUsedIp" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "ServiceToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTokenApp" (
    "tokenId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,

    CONSTRAINT "ServiceTokenApp_pkey" PRIMARY KEY ("tokenId","appId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceToken_prefix_key" ON "ServiceToken"("prefix");

-- CreateIndex
CREATE INDEX "ServiceToken_teamId_createdAt_idx" ON "ServiceToken"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceTokenApp_appId_idx" ON "ServiceTokenApp"("appId");

-- CreateIndex
CREATE INDEX "AuditEntry_teamId_serviceTokenId_idx" ON "AuditEntry"("teamId", "serviceTokenId");

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_serviceTokenId_fkey" FOREIGN KEY ("serviceTokenId") REFERENCES "ServiceToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceToken" ADD CONSTRAINT "ServiceToken_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceToken" ADD CONSTRAINT "ServiceToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTokenApp" ADD CONSTRAINT "ServiceTokenApp_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ServiceToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTokenApp" ADD CONSTRAINT "ServiceTokenApp_appId_fkey" FOREIGN KEY ("appId") REFERENCES "VaultApp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

