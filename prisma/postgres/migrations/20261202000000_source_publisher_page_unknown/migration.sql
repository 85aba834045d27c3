-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "publisherPageUnknown" BOOLEAN NOT NULL DEFAULT false;
