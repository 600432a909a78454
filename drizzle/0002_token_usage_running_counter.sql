-- token_usage becomes the running counter of every model token a consumer spent today (it held only what
-- erased turns had spent): today's live turns are added once, so the budget holds across the upgrade.
INSERT INTO "token_usage" ("tenant_id", "day", "tokens")
SELECT "sessions"."tenant_id", (now() AT TIME ZONE 'UTC')::date,
	sum(coalesce("turns"."prompt_tokens", 0) + coalesce("turns"."completion_tokens", 0))::integer
FROM "turns" INNER JOIN "sessions" ON "sessions"."id" = "turns"."session_id"
WHERE "turns"."created_at" >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
GROUP BY "sessions"."tenant_id"
HAVING sum(coalesce("turns"."prompt_tokens", 0) + coalesce("turns"."completion_tokens", 0)) > 0
ON CONFLICT ("tenant_id", "day") DO UPDATE SET "tokens" = "token_usage"."tokens" + excluded."tokens";
