-- Imported term mappings: which feed an imported term came from, and which of our terms a directory
-- manager has said it means, so the mapping is applied to services now and on every later import.
CREATE TABLE "ImportedTermOrigins" (
    "TermId" TEXT NOT NULL CONSTRAINT "PK_ImportedTermOrigins" PRIMARY KEY,
    "Source" TEXT NOT NULL,
    "Taxonomy" TEXT NULL,
    CONSTRAINT "FK_ImportedTermOrigins_TaxonomyTerms_TermId" FOREIGN KEY ("TermId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TermMappings" (
    "ImportedTermId" TEXT NOT NULL CONSTRAINT "PK_TermMappings" PRIMARY KEY,
    "TermId" TEXT NOT NULL,
    "MappedAt" TEXT NOT NULL,
    "MappedBy" TEXT NOT NULL,
    CONSTRAINT "FK_TermMappings_TaxonomyTerms_ImportedTermId" FOREIGN KEY ("ImportedTermId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TermMappings_TaxonomyTerms_TermId" FOREIGN KEY ("TermId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_TermMappings_TermId" ON "TermMappings" ("TermId");
