CREATE TABLE "ImportLinks" (
    "Kind" character varying(20) NOT NULL,
    "Source" character varying(200) NOT NULL,
    "SourceId" character varying(200) NOT NULL,
    "ContentId" uuid NOT NULL,
    "ContentHash" character varying(64) NOT NULL,
    "ImportedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ImportLinks" PRIMARY KEY ("Kind", "Source", "SourceId")
);

CREATE INDEX "IX_ImportLinks_Kind_ContentId" ON "ImportLinks" ("Kind", "ContentId");
