CREATE TABLE "consumer_xapi" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"lrs_endpoint" text,
	"lrs_authorization_sealed" text,
	"actor_home_page" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learners" ADD COLUMN "xapi_actor" jsonb;