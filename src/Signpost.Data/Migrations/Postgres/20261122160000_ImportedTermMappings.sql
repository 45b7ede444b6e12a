-- Imported term mappings: which feed an imported term came from, and which of our terms a directory
-- manager has said it means, so the mapping is applied to services now and on every later import.
CREATE TABLE "ImportedTermOrigins" (
    "TermId" uuid NOT NULL,
    "Source" character varying(200) NOT NULL,
    "Taxonomy" character varying(200),
    CONSTRAINT "PK_ImportedTermOrigins" PRIMARY KEY ("TermId"),
    CONSTRAINT "FK_ImportedTermOrigins_TaxonomyTerms_TermId" FOREIGN KEY ("TermId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TermMappings" (
    "ImportedTermId" uuid NOT NULL,
    "TermId" uuid NOT NULL,
    "MappedAt" timestamp with time zone NOT NULL,
    "MappedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_TermMappings" PRIMARY KEY ("ImportedTermId"),
    CONSTRAINT "FK_TermMappings_TaxonomyTerms_ImportedTermId" FOREIGN KEY ("ImportedTermId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TermMappings_TaxonomyTerms_TermId" FOREIGN KEY ("TermId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_TermMappings_TermId" ON "TermMappings" ("TermId");
