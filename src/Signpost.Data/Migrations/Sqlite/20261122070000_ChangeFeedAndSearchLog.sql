CREATE TABLE "ContentChanges" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_ContentChanges" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL
);

CREATE TABLE "SearchLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchLog" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "PlaceDistrict" TEXT NULL,
    "Filters" TEXT NOT NULL,
    "ResultCount" INTEGER NOT NULL,
    "Source" TEXT NOT NULL
);

CREATE INDEX "IX_SearchLog_At" ON "SearchLog" ("At");
