CREATE TABLE "ImportLinks" (
    "Kind" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "SourceId" TEXT NOT NULL,
    "ContentId" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL,
    CONSTRAINT "PK_ImportLinks" PRIMARY KEY ("Kind", "Source", "SourceId")
);

CREATE INDEX "IX_ImportLinks_Kind_ContentId" ON "ImportLinks" ("Kind", "ContentId");
