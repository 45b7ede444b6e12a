CREATE TABLE "FeedbackThemes" (
    "Slug" TEXT NOT NULL CONSTRAINT "PK_FeedbackThemes" PRIMARY KEY,
    "Label" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);

CREATE TABLE "SafeguardingPhrases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SafeguardingPhrases" PRIMARY KEY AUTOINCREMENT,
    "Phrase" TEXT NOT NULL,
    "Category" TEXT NOT NULL
);

CREATE TABLE "FeedbackResponses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FeedbackResponses" PRIMARY KEY AUTOINCREMENT,
    "SubmittedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NULL,
    "ServiceId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "Respondent" TEXT NOT NULL,
    "AgeBand" TEXT NULL,
    "PostcodeDistrict" TEXT NULL,
    "EasyToGetTo" TEXT NULL,
    "ListenedAndRespected" TEXT NULL,
    "Confidential" TEXT NULL,
    "TimesRight" TEXT NULL,
    "Outcomes" INTEGER NOT NULL,
    "Rating" INTEGER NULL,
    "Text" TEXT NULL,
    "TextDeletedAt" TEXT NULL,
    "MayQuote" INTEGER NOT NULL,
    "QuoteApproved" INTEGER NOT NULL,
    "WantsReply" INTEGER NOT NULL,
    "Sex" TEXT NULL,
    "Ethnicity" TEXT NULL,
    "Disability" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Urgent" INTEGER NOT NULL,
    "SafeguardingMatches" TEXT NULL,
    "SafeguardingReviewedAt" TEXT NULL,
    "SafeguardingReviewedById" TEXT NULL,
    "ModeratedAt" TEXT NULL,
    "ModeratedById" TEXT NULL,
    "ReceiptHash" TEXT NOT NULL,
    "ReceiptExpiresAt" TEXT NOT NULL,
    "DuplicateKey" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_FeedbackResponses_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_FeedbackResponses_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ListingProblemReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ListingProblemReports" PRIMARY KEY AUTOINCREMENT,
    "ServiceId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Problem" TEXT NOT NULL,
    "Details" TEXT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "ResolvedAt" TEXT NULL,
    "ResolvedById" TEXT NULL,
    "ResolutionNote" TEXT NULL,
    CONSTRAINT "FK_ListingProblemReports_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListingProblemReports_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);

CREATE TABLE "YouSaidWeDid" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_YouSaidWeDid" PRIMARY KEY,
    "YouSaid" TEXT NOT NULL,
    "WeDid" TEXT NOT NULL,
    "ServiceId" TEXT NULL,
    "ThemeSlug" TEXT NULL,
    "Published" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    CONSTRAINT "FK_YouSaidWeDid_FeedbackThemes_ThemeSlug" FOREIGN KEY ("ThemeSlug") REFERENCES "FeedbackThemes" ("Slug") ON DELETE SET NULL,
    CONSTRAINT "FK_YouSaidWeDid_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE SET NULL
);

CREATE TABLE "FeedbackModerationEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FeedbackModerationEvents" PRIMARY KEY AUTOINCREMENT,
    "FeedbackResponseId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_FeedbackModerationEvents_FeedbackResponses_FeedbackResponseId" FOREIGN KEY ("FeedbackResponseId") REFERENCES "FeedbackResponses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FeedbackReplyRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FeedbackReplyRequests" PRIMARY KEY AUTOINCREMENT,
    "FeedbackResponseId" INTEGER NOT NULL,
    "Email" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RepliedAt" TEXT NULL,
    "RepliedById" TEXT NULL,
    CONSTRAINT "FK_FeedbackReplyRequests_FeedbackResponses_FeedbackResponseId" FOREIGN KEY ("FeedbackResponseId") REFERENCES "FeedbackResponses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FeedbackResponseThemes" (
    "FeedbackResponseId" INTEGER NOT NULL,
    "ThemeSlug" TEXT NOT NULL,
    CONSTRAINT "PK_FeedbackResponseThemes" PRIMARY KEY ("FeedbackResponseId", "ThemeSlug"),
    CONSTRAINT "FK_FeedbackResponseThemes_FeedbackResponses_FeedbackResponseId" FOREIGN KEY ("FeedbackResponseId") REFERENCES "FeedbackResponses" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FeedbackResponseThemes_FeedbackThemes_ThemeSlug" FOREIGN KEY ("ThemeSlug") REFERENCES "FeedbackThemes" ("Slug") ON DELETE CASCADE
);

CREATE INDEX "IX_FeedbackModerationEvents_FeedbackResponseId_At" ON "FeedbackModerationEvents" ("FeedbackResponseId", "At");

CREATE INDEX "IX_FeedbackReplyRequests_CreatedAt" ON "FeedbackReplyRequests" ("CreatedAt");

CREATE UNIQUE INDEX "IX_FeedbackReplyRequests_FeedbackResponseId" ON "FeedbackReplyRequests" ("FeedbackResponseId");

CREATE INDEX "IX_FeedbackResponses_DuplicateKey_SubmittedAt" ON "FeedbackResponses" ("DuplicateKey", "SubmittedAt");

CREATE INDEX "IX_FeedbackResponses_OrganisationId_Status" ON "FeedbackResponses" ("OrganisationId", "Status");

CREATE UNIQUE INDEX "IX_FeedbackResponses_ReceiptHash" ON "FeedbackResponses" ("ReceiptHash");

CREATE INDEX "IX_FeedbackResponses_ServiceId_Status" ON "FeedbackResponses" ("ServiceId", "Status");

CREATE INDEX "IX_FeedbackResponses_Status_SubmittedAt" ON "FeedbackResponses" ("Status", "SubmittedAt");

CREATE INDEX "IX_FeedbackResponses_Urgent" ON "FeedbackResponses" ("Urgent");

CREATE INDEX "IX_FeedbackResponseThemes_ThemeSlug" ON "FeedbackResponseThemes" ("ThemeSlug");

CREATE INDEX "IX_ListingProblemReports_OrganisationId_ResolvedAt" ON "ListingProblemReports" ("OrganisationId", "ResolvedAt");

CREATE INDEX "IX_ListingProblemReports_ServiceId_SubmittedAt" ON "ListingProblemReports" ("ServiceId", "SubmittedAt");

CREATE UNIQUE INDEX "IX_SafeguardingPhrases_Phrase" ON "SafeguardingPhrases" ("Phrase");

CREATE INDEX "IX_YouSaidWeDid_Published_PublishedAt" ON "YouSaidWeDid" ("Published", "PublishedAt");

CREATE INDEX "IX_YouSaidWeDid_ServiceId" ON "YouSaidWeDid" ("ServiceId");

CREATE INDEX "IX_YouSaidWeDid_ThemeSlug" ON "YouSaidWeDid" ("ThemeSlug");
