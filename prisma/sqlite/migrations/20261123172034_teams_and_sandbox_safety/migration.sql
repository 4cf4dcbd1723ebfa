-- DropIndex
DROP INDEX "Account_userId_idx";

-- AlterTable
ALTER TABLE "SandboxUser" ADD COLUMN "passwordHash" TEXT;

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "isPersonal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("teamId", "userId"),
    CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SandboxAccountKey" (
    "keyHash" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SandboxAccountKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SandboxUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SandboxApp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "clientType" TEXT NOT NULL DEFAULT 'confidential',
    "name" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretHash" TEXT NOT NULL,
    "redirectUris" TEXT NOT NULL,
    "consumerKey" TEXT NOT NULL,
    "consumerSecretSealed" TEXT NOT NULL,
    "bearerTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SandboxApp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SandboxApp" ("bearerTokenHash", "clientId", "clientSecretHash", "consumerKey", "consumerSecretSealed", "createdAt", "id", "name", "redirectUris") SELECT "bearerTokenHash", "clientId", "clientSecretHash", "consumerKey", "consumerSecretSealed", "createdAt", "id", "name", "redirectUris" FROM "SandboxApp";
DROP TABLE "SandboxApp";
ALTER TABLE "new_SandboxApp" RENAME TO "SandboxApp";
CREATE UNIQUE INDEX "SandboxApp_clientId_key" ON "SandboxApp"("clientId");
CREATE UNIQUE INDEX "SandboxApp_consumerKey_key" ON "SandboxApp"("consumerKey");
CREATE UNIQUE INDEX "SandboxApp_bearerTokenHash_key" ON "SandboxApp"("bearerTokenHash");
CREATE INDEX "SandboxApp_ownerId_idx" ON "SandboxApp"("ownerId");
CREATE TABLE "new_SandboxToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SandboxToken_appId_fkey" FOREIGN KEY ("appId") REFERENCES "SandboxApp" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SandboxToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "SandboxUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SandboxToken" ("appId", "createdAt", "expiresAt", "kind", "revokedAt", "scope", "tokenHash", "userId") SELECT "appId", "createdAt", "expiresAt", "kind", "revokedAt", "scope", "tokenHash", "userId" FROM "SandboxToken";
DROP TABLE "SandboxToken";
ALTER TABLE "new_SandboxToken" RENAME TO "SandboxToken";
CREATE INDEX "SandboxToken_appId_userId_idx" ON "SandboxToken"("appId", "userId");
CREATE INDEX "SandboxToken_familyId_idx" ON "SandboxToken"("familyId");
CREATE INDEX "SandboxToken_expiresAt_idx" ON "SandboxToken"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "SandboxAccountKey_userId_idx" ON "SandboxAccountKey"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_userId_provider_key" ON "Account"("userId", "provider");

-- CreateIndex
CREATE INDEX "Session_expires_idx" ON "Session"("expires");

-- CreateIndex
CREATE INDEX "SandboxAuthCode_expiresAt_idx" ON "SandboxAuthCode"("expiresAt");

-- CreateIndex
CREATE INDEX "SandboxNonce_timestamp_idx" ON "SandboxNonce"("timestamp");

