ALTER TABLE "Organisations" ADD COLUMN "Status" TEXT NOT NULL DEFAULT 'Published';

ALTER TABLE "Locations" ADD COLUMN "Status" TEXT NOT NULL DEFAULT 'Published';
