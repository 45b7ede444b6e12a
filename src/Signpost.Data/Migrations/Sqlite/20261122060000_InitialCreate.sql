CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "Locations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Locations" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Town" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "Accessibility" TEXT NOT NULL,
    "Transport" TEXT NULL,
    "LastModified" TEXT NOT NULL
);


CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Website" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "LogoAlt" TEXT NULL,
    "LastModified" TEXT NOT NULL
);


CREATE TABLE "Pages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Pages" PRIMARY KEY,
    "Path" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "LastModified" TEXT NOT NULL
);


CREATE TABLE "Places" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Places" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "Kind" TEXT NOT NULL
);


CREATE TABLE "Postcodes" (
    "Postcode" TEXT NOT NULL CONSTRAINT "PK_Postcodes" PRIMARY KEY,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "IsDistrict" INTEGER NOT NULL
);


CREATE TABLE "SynonymGroups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SynonymGroups" PRIMARY KEY,
    "Terms" TEXT NOT NULL
);


CREATE TABLE "TaxonomyTerms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TaxonomyTerms" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_TaxonomyTerms_TaxonomyTerms_ParentId" FOREIGN KEY ("ParentId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "OrganisationId" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
);


CREATE TABLE "Services" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Services" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "MinimumAge" INTEGER NULL,
    "MaximumAge" INTEGER NULL,
    "Audiences" TEXT NOT NULL,
    "IsFree" INTEGER NOT NULL,
    "CostDetails" TEXT NULL,
    "AccessRoutes" TEXT NOT NULL,
    "DeliveryModes" TEXT NOT NULL,
    "Languages" TEXT NOT NULL,
    "AreaType" TEXT NOT NULL,
    "Localities" TEXT NOT NULL,
    "LastReviewed" TEXT NULL,
    "ReviewBy" TEXT NULL,
    "ValidTo" TEXT NULL,
    "LastModified" TEXT NOT NULL,
    "Contact_Email" TEXT NULL,
    "Contact_Name" TEXT NULL,
    "Contact_Phone" TEXT NULL,
    "Contact_Text" TEXT NULL,
    "Contact_Website" TEXT NULL,
    "LocalOffer_Contact" TEXT NULL,
    "LocalOffer_HowToGet" TEXT NULL,
    "LocalOffer_StaffTraining" TEXT NULL,
    "LocalOffer_Transition" TEXT NULL,
    "LocalOffer_WhoFor" TEXT NULL,
    "Youth_Confidential" TEXT NULL,
    "Youth_OnMyOwn" TEXT NULL,
    "Youth_ParentsTold" TEXT NULL,
    CONSTRAINT "FK_Services_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ServiceClosures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceClosures" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_ServiceClosures_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ServiceLocations" (
    "LocationsId" TEXT NOT NULL,
    "ServicesId" TEXT NOT NULL,
    CONSTRAINT "PK_ServiceLocations" PRIMARY KEY ("LocationsId", "ServicesId"),
    CONSTRAINT "FK_ServiceLocations_Locations_LocationsId" FOREIGN KEY ("LocationsId") REFERENCES "Locations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ServiceLocations_Services_ServicesId" FOREIGN KEY ("ServicesId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ServiceSchedules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceSchedules" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "Opens" TEXT NOT NULL,
    "Closes" TEXT NULL,
    "LocationId" TEXT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ServiceSchedules_Locations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "Locations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ServiceSchedules_Services_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "Services" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ServiceTerms" (
    "ServicesId" TEXT NOT NULL,
    "TermsId" TEXT NOT NULL,
    CONSTRAINT "PK_ServiceTerms" PRIMARY KEY ("ServicesId", "TermsId"),
    CONSTRAINT "FK_ServiceTerms_Services_ServicesId" FOREIGN KEY ("ServicesId") REFERENCES "Services" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ServiceTerms_TaxonomyTerms_TermsId" FOREIGN KEY ("TermsId") REFERENCES "TaxonomyTerms" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE UNIQUE INDEX "IX_Locations_Slug" ON "Locations" ("Slug");


CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");


CREATE UNIQUE INDEX "IX_Pages_Path" ON "Pages" ("Path");


CREATE UNIQUE INDEX "IX_Places_Name" ON "Places" ("Name");


CREATE INDEX "IX_ServiceClosures_ServiceId" ON "ServiceClosures" ("ServiceId");


CREATE INDEX "IX_ServiceLocations_ServicesId" ON "ServiceLocations" ("ServicesId");


CREATE INDEX "IX_Services_OrganisationId" ON "Services" ("OrganisationId");


CREATE UNIQUE INDEX "IX_Services_Slug" ON "Services" ("Slug");


CREATE INDEX "IX_Services_Status" ON "Services" ("Status");


CREATE INDEX "IX_ServiceSchedules_LocationId" ON "ServiceSchedules" ("LocationId");


CREATE INDEX "IX_ServiceSchedules_ServiceId" ON "ServiceSchedules" ("ServiceId");


CREATE INDEX "IX_ServiceTerms_TermsId" ON "ServiceTerms" ("TermsId");


CREATE UNIQUE INDEX "IX_TaxonomyTerms_Kind_Slug" ON "TaxonomyTerms" ("Kind", "Slug");


CREATE INDEX "IX_TaxonomyTerms_ParentId" ON "TaxonomyTerms" ("ParentId");


