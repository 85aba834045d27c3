-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "userId" INTEGER,
    "sourceId" INTEGER,
    "correctionId" INTEGER,
    "restoredFromId" INTEGER,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Revision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Revision_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "lat" REAL,
    "lng" REAL,
    "accuracyM" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "reason" TEXT,
    "lang" TEXT NOT NULL DEFAULT 'zh',
    "addressHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" INTEGER,
    "reviewedAt" DATETIME,
    CONSTRAINT "Correction_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Correction_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HomestayNumber" (
    "number" TEXT NOT NULL PRIMARY KEY,
    "villageId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HomestayNumber_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HomestayNumber_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "red" BOOLEAN NOT NULL DEFAULT false,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "pinyin" TEXT NOT NULL,
    "villageId" INTEGER,
    "status" TEXT NOT NULL,
    "statusYear" INTEGER,
    "statusNoteZh" TEXT,
    "statusNoteEn" TEXT,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "lat" REAL,
    "lng" REAL,
    "precision" TEXT NOT NULL,
    "precisionRadiusM" INTEGER NOT NULL,
    "locationNoteZh" TEXT NOT NULL,
    "locationNoteEn" TEXT,
    "visitMinutes" INTEGER,
    "visitMinutesEstimated" BOOLEAN NOT NULL DEFAULT true,
    "visitWindow" TEXT NOT NULL DEFAULT 'any',
    "openingHours" TEXT,
    "studyNoteZh" TEXT,
    "studyNoteEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "locationSourceId" INTEGER,
    "statusSourceId" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Place_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Place_locationSourceId_fkey" FOREIGN KEY ("locationSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Place_statusSourceId_fkey" FOREIGN KEY ("statusSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Place" ("descriptionEn", "descriptionZh", "id", "kind", "lat", "lng", "locationNoteEn", "locationNoteZh", "nameEn", "nameZh", "openingHours", "pinyin", "precision", "precisionRadiusM", "red", "slug", "sortOrder", "status", "statusNoteEn", "statusNoteZh", "statusYear", "studyNoteEn", "studyNoteZh", "summaryEn", "summaryZh", "updatedAt", "villageId", "visitMinutes") SELECT "descriptionEn", "descriptionZh", "id", "kind", "lat", "lng", "locationNoteEn", "locationNoteZh", "nameEn", "nameZh", "openingHours", "pinyin", "precision", "precisionRadiusM", "red", "slug", "sortOrder", "status", "statusNoteEn", "statusNoteZh", "statusYear", "studyNoteEn", "studyNoteZh", "summaryEn", "summaryZh", "updatedAt", "villageId", "visitMinutes" FROM "Place";
DROP TABLE "Place";
ALTER TABLE "new_Place" RENAME TO "Place";
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");
CREATE INDEX "Place_kind_idx" ON "Place"("kind");
CREATE INDEX "Place_villageId_idx" ON "Place"("villageId");
CREATE INDEX "Place_archivedAt_idx" ON "Place"("archivedAt");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'publication',
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published" TEXT,
    "confidence" TEXT NOT NULL,
    "surveyedById" INTEGER,
    "surveyedOn" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_surveyedById_fkey" FOREIGN KEY ("surveyedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("confidence", "id", "key", "published", "publisher", "title", "url") SELECT "confidence", "id", "key", "published", "publisher", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "User_name_key" ON "User"("name");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "RateLimitHit_bucket_key_at_idx" ON "RateLimitHit"("bucket", "key", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_placeId_version_key" ON "Revision"("placeId", "version");

-- CreateIndex
CREATE INDEX "Correction_status_idx" ON "Correction"("status");

-- CreateIndex
CREATE INDEX "Correction_placeId_idx" ON "Correction"("placeId");

-- CreateIndex
CREATE UNIQUE INDEX "HomestayNumber_placeId_key" ON "HomestayNumber"("placeId");

-- CreateIndex
CREATE UNIQUE INDEX "HomestayNumber_villageId_seq_key" ON "HomestayNumber"("villageId", "seq");


