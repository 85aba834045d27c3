-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "publisherPageUnknown" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Source_surveyedById_fkey" FOREIGN KEY ("surveyedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("confidence", "createdAt", "id", "key", "kind", "published", "publisher", "surveyedById", "surveyedOn", "title", "url") SELECT "confidence", "createdAt", "id", "key", "kind", "published", "publisher", "surveyedById", "surveyedOn", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

