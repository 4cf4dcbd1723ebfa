-- CreateTable
CREATE TABLE "ServiceToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "allApps" BOOLEAN NOT NULL DEFAULT false,
    "environments" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    "lastUsedIp" TEXT,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    CONSTRAINT "ServiceToken_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceTokenApp" (
    "tokenId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,

    PRIMARY KEY ("tokenId", "appId"),
    CONSTRAINT "ServiceTokenApp_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ServiceToken" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceTokenApp_appId_fkey" FOREIGN KEY ("appId") REFERENCES "VaultApp" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetLabel" TEXT NOT NULL,
    "detail" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "serviceTokenId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEntry_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_serviceTokenId_fkey" FOREIGN KEY ("serviceTokenId") REFERENCES "ServiceToken" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEntry" ("action", "actorId", "createdAt", "detail", "id", "ip", "targetId", "targetLabel", "targetType", "teamId", "userAgent") SELECT "action", "actorId", "createdAt", "detail", "id", "ip", "targetId", "targetLabel", "targetType", "teamId", "userAgent" FROM "AuditEntry";
DROP TABLE "AuditEntry";
ALTER TABLE "new_AuditEntry" RENAME TO "AuditEntry";
CREATE INDEX "AuditEntry_teamId_createdAt_idx" ON "AuditEntry"("teamId", "createdAt");
CREATE INDEX "AuditEntry_teamId_actorId_idx" ON "AuditEntry"("teamId", "actorId");
CREATE INDEX "AuditEntry_teamId_serviceTokenId_idx" ON "AuditEntry"("teamId", "serviceTokenId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ServiceToken_prefix_key" ON "ServiceToken"("prefix");

-- CreateIndex
CREATE INDEX "ServiceToken_teamId_createdAt_idx" ON "ServiceToken"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceTokenApp_appId_idx" ON "ServiceTokenApp"("appId");

