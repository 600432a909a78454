CREATE TABLE "counterfactuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"turn_id" uuid NOT NULL,
	"source" text NOT NULL,
	"content" text NOT NULL,
	"idempotency_key" text,
	"engine" text NOT NULL,
	"overall" smallint NOT NULL,
	"result" jsonb NOT NULL,
	"mood_before" jsonb NOT NULL,
	"trust" smallint NOT NULL,
	"tension" smallint NOT NULL,
	"mood_label" text NOT NULL,
	"answer" text NOT NULL,
	"answer_source" text NOT NULL,
	"closing" boolean NOT NULL,
	"prompt_tokens" integer,
	"completion_tokens" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hints" ADD COLUMN "at_seq" integer;--> statement-breakpoint
ALTER TABLE "counterfactuals" ADD CONSTRAINT "counterfactuals_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterfactuals" ADD CONSTRAINT "counterfactuals_turn_id_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counterfactuals_turn_idx" ON "counterfactuals" USING btree ("turn_id");--> statement-breakpoint
CREATE UNIQUE INDEX "counterfactuals_session_idempotency_idx" ON "counterfactuals" USING btree ("session_id","idempotency_key");