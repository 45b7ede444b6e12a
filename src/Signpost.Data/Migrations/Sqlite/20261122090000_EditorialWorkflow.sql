ALTER TABLE "Organisations" ADD COLUMN "IsTrusted" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "AuditLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditLog" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserEmail" TEXT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NULL,
    "Detail" TEXT NULL,
    "IpAddress" TEXT NULL
);

CREATE TABLE "ContentVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContentVersions" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "ContentId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "OrganisationId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Snapshot" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "ReviewedById" TEXT NULL,
    "ReviewedByName" TEXT NULL,
    "ReviewedAt" TEXT NULL
);

CREATE TABLE "SlugRedirects" (
    "Kind" TEXT NOT NULL,
    "OldSlug" TEXT NOT NULL,
    "ContentId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_SlugRedirects" PRIMARY KEY ("Kind", "OldSlug")
);

CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "TokenHash" TEXT NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "AcceptedAt" TEXT NULL,
    CONSTRAINT "FK_Invitations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ScheduledActions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScheduledActions" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "ContentId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "VersionNumber" INTEGER NULL,
    "RunAt" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "ClaimedAt" TEXT NULL,
    "ClaimedBy" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "Cancelled" INTEGER NOT NULL
);

CREATE TABLE "ReviewReminders" (
    "ServiceId" TEXT NOT NULL CONSTRAINT "PK_ReviewReminders" PRIMARY KEY,
    "SentOn" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewReminders_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AuditLog_Action_At" ON "AuditLog" ("Action", "At");
CREATE INDEX "IX_AuditLog_At" ON "AuditLog" ("At");
CREATE UNIQUE INDEX "IX_ContentVersions_Kind_ContentId_Number" ON "ContentVersions" ("Kind", "ContentId", "Number");
CREATE INDEX "IX_ContentVersions_State_CreatedAt" ON "ContentVersions" ("State", "CreatedAt");
CREATE INDEX "IX_Invitations_OrganisationId" ON "Invitations" ("OrganisationId");
CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");
CREATE INDEX "IX_ScheduledActions_CompletedAt_RunAt" ON "ScheduledActions" ("CompletedAt", "RunAt");
CREATE INDEX "IX_ScheduledActions_Kind_ContentId" ON "ScheduledActions" ("Kind", "ContentId");
CREATE INDEX "IX_SlugRedirects_ContentId" ON "SlugRedirects" ("ContentId");
