CREATE TABLE "scenario_versions" (
	"hash" text PRIMARY KEY NOT NULL,
	"scenario_id" text NOT NULL,
	"scenario" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "scenario_version" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_scenario_version_scenario_versions_hash_fk" FOREIGN KEY ("scenario_version") REFERENCES "public"."scenario_versions"("hash") ON DELETE no action ON UPDATE no action;