ALTER TABLE "turns" ADD COLUMN "parent_seq" integer;--> statement-breakpoint
ALTER TABLE "turns" ADD COLUMN "dialogue" jsonb;