// Generated from /openapi.json by `npm run client:types`: do not edit. A test fails when it is stale.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers and scenarios are loaded; problems in scenario files make it degraded, not unready */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scenario library */
        get: operations["listScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a learner may see of a scenario (never the hidden needs or the script) */
        get: operations["getScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a scenario file's YAML */
        post: operations["validateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The five principles with their anchored levels, and the moves the rubric detects */
        get: operations["listPrinciples"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rubric/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score one reply against the five principles (stateless) */
        post: operations["scoreReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a rehearsal */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session with its turns, scores and mood */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Erase a session
         * @description Erases the session with its transcript, scores and report. Cannot be undone.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the learner's reply; the persona answers
         * @description With `accept: text/event-stream` the answer streams as server-sent events (each one a `TurnStreamEvent`; `x-sse-events` names the schema of each), in this order: `learner` (the stored learner turn), `feedback` (practice mode), `mood`, `delta` (`{ text }`, as tokens arrive), `persona` (the stored persona turn: its content is final and replaces the deltas), `done` (`{ sessionStatus }`); on failure `error` (`{ code, message }`) ends the stream. With an LLM judge the persona does not wait for it: the judge is asked once the persona's first `delta` is out, and `feedback` comes whenever it answers, after the first `delta` (after `mood` when the persona says nothing) and before `persona`, often among the `delta` events. Otherwise one JSON answer with the same objects. A retried request with the same `Idempotency-Key` header does not create a second turn: it must carry the same reply (else 422 `idempotency_key_reused`); it replays the turn once the persona answered it completely; it asks the persona again while the reply is the latest; once a later reply was sent, a reply whose answer never came or broke off is refused (409 `turn_superseded`). A session erased while its turn runs ends the turn with `session_erased`.
         */
        post: operations["takeTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/turns/{turnId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a reply back and try another (practice mode); the persona answers it afresh
         * @description Takes back the learner turn `turnId` (a reply of the conversation as it stands) and sends `content` in its place. Nothing is deleted: the reply taken back, and all that followed it, stay as an earlier attempt at that point (the session's `turns[].attempts`), and the conversation goes on from the new reply. The persona answers it from the state before the reply it replaces (the mood, what was said and revealed). The answer is that of `takeTurn`, streamed or as one JSON answer, with the same rules for `Idempotency-Key` and for one turn at a time. An assessment answers 409 `attempts_not_offered`; a reply already taken back 409 `conflict`; a persona turn 422 `unprocessable`; a turn not in the session 404 `not_found`.
         */
        post: operations["tryAgain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/turns/{turnId}/counterfactuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What if I had said…: play another reply at a learner turn, beside the real one (practice mode)
         * @description Plays an alternative to the learner turn `turnId` (a reply of the conversation as it stands) against the persona from the same point, without leaving the conversation: the alternative is scored as a reply is, heard in the mood the real reply was heard in, and answered by the persona from what the conversation held then. The session's mood, conversation and path do not change. The alternative is kept beside the turn (the session's `turns[].counterfactuals`, the report's `counterfactuals`). `source` says where its words come from: `suggested` (the example opening the hint gives at that point), `golden` (a good example reply of the scenario, the next one not played at that turn yet) or `own` (`content`, the learner's words). It takes the turn lease like a turn (409 `turn_in_progress` while another turn or alternative runs), and counts toward the replies a session may have (422 `turn_limit_reached`): replies, replies tried again and alternatives together. A request sent again with the same `Idempotency-Key` answers the alternative kept for it (200) without asking the persona again; with another alternative, 422 `idempotency_key_reused`. An assessment answers 409 `counterfactuals_not_offered`; an ended session 409 `session_ended`; a reply taken back 409 `conflict`; a persona turn 422 `unprocessable`; a turn not in the session 404 `not_found`.
         */
        post: operations["whatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/hints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What could I say? A hint before the next reply (practice mode)
         * @description The principle most worth working on now, what the persona seems to need (only what the persona has revealed), and one example opening; phrased by the model when one plays the persona, built from the scenario otherwise (and whenever the model fails). The hint is kept with the next reply: asking again before replying answers the same hint (200). An assessment offers none (409 `hints_not_offered`); nor does a session that has ended (409 `session_ended`) or whose persona is still answering (409 `turn_in_progress`), or whose last answer did not come through (409 `conflict`). With `replaces` (the learner is taking that reply back to try another), the hint is for that point: from the replies, the mood and what the persona had revealed before it; it replaces a hint asked at another point.
         */
        post: operations["askHint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session and get the report */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ended session's report */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/{learnerId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scores per principle over ended sessions */
        get: operations["getLearnerProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scenario file in the folder, drafts and broken files too */
        get: operations["listStudioFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/files/{language}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario file's text and version */
        get: operations["getStudioFile"];
        /**
         * Save a scenario file (atomically, keeping the previous version)
         * @description Creates the file (`baseVersion: null`; 409 `file_exists` if it exists) or replaces the version the author opened (409 `file_changed`, with theirs and yours, if it changed or was deleted since). A text the strict check finds errors in is not saved (422 `scenario_invalid`, every problem in `details.problems`). The previous version is kept in `.versions/<language>/` of the scenario folder; the server serves the saved file at once.
         */
        put: operations["saveStudioFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a text as `npm run scenarios:check -- --strict` checks a file, and score its golden examples
         * @description The same checks and messages as the command: the file on its own, against the rest of the library (ids, translation links), and its golden examples scored by the heuristic rubric (one out of its band is an error). Without `file` the text is checked as the file its language and id would make. Nothing is saved.
         */
        post: operations["checkStudioText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A starting text for a new file (not saved)
         * @description `new`: the scaffold `npm run scenarios:new` writes for the category, a valid draft full of TODOs. `translation`: the file `from` as a draft in the other language: the same structure, numbers and comments, `translations` linking back, every text kept with `TODO translate:` in front.
         */
        post: operations["createStudioTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scenario format's JSON Schema (as scenarios/scenario.schema.json), for the editor's completion */
        get: operations["getScenarioSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play an unsaved text: a rehearsal kept in memory only
         * @description Never stored, never in the library or the analytics. A draft plays too; a text that does not parse is 422 `scenario_invalid`. A preview belongs to the consumer that started it, ends after 30 minutes idle, and a consumer has at most 20 (starting another drops the least recently used).
         */
        post: operations["startStudioPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studio/previews/{previewId}/turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reply in a preview: the persona's answer, the mood and the feedback a session's turn gets
         * @description The scripted persona, or the model when ROLEPLAY_MODEL is set (the script answers when the model fails). One reply at a time (409 `turn_in_progress`); after the persona closes, 409 `session_ended`; at most the replies a session may have (422 `turn_limit_reached`). Another consumer's preview, or one expired, is 404.
         */
        post: operations["takeStudioPreviewTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per scenario: how this consumer's learners fare
         * @description Only the calling consumer's own sessions. Needs the `analytics` scope. A figure over fewer than 5 identified learners is not shown (null); sessions without a learner id count toward no group.
         */
        get: operations["getScenarioAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/principles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per principle: the mean score per week
         * @description The mean (0–4) per ISO week (starting Monday) over the consumer's completed sessions, by when they ended. A week with fewer than 5 identified learners is left out. Needs the `analytics` scope.
         */
        get: operations["getPrincipleTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far to trust a scenario’s scores
         * @description For one scenario of the library (a draft too): how the rubric agrees with the ratings the authors gave its golden examples, scored as `scenarios:check --strict` scores them; and how the LLM judge and the heuristic agree per principle over the calling consumer's own judged replies (never another consumer's). Needs the `analytics` or the `author` scope.
         */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/{learnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase a learner and everything stored about them
         * @description Erases all of the learner's sessions (transcripts, scores, reports) and the learner's id. Cannot be undone.
         */
        delete: operations["deleteLearner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/xapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session as xAPI 1.0.3 statements
         * @description `attempted` (start), `responded` (each scored learner reply: overall as `result.score.scaled` = overall/100, each principle as score/4 in `result.extensions`), `completed` (the report, once ended). A session that ended without a single reply is abandoned: `terminated` with `completion: false` and no score instead. Statement ids are stable, so sending them to an LRS twice stores them once. The reply texts are never included. In assessment mode, scores appear once the session has ended. Every IRI is built on the server's PUBLIC_URL; without it the answer is 503 `not_configured`.
         */
        get: operations["getSessionXapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learners/{learnerId}/actor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actor this learner's statements carry */
        get: operations["getLearnerActor"];
        /**
         * Name the learner as the consumer's own system knows them, in every statement
         * @description Statements about this learner then carry this actor instead of the default account, so an LRS joins them to the learner the LMS knows. The learner is created when new. It applies to every statement, the past sessions' included.
         */
        put: operations["setLearnerActor"];
        post?: never;
        /** Go back to the consumer's or the default actor for this learner */
        delete: operations["deleteLearnerActor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consumer's webhooks (never their secrets) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register an HTTPS endpoint to be told of events
         * @description Each event is POSTed as `{ id, type, createdAt, data }`, signed as the Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`). Failed deliveries are tried again with growing waits for about a day; a session's events arrive in order. `events` defaults to all.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook (never its secret) */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Remove a webhook, its queue and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The webhook's delivery log, newest first
         * @description Each delivery with its status, attempts and the last answer or error. The events' data is not kept here.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Readiness: {
            /**
             * @description degraded: serving, but a scenario file has errors (its last good version, if any, is served)
             * @enum {string}
             */
            status: "ready" | "degraded";
            checks: {
                database: {
                    ok: boolean;
                    /** @enum {string} */
                    kind: "pglite" | "postgres";
                };
                scenarios: {
                    /** @description false when any scenario file has errors */
                    ok: boolean;
                    /** @description published scenarios served */
                    loaded: number;
                    /** @description drafts in the folder, never served */
                    drafts: number;
                    /** @description as `npm run scenarios:check` reports them, golden examples aside */
                    problems: {
                        file?: string;
                        path: string;
                        line: number;
                        column: number;
                        message: string;
                        /** @enum {string} */
                        severity: "error" | "warning";
                    }[];
                    /** @description files with errors whose last good version is served meanwhile */
                    servedFromLastGood: {
                        file: string;
                        id: string;
                    }[];
                };
            };
        };
        Error: {
            error: {
                /**
                 * @description What went wrong, for programs; stable
                 * @example not_found
                 * @enum {string}
                 */
                code: "invalid_json" | "invalid_request" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "turn_in_progress" | "turn_superseded" | "session_ended" | "session_erased" | "conflict" | "hints_not_offered" | "attempts_not_offered" | "counterfactuals_not_offered" | "file_exists" | "file_changed" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "invalid_scenario" | "scenario_invalid" | "idempotency_key_reused" | "reply_too_long" | "turn_limit_reached" | "rate_limited" | "token_budget_exceeded" | "internal" | "upstream_error" | "upstream_rate_limited" | "upstream_interrupted" | "llm_not_configured" | "not_configured" | "database_unavailable" | "not_ready" | "upstream_timeout";
                /** @description What went wrong, for people */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
                requestId: string;
            };
        };
        ErrorDetails: components["schemas"]["ValidationDetails"] | components["schemas"]["FieldDetails"] | components["schemas"]["TurnFailureDetails"] | components["schemas"]["ReadinessDetails"] | components["schemas"]["ScenarioErrorsDetails"] | components["schemas"]["ScenarioProblemsDetails"] | components["schemas"]["FileChangedDetails"] | components["schemas"]["BudgetDetails"];
        /** @description `invalid_request`: each problem with the field or parameter it is about */
        ValidationDetails: {
            issues: {
                /** @description The field or query parameter, dotted (`lrs.endpoint`); empty for the whole body */
                path: string;
                message: string;
            }[];
        };
        /** @description The one field at fault (e.g. `reply_too_long`: the reply and its length) */
        FieldDetails: {
            path: string;
            length?: number;
        };
        /** @description A turn whose persona failed: the learner's turn is stored all the same; retry with its Idempotency-Key */
        TurnFailureDetails: {
            learner: components["schemas"]["Turn"] | null;
        };
        Turn: {
            /** Format: uuid */
            id: string;
            seq: number;
            /** @enum {string} */
            role: "learner" | "persona";
            content: string;
            /** @enum {string} */
            status: "complete" | "interrupted" | "failed";
            createdAt: string;
            mood?: components["schemas"]["Mood"];
            feedback?: components["schemas"]["RubricResult"];
            hint?: components["schemas"]["Hint"];
        };
        /** @description The persona's mood after this learner turn */
        Mood: {
            trust: number;
            tension: number;
            /** @enum {string} */
            label: "closed" | "guarded" | "neutral" | "open";
        };
        /** @description The rubric on this learner turn (practice mode, or once an assessment has ended) */
        RubricResult: {
            /** @enum {string} */
            engine: "heuristic" | "llm" | "heuristic-fallback";
            /** @enum {string} */
            language: "nl" | "en";
            overall: number;
            criteria: {
                id: components["schemas"]["PrincipleId"];
                score: number | null;
                evidence: components["schemas"]["Evidence"][];
                feedback: string;
            }[];
            moves: (components["schemas"]["Span"] & {
                /** @enum {string} */
                id: "acknowledges-feeling" | "reflects" | "open-question" | "closed-question" | "checks-understanding" | "apology-with-responsibility" | "apology-with-excuse" | "takes-ownership" | "blames" | "defensive" | "clear-no" | "offers-alternative" | "concrete-next-step" | "hedges" | "absolutes" | "appreciation" | "self-disclosure" | "offers-support" | "invites-ownership" | "contempt" | "grader-instruction" | "condolence" | "invites-talk" | "gives-in" | "dismisses" | "threatens";
            })[];
            flags: {
                /** @enum {string} */
                id: "empty" | "too-short" | "grader-instruction" | "keyword-stuffing" | "markup" | "unsupported-language" | "mixed-language" | "contempt" | "generic" | "wrong-language" | "harm";
                message: string;
            }[];
            tips: string[];
            confidence?: components["schemas"]["Confidence"];
        };
        /** @enum {string} */
        PrincipleId: "self-leadership" | "connection" | "courage" | "clarity" | "mentorship";
        Evidence: components["schemas"]["Span"] & {
            /**
             * @description Whether these words earned the principle points or cost it points
             * @enum {string}
             */
            polarity: "earned" | "cost";
        };
        Span: {
            /** @description Exact words of the reply: reply.slice(start, end) === quote */
            quote: string;
            start: number;
            end: number;
        };
        /** @description How far to trust this verdict; absent only in verdicts stored before it existed */
        Confidence: {
            /**
             * @description How far to trust this verdict; `low`: a rough estimate, the coach recognised little of the reply
             * @enum {string}
             */
            level: "high" | "medium" | "low";
            /** @description The share of the reply's words that lie in the evidence or in an act the rules detected */
            recognised: number;
            /** @description Why it is not high (empty when it is), in the feedback's language */
            reasons: {
                /** @enum {string} */
                id: "little-recognised" | "partly-recognised" | "no-acts" | "unusual-length" | "language" | "judge-disagrees";
                message: string;
            }[];
            /** @description When a model judged the reply: its scores beside the rules', per principle */
            judge: {
                /** @description Every principle within one point */
                agrees: boolean;
                principles: {
                    id: components["schemas"]["PrincipleId"];
                    heuristic: number;
                    judge: number;
                }[];
            } | null;
        };
        /** @description The hint the learner asked for before this reply */
        Hint: {
            /** Format: uuid */
            id: string;
            /** @description The seq of the learner reply the hint came before */
            turnSeq: number;
            /** @enum {string} */
            language: "nl" | "en";
            principle: components["schemas"]["PrincipleId"] & unknown;
            /** @description The principle's mean (0–4) over the replies so far; null before any scored it */
            mean: number | null;
            /**
             * @description Where the conversation stands: before the first reply, under way, or near its end
             * @enum {string}
             */
            stage: "start" | "middle" | "closing";
            /** @description What to do now, in one sentence */
            advice: string;
            /** @description What the persona seems to need: only the hidden needs the persona has revealed so far */
            needs: string[];
            /** @description One example opening for the reply */
            opening: string;
            /**
             * @description The scenario's own hint, a sentence of its golden replies, or the standard opening
             * @enum {string}
             */
            openingFrom: "scenario-hint" | "golden-example" | "standard";
            /** @description The whole hint as one paragraph, in the session's language */
            text: string;
            /**
             * @description offline: built from the scenario; llm: the same facts phrased by the model
             * @enum {string}
             */
            source: "offline" | "llm";
            createdAt: string;
        };
        /** @description `not_ready`: the checks of /readyz */
        ReadinessDetails: {
            database?: unknown;
            scenarios?: unknown;
        };
        /** @description `invalid_scenario`: every problem of the file, with its line, column and field path */
        ScenarioErrorsDetails: {
            errors: {
                file?: string;
                path: string;
                line: number;
                column: number;
                message: string;
            }[];
        };
        /** @description `scenario_invalid`: what the strict check found in the text (errors and warnings), with line, column and field path */
        ScenarioProblemsDetails: {
            problems: {
                /** @enum {string} */
                severity: "error" | "warning";
                message: string;
                line: number;
                column: number;
                path: string;
            }[];
        };
        /** @description `file_changed`: the file as it is on disk now (null when it was deleted) and the text that was not saved */
        FileChangedDetails: {
            theirs: {
                text: string;
                version: string;
            } | null;
            yours: {
                text: string;
            };
        };
        /** @description `token_budget_exceeded`: the consumer's daily model-token budget and what today used */
        BudgetDetails: {
            budget: number;
            used: number;
        };
        ScenarioList: {
            scenarios: components["schemas"]["ScenarioSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ScenarioSummary: {
            id: string;
            /** @enum {string} */
            language: "nl" | "en";
            title: string;
            summary: string;
            /** @enum {string} */
            category: "saying-no" | "apologising" | "forgiving" | "giving-feedback" | "disagreeing" | "being-present" | "mentoring" | "stakeholder" | "delivering-bad-news" | "addressing-underperformance";
            /** @enum {string} */
            difficulty: "easy" | "medium" | "hard";
            tags: string[];
            translations: {
                nl?: string;
                en?: string;
            };
        };
        Scenario: components["schemas"]["ScenarioSummary"] & {
            briefing: {
                situation: string;
                role: string;
                goal: string;
                keepInMind: string[];
            };
            persona: {
                name: string;
                role: string;
                relationship: string;
            };
            opening: {
                /** @enum {string} */
                speaker: "persona" | "learner";
                lines: string[];
            };
            success: {
                statement: string;
            }[];
            focus: {
                "self-leadership"?: number;
                connection?: number;
                courage?: number;
                clarity?: number;
                mentorship?: number;
            };
        };
        ValidScenario: {
            /** @enum {boolean} */
            valid: true;
            scenario: {
                [key: string]: unknown;
            };
            /** @description What is worth fixing but does not make the file invalid, such as TODOs left in a draft */
            warnings: components["schemas"]["ScenarioError"][];
        };
        ScenarioError: {
            file?: string;
            path: string;
            line: number;
            column: number;
            message: string;
        };
        InvalidScenario: components["schemas"]["Error"] & {
            error?: {
                /** @enum {string} */
                code: "invalid_scenario";
                /** @description What went wrong, for people */
                message: string;
                details: {
                    errors: components["schemas"]["ScenarioError"][];
                };
                requestId: string;
            };
        };
        Principles: {
            principles: {
                /** @enum {string} */
                id: "self-leadership" | "connection" | "courage" | "clarity" | "mentorship";
                name: {
                    nl: string;
                    en: string;
                };
                description: {
                    nl: string;
                    en: string;
                };
                levels: ({
                    score: number;
                } & {
                    [key: string]: unknown;
                })[];
            }[];
            moves: ({
                /** @enum {string} */
                id: "acknowledges-feeling" | "reflects" | "open-question" | "closed-question" | "checks-understanding" | "apology-with-responsibility" | "apology-with-excuse" | "takes-ownership" | "blames" | "defensive" | "clear-no" | "offers-alternative" | "concrete-next-step" | "hedges" | "absolutes" | "appreciation" | "self-disclosure" | "offers-support" | "invites-ownership" | "contempt" | "grader-instruction" | "condolence" | "invites-talk" | "gives-in" | "dismisses" | "threatens";
                name: {
                    nl: string;
                    en: string;
                };
                description: {
                    nl: string;
                    en: string;
                };
                example: {
                    nl: string;
                    en: string;
                };
            } & {
                [key: string]: unknown;
            })[];
        };
        ScoreRequest: {
            reply: string;
            scenarioId?: string;
            /** @enum {string} */
            language?: "nl" | "en";
            /**
             * @description The learner's interface language for feedback and tips; the scenario's language when absent.
             * @enum {string}
             */
            feedbackLanguage?: "nl" | "en";
            history?: {
                /** @enum {string} */
                role: "learner" | "persona";
                content: string;
            }[];
            /**
             * @default auto
             * @enum {string}
             */
            engine?: "auto" | "heuristic" | "llm";
        };
        Session: {
            /** Format: uuid */
            id: string;
            scenarioId: string;
            scenarioTitle: string | null;
            /** @enum {string} */
            language: "nl" | "en";
            /** @enum {string} */
            mode: "practice" | "assessment";
            /** @enum {string} */
            status: "active" | "ended";
            learnerId: string | null;
            mood: components["schemas"]["Mood"];
            /** @description The conversation as it stands: the path taken through the replies tried, each reply with its earlier attempts */
            turns: components["schemas"]["PathTurn"][];
            createdAt: string;
            endedAt: string | null;
        };
        PathTurn: components["schemas"]["Turn"] & {
            /** @description The replies tried at this point before this one and taken back, oldest first (practice mode); absent when none */
            attempts?: components["schemas"]["Attempt"][];
            /** @description "What if I had said…": the alternatives played at this reply, oldest first (practice mode); absent when none */
            counterfactuals?: components["schemas"]["Counterfactual"][];
        };
        Attempt: components["schemas"]["Turn"] & {
            /** @description The persona's complete answer to this reply; null when it never came */
            answer: components["schemas"]["Turn"] | null;
        };
        Counterfactual: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The learner turn the alternative was played at
             */
            turnId: string;
            /** @description The seq of that learner turn */
            seq: number;
            /**
             * @description `suggested`: the example opening the hint gives at that point, from the rubric's scores on the replies before it; `golden`: a good example reply of the scenario (the next one not yet played at that turn); `own`: the learner's own words
             * @enum {string}
             */
            source: "suggested" | "golden" | "own";
            /** @description The alternative reply */
            content: string;
            feedback: components["schemas"]["RubricResult"] & unknown;
            moodBefore: components["schemas"]["Mood"] & unknown;
            mood: components["schemas"]["Mood"] & unknown;
            /** @description The persona's answer to the alternative */
            answer: string;
            /** @description The persona would have closed the conversation with it */
            closing: boolean;
            createdAt: string;
        };
        CreateSession: {
            scenarioId: string;
            /**
             * @default practice
             * @enum {string}
             */
            mode?: "practice" | "assessment";
            learnerId?: string;
        };
        TurnAnswer: {
            learner: components["schemas"]["Turn"];
            feedback: components["schemas"]["RubricResult"] | null;
            mood: components["schemas"]["Mood"];
            persona: components["schemas"]["Turn"];
            /** @enum {string} */
            sessionStatus: "active" | "ended";
        };
        /** @description One server-sent event of a streamed turn: the SSE `event:` line is `event`, its `data:` line the JSON of `data` */
        TurnStreamEvent: components["schemas"]["TurnStreamLearnerEvent"] | components["schemas"]["TurnStreamFeedbackEvent"] | components["schemas"]["TurnStreamMoodEvent"] | components["schemas"]["TurnStreamDeltaEvent"] | components["schemas"]["TurnStreamPersonaEvent"] | components["schemas"]["TurnStreamDoneEvent"] | components["schemas"]["TurnStreamErrorEvent"];
        /** @description The stored learner turn; always first */
        TurnStreamLearnerEvent: {
            /** @enum {string} */
            event: "learner";
            data: components["schemas"]["Turn"];
        };
        /** @description The rubric on the learner's reply (practice mode only): right after `learner`, or, with an LLM judge, whenever the judge answers, before `persona` */
        TurnStreamFeedbackEvent: {
            /** @enum {string} */
            event: "feedback";
            data: components["schemas"]["RubricResult"];
        };
        /** @description The persona's mood after the reply */
        TurnStreamMoodEvent: {
            /** @enum {string} */
            event: "mood";
            data: components["schemas"]["Mood"];
        };
        /** @description A piece of the persona's answer, as it is written */
        TurnStreamDeltaEvent: {
            /** @enum {string} */
            event: "delta";
            data: {
                text: string;
            };
        };
        /** @description The stored persona turn: its content is final and replaces the deltas */
        TurnStreamPersonaEvent: {
            /** @enum {string} */
            event: "persona";
            data: components["schemas"]["Turn"];
        };
        /** @description The turn is complete; always last */
        TurnStreamDoneEvent: {
            /** @enum {string} */
            event: "done";
            data: {
                /** @enum {string} */
                sessionStatus: "active" | "ended";
            };
        };
        /** @description The turn failed after it began; ends the stream */
        TurnStreamErrorEvent: {
            /** @enum {string} */
            event: "error";
            data: {
                /** @enum {string} */
                code: "invalid_json" | "invalid_request" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "turn_in_progress" | "turn_superseded" | "session_ended" | "session_erased" | "conflict" | "hints_not_offered" | "attempts_not_offered" | "counterfactuals_not_offered" | "file_exists" | "file_changed" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "invalid_scenario" | "scenario_invalid" | "idempotency_key_reused" | "reply_too_long" | "turn_limit_reached" | "rate_limited" | "token_budget_exceeded" | "internal" | "upstream_error" | "upstream_rate_limited" | "upstream_interrupted" | "llm_not_configured" | "not_configured" | "database_unavailable" | "not_ready" | "upstream_timeout";
                message: string;
            };
        };
        TurnInput: {
            content: string;
        };
        WhatIfInput: {
            /** @enum {string} */
            source: "suggested";
        } | {
            /** @enum {string} */
            source: "golden";
        } | {
            /** @enum {string} */
            source: "own";
            content: string;
        };
        Report: {
            /** Format: uuid */
            sessionId: string;
            scenarioId: string;
            scenarioTitle: string | null;
            /** @enum {string} */
            language: "nl" | "en";
            /**
             * @description `abandoned`: the session ended without a single reply, so nothing was scored
             * @enum {string}
             */
            outcome: "completed" | "abandoned";
            /** @description The learner's scored replies */
            learnerTurnCount: number;
            /** @description Mean of the turns' overall scores, 0–100 */
            overall: number;
            /** @description How the overall is made: the mean of each reply's overall */
            composition: {
                /** @enum {string} */
                method: "mean-of-replies";
                replies: {
                    seq: number;
                    overall: number;
                }[];
                /** @description The scenario's weight per principle */
                focus: {
                    "self-leadership"?: number;
                    connection?: number;
                    courage?: number;
                    clarity?: number;
                    mentorship?: number;
                } | null;
            };
            principles: {
                id: components["schemas"]["PrincipleId"];
                /** @description 0–4 over the turns where it applied */
                mean: number | null;
                /** @description Least-squares slope of the score per learner turn */
                trend: number | null;
                /** @description Replies where this principle applied */
                scoredTurnCount: number;
                /**
                 * @deprecated
                 * @description Deprecated: `scoredTurnCount`; removed in version 2
                 */
                scoredTurns: number;
            }[];
            /** @enum {string} */
            trendMethod: "slope-per-turn";
            strongest: {
                seq: number;
                quote: string;
                principle: components["schemas"]["PrincipleId"];
                score: number;
                why: string;
            }[];
            weakest: {
                seq: number;
                quote: string;
                principle: components["schemas"]["PrincipleId"];
                score: number;
                why: string;
            }[];
            success: {
                statement: string;
                met: boolean;
                seq?: number;
                evidence?: string;
            }[];
            leaderImage: components["schemas"]["LeaderImage"];
            /** @description `practice` as one paragraph */
            nextPractice: string;
            /** @description This session's weakest principle, the reply where it scored lowest, an exercise */
            practice: {
                principle: components["schemas"]["PrincipleId"];
                mean: number;
                moment: {
                    seq: number;
                    quote: string;
                    principle: components["schemas"]["PrincipleId"];
                    score: number;
                    why: string;
                } | null;
                exercise: string;
            } | null;
            /** @description The scenario's own acts (the core act a good reply must do, the acts it must not do) and the replies that did them; null when the scenario names none, absent in reports stored before it existed */
            acts?: {
                core: {
                    /** @description What the act is, in the scenario's language */
                    label: string;
                    /** @description Advice for a reply that misses the core act or does a must-not act */
                    tip: string | null;
                    /** @description The learner turns (seq) that did it */
                    doneIn: number[];
                } | null;
                mustNot: {
                    /** @description What the act is, in the scenario's language */
                    label: string;
                    /** @description Advice for a reply that misses the core act or does a must-not act */
                    tip: string | null;
                    /** @description The learner turns (seq) that did it */
                    doneIn: number[];
                }[];
            } | null;
            /** @description Each reply taken back and tried again, beside the reply that stayed at its point: empty when none was */
            comparisons: components["schemas"]["Comparison"][];
            /** @description "What if I had said…": each alternative played at a reply of the path taken, beside that reply; empty when none was */
            counterfactuals: components["schemas"]["CounterfactualComparison"][];
            /** @description The replies the learner asked a hint for first, and the principle each hint named */
            hints: {
                seq: number;
                principle: components["schemas"]["PrincipleId"];
            }[];
            /** @description Replies written after a hint */
            hintCount: number;
            /** @description How far to trust each reply's score of the path taken, and how many replies have each level; absent in reports stored before it existed */
            confidence?: {
                high: number;
                medium: number;
                low: number;
                replies: {
                    seq: number;
                    /** @enum {string} */
                    level: "high" | "medium" | "low";
                }[];
            };
            createdAt: string;
            /**
             * @deprecated
             * @description Deprecated: `learnerTurnCount`; removed in version 2
             */
            turns: number;
            summary: components["schemas"]["LeaderImage"] & unknown;
        };
        LeaderImage: {
            strongBack: {
                score: number | null;
                text: string;
                /** @description The principles whose means it is made of */
                principles: components["schemas"]["PrincipleId"][];
            };
            softFront: {
                score: number | null;
                text: string;
                /** @description The principles whose means it is made of */
                principles: components["schemas"]["PrincipleId"][];
            };
            wildHeart: {
                score: number | null;
                text: string;
                /** @description The principles whose means it is made of */
                principles: components["schemas"]["PrincipleId"][];
            };
        };
        Comparison: {
            /** @description The reply of the path taken */
            seq: number;
            /** @description The reply taken back */
            before: {
                seq: number;
                reply: string;
                overall: number;
                /** @description The persona's answer to the reply; null when it never came */
                answer: string | null;
            };
            /** @description The reply that stayed */
            after: {
                seq: number;
                reply: string;
                overall: number;
                /** @description The persona's answer to the reply; null when it never came */
                answer: string | null;
            };
            principles: {
                id: components["schemas"]["PrincipleId"];
                before: number | null;
                after: number | null;
                /** @description after − before; null when either did not apply */
                difference: number | null;
            }[];
            /** @description The principles whose evidence changed, with the quotes on each side */
            evidence: {
                id: components["schemas"]["PrincipleId"];
                before: {
                    /** @description Exact words of the reply: reply.slice(start, end) === quote */
                    quote: string;
                    /**
                     * @description Whether these words earned the principle points or cost it points
                     * @enum {string}
                     */
                    polarity: "earned" | "cost";
                }[];
                after: {
                    /** @description Exact words of the reply: reply.slice(start, end) === quote */
                    quote: string;
                    /**
                     * @description Whether these words earned the principle points or cost it points
                     * @enum {string}
                     */
                    polarity: "earned" | "cost";
                }[];
            }[];
        };
        /** @description An alternative played at a reply of the path taken, beside that reply: `before` is the reply said, `after` the alternative, each principle's `difference` is alternative − said */
        CounterfactualComparison: {
            /** @description The reply of the path taken the alternative was played at */
            seq: number;
            /**
             * @description `suggested`: the example opening the hint gives at that point, from the rubric's scores on the replies before it; `golden`: a good example reply of the scenario (the next one not yet played at that turn); `own`: the learner's own words
             * @enum {string}
             */
            source: "suggested" | "golden" | "own";
            /** @description The reply said */
            before: {
                seq: number;
                reply: string;
                overall: number;
                /** @description The persona's answer to the reply; null when it never came */
                answer: string | null;
            };
            /** @description The alternative played in its place */
            after: {
                seq: number;
                reply: string;
                overall: number;
                /** @description The persona's answer to the reply; null when it never came */
                answer: string | null;
            };
            principles: {
                id: components["schemas"]["PrincipleId"];
                before: number | null;
                after: number | null;
                /** @description after − before; null when either did not apply */
                difference: number | null;
            }[];
            /** @description The principles whose evidence changed, with the quotes on each side */
            evidence: {
                id: components["schemas"]["PrincipleId"];
                before: {
                    /** @description Exact words of the reply: reply.slice(start, end) === quote */
                    quote: string;
                    /**
                     * @description Whether these words earned the principle points or cost it points
                     * @enum {string}
                     */
                    polarity: "earned" | "cost";
                }[];
                after: {
                    /** @description Exact words of the reply: reply.slice(start, end) === quote */
                    quote: string;
                    /**
                     * @description Whether these words earned the principle points or cost it points
                     * @enum {string}
                     */
                    polarity: "earned" | "cost";
                }[];
            }[];
            /** @description The mood both were heard in (`before`), and the mood after the reply said and after the alternative */
            mood: {
                before: components["schemas"]["Mood"];
                said: components["schemas"]["Mood"] | null;
                alternative: components["schemas"]["Mood"];
            };
        };
        Progress: {
            learnerId: string;
            reports: components["schemas"]["ProgressReport"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /**
             * @deprecated
             * @description Deprecated: `reports`, whose `principles` is a list like the report's; removed in version 2
             */
            sessions: components["schemas"]["LegacyProgressSession"][];
        };
        ProgressReport: {
            /** Format: uuid */
            sessionId: string;
            scenarioId: string;
            scenarioTitle: string;
            /** @enum {string} */
            language: "nl" | "en";
            /** @enum {string} */
            mode: "practice" | "assessment";
            endedAt: string;
            overall: number;
            principles: {
                id: components["schemas"]["PrincipleId"];
                mean: number | null;
            }[];
            /** @description Replies written after a hint in this session */
            hintCount: number;
        };
        /** @deprecated */
        LegacyProgressSession: {
            /** Format: uuid */
            sessionId: string;
            scenarioId: string;
            scenarioTitle: string;
            /** @enum {string} */
            language: "nl" | "en";
            /** @enum {string} */
            mode: "practice" | "assessment";
            endedAt: string;
            overall: number;
            principles: {
                [key: string]: number | null;
            };
        };
        StudioFileList: {
            files: {
                /**
                 * @description `<language>/<name>.yaml`
                 * @example en/saying-no.yaml
                 */
                file: string;
                id: string;
                /** @enum {string} */
                language: "nl" | "en";
                /**
                 * @description null when the file does not parse
                 * @enum {string|null}
                 */
                status: "draft" | "published" | null;
                /** @description null when the file does not parse */
                title: string | null;
                /**
                 * @description The first 16 hex digits of the SHA-256 of the file's bytes
                 * @example 3f2a9c0d1e4b5a67
                 */
                version: string;
            }[];
        };
        StudioFile: {
            /**
             * @description `<language>/<name>.yaml`
             * @example en/saying-no.yaml
             */
            file: string;
            text: string;
            /**
             * @description The first 16 hex digits of the SHA-256 of the file's bytes
             * @example 3f2a9c0d1e4b5a67
             */
            version: string;
        };
        StudioCheck: {
            valid: boolean;
            problems: components["schemas"]["StudioProblem"][];
            examples: components["schemas"]["StudioExample"][];
        };
        StudioProblem: {
            /** @enum {string} */
            severity: "error" | "warning";
            message: string;
            line: number;
            column: number;
            /** @description The field, dotted (`persona.hiddenNeeds[0]`); empty for the file */
            path: string;
        };
        StudioExample: {
            /** @description Its place in `examples` */
            index: number;
            line: number;
            /** @enum {string} */
            expected: "good" | "fair" | "poor";
            /** @enum {string} */
            got: "good" | "fair" | "poor";
            /** @description The overall score, 0–100 */
            score: number;
            inBand: boolean;
            /** @description The score per principle scored here (0–4) */
            principles: {
                "self-leadership"?: number;
                connection?: number;
                courage?: number;
                clarity?: number;
                mentorship?: number;
            };
            /** @description The score per principle the example expects (its `scores`), where it declares one */
            expectedPrinciples: {
                "self-leadership"?: number;
                connection?: number;
                courage?: number;
                clarity?: number;
                mentorship?: number;
            };
            /** @description The expected principles scored off by more than `scenarios:check --strict` allows (or not scored at all) */
            principlesOff: ("self-leadership" | "connection" | "courage" | "clarity" | "mentorship")[];
            /** @description The moves the rubric recognised */
            moves: string[];
            /** @description The must-do acts (acts.core) the reply does, by label */
            actsMet: string[];
            /** @description The must-do acts the reply misses */
            actsMissed: string[];
            /** @description The must-not acts (acts.mustNot) the reply does */
            mustNotDone: string[];
        };
        StudioCheckRequest: {
            /** @description The YAML text of one scenario file (at most 256 KB) */
            text: string;
            /**
             * @description `<language>/<name>.yaml`
             * @example en/saying-no.yaml
             */
            file?: string;
        };
        StudioSaved: {
            /**
             * @description `<language>/<name>.yaml`
             * @example en/saying-no.yaml
             */
            file: string;
            /**
             * @description The first 16 hex digits of the SHA-256 of the file's bytes
             * @example 3f2a9c0d1e4b5a67
             */
            version: string;
        };
        StudioSaveRequest: {
            /** @description The YAML text of one scenario file (at most 256 KB) */
            text: string;
            /**
             * @description The version the text was opened at; null to create the file
             * @example 3f2a9c0d1e4b5a67
             */
            baseVersion: string | null;
        };
        StudioTemplate: {
            /**
             * @description `<language>/<name>.yaml`
             * @example en/saying-no.yaml
             */
            file: string;
            text: string;
        };
        StudioTemplateRequest: {
            /** @enum {string} */
            kind: "new";
            /** @enum {string} */
            category: "saying-no" | "apologising" | "forgiving" | "giving-feedback" | "disagreeing" | "being-present" | "mentoring" | "stakeholder" | "delivering-bad-news" | "addressing-underperformance";
            /** @enum {string} */
            language: "nl" | "en";
            /**
             * @description The new scenario id, which is also its file name
             * @example saying-no-to-overtime
             */
            id: string;
            title?: string;
        } | {
            /** @enum {string} */
            kind: "translation";
            /**
             * @description `<language>/<name>.yaml`
             * @example en/saying-no.yaml
             */
            from: string;
            /** @enum {string} */
            language: "nl" | "en";
            /**
             * @description The new scenario id, which is also its file name
             * @example saying-no-to-overtime
             */
            id: string;
        };
        ScenarioJsonSchema: {
            [key: string]: unknown;
        };
        StudioPreview: {
            previewId: string;
            title: string;
            persona: {
                name: string;
                role: string;
            };
            /** @description The persona's opening lines; empty when the learner starts */
            opening: string[];
            /** @enum {string} */
            language: "nl" | "en";
        };
        StudioPreviewRequest: {
            /** @description The YAML text of one scenario file (at most 256 KB) */
            text: string;
        };
        StudioPreviewTurn: {
            persona: {
                text: string;
            };
            mood: components["schemas"]["StudioPreviewMood"];
            feedback: components["schemas"]["RubricResult"];
            ended: boolean;
        };
        StudioPreviewMood: {
            /** @description Trust, 0–100 */
            value: number;
            /** @enum {string} */
            label?: "closed" | "guarded" | "neutral" | "open";
            trust: number;
            tension: number;
        };
        StudioPreviewReply: {
            reply: string;
        };
        ScenarioFigures: {
            scenarioId: string;
            /** @description The scenario's title as the library has it now; null when it is no longer in the library */
            title: string | null;
            /**
             * @description null when it is no longer in the library
             * @enum {string|null}
             */
            language: "nl" | "en" | null;
            /** @description false when fewer than 5 learners rehearsed it: every figure is null */
            shown: boolean;
            /** @description Identified learners who started it */
            learners: number | null;
            sessionsStarted: number | null;
            sessionsFinished: number | null;
            /** @description Learner replies per completed session; null when fewer than 5 identified learners stand behind it (it could point at a person) */
            medianTurns: number | null;
            /** @description 0–4 per principle over completed sessions; null when fewer than 5 identified learners stand behind it (it could point at a person) */
            meanScores: {
                "self-leadership": number | null;
                connection: number | null;
                courage: number | null;
                clarity: number | null;
                mentorship: number | null;
            } | null;
            /** @description How often each success statement was reached, least reached first */
            success: {
                statement: string;
                reached: number;
                sessions: number;
            }[] | null;
            /** @description The scenario's core act, in the sessions that never did it, most frequent first */
            missingActs: {
                label: string;
                sessions: number;
            }[] | null;
            /** @description Where learners lose the persona: the reply number (2 = the second reply) at which the persona's trust fell, how often, and the share of replies there that lost it; most frequent first */
            moodDrops: {
                reply: number;
                drops: number;
                share: number;
            }[] | null;
            hintsPerSession: number | null;
            /** @description Replies taken back and tried again */
            retriesPerSession: number | null;
        };
        ScenarioAgreement: {
            scenarioId: string;
            golden: components["schemas"]["GoldenAgreement"];
            judge: components["schemas"]["JudgeAgreement"];
        };
        /** @description Null when the scenario file does not parse now */
        GoldenAgreement: {
            /** @description The scenario file scored, e.g. `en/saying-no-extra-project.yaml` */
            file: string;
            /** @description Golden examples scored (one still holding a TODO is left out) */
            examples: number;
            /** @description Those that score in the band their rating names */
            inBand: number;
            rating: {
                /** @description Quadratic-weighted kappa of the rating the rubric gives (poor < fair < good) against the author's */
                kappa: number | null;
                /**
                 * @description `no-variation`: every example has the same rating, given or got, so kappa says nothing
                 * @enum {string|null}
                 */
                reason: "no-examples" | "no-variation" | null;
            };
            /** @description Every principle, in the method’s order */
            principles: {
                principle: components["schemas"]["PrincipleId"];
                /** @description Examples that name the score they expect for it */
                n: number;
                /** @description Of those, the rubric gives exactly that score */
                exact: number;
                /** @description Of those, the rubric is at most one point off */
                withinOne: number;
            }[];
        } | null;
        JudgeAgreement: {
            /** @description This consumer's replies in the scenario that the judge scored beside the heuristic */
            verdicts: number;
            principles: {
                principle: components["schemas"]["PrincipleId"];
                /** @description Replies both scored on this principle */
                n: number;
                /** @description Quadratic-weighted kappa on the 0–4 scale, judge against heuristic */
                kappa: number | null;
                /**
                 * @description Why kappa is null: `no-judge` (no judge verdicts stored), `too-few` (fewer than 20 paired scores), `no-variation` (one of the two gave every reply the same score)
                 * @enum {string|null}
                 */
                reason: "no-judge" | "too-few" | "no-variation" | null;
            }[];
        };
        XapiStatements: {
            statements: components["schemas"]["XapiStatement"][];
        };
        XapiStatement: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            version: "1.0.3";
            actor: components["schemas"]["XapiActor"];
            verb: {
                id: string;
                /**
                 * @example {
                 *       "en-US": "completed"
                 *     }
                 */
                display: {
                    [key: string]: string;
                };
            };
            object: {
                /** @enum {string} */
                objectType: "Activity";
                id: string;
                definition: {
                    type: string;
                    /**
                     * @example {
                     *       "en-US": "completed"
                     *     }
                     */
                    name: {
                        [key: string]: string;
                    };
                    /**
                     * @example {
                     *       "en-US": "completed"
                     *     }
                     */
                    description?: {
                        [key: string]: string;
                    };
                };
            };
            result?: {
                score?: {
                    scaled: number;
                    raw: number;
                    min: number;
                    max: number;
                };
                completion?: boolean;
                extensions?: {
                    [key: string]: unknown;
                };
            };
            context: {
                /** Format: uuid */
                registration: string;
                platform: string;
                language: string;
                extensions: {
                    [key: string]: unknown;
                };
            };
            timestamp: string;
        };
        /** @description The learner as an xAPI Agent: an account in the consumer's own system (`homePage` + `name`) or an `mbox_sha1sum`. A plain `mbox` is not accepted: learner data stays pseudonymous. */
        XapiActor: {
            /**
             * @default Agent
             * @enum {string}
             */
            objectType?: "Agent";
            account: {
                /**
                 * Format: uri
                 * @example https://lms.example.org
                 */
                homePage: string;
                /** @example lms-user-42 */
                name: string;
            };
        } | {
            /**
             * @default Agent
             * @enum {string}
             */
            objectType?: "Agent";
            mbox_sha1sum: string;
        };
        LearnerActor: {
            learnerId: string;
            actor: components["schemas"]["XapiActor"];
            /**
             * @description `learner`: set for this learner; `consumer`: an account under the consumer's home page; `default`: an account under this server's PUBLIC_URL
             * @enum {string}
             */
            source: "learner" | "consumer" | "default";
        };
        CreatedWebhook: components["schemas"]["Webhook"] & {
            /** @description The signing secret (`whsec_…`): shown this once, stored encrypted, never shown again */
            secret: string;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("session.started" | "turn.scored" | "session.ended" | "session.erased")[];
            createdAt: string;
        };
        CreateWebhook: {
            /** @example https://lms.example.org/rehearse-events */
            url: string;
            events?: ("session.started" | "turn.scored" | "session.ended" | "session.erased")[];
        };
        WebhookList: {
            webhooks: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookDeliveryList: {
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookDelivery: {
            /** @description This delivery: one event to this webhook */
            id: string;
            /**
             * Format: uuid
             * @description The event, as sent in `webhook-id`; receivers drop repeats of it
             */
            eventId: string;
            /** @enum {string} */
            eventType: "session.started" | "turn.scored" | "session.ended" | "session.erased";
            /** Format: uuid */
            sessionId: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description The receiver's HTTP status at the last attempt */
            lastStatus: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            createdAt: string;
            finishedAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests this key may make in the current one-minute window (with AUTH=api-key) */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window (with AUTH=api-key) */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window starts again (with AUTH=api-key) */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
        /** @description The bearer challenge: `Bearer realm="rehearse"`, with `error="invalid_token"` for a bad key */
        "WWW-Authenticate": string;
        /** @description The path of the resource just created */
        Location: string;
        /** @description On answers that still carry deprecated fields: when they were deprecated (RFC 9745) */
        Deprecation: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listScenarios: {
        parameters: {
            query?: {
                category?: "saying-no" | "apologising" | "forgiving" | "giving-feedback" | "disagreeing" | "being-present" | "mentoring" | "stakeholder" | "delivering-bad-news" | "addressing-underperformance";
                language?: "nl" | "en";
                difficulty?: "easy" | "medium" | "hard";
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scenarios, sorted by id */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenario */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The YAML text of one scenario file (at most 256 KB) */
        requestBody: {
            content: {
                "application/yaml": string;
            };
        };
        responses: {
            /** @description Valid */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidScenario"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Invalid: the error shape with `code: "invalid_scenario"`, and every problem and where it is in `details.errors` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidScenario"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPrinciples: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rubric */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principles"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    scoreReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreRequest"];
            };
        };
        responses: {
            /** @description The scores with their evidence */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResult"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSession"];
            };
        };
        responses: {
            /** @description The new session, with the persona's opening; `Location` is its path */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    takeTurn: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TurnInput"];
            };
        };
        responses: {
            /** @description The turn */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnAnswer"];
                    "text/event-stream": components["schemas"]["TurnStreamEvent"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The language model failed */
            502: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The language model timed out */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tryAgain: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                /** @description The reply to take back */
                turnId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TurnInput"];
            };
        };
        responses: {
            /** @description The turn */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnAnswer"];
                    "text/event-stream": components["schemas"]["TurnStreamEvent"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The language model failed */
            502: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The language model timed out */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    whatIf: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                /** @description The learner turn to play an alternative at */
                turnId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfInput"];
            };
        };
        responses: {
            /** @description The alternative kept for this `Idempotency-Key` before */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Counterfactual"];
                };
            };
            /** @description The alternative, scored and answered, as it is kept */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Counterfactual"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The language model failed */
            502: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The language model timed out */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    askHint: {
        parameters: {
            query?: {
                /** @description The reply being taken back (`tryAgain`): the hint is for the point it followed */
                replaces?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hint asked for before, for the same reply */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hint"];
                };
            };
            /** @description A new hint */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hint"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLearnerProgress: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path: {
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress: the reports of sessions that ended with at least one reply, oldest first */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Progress"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStudioFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files, by language then name */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioFileList"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStudioFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                language: "nl" | "en";
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioFile"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveStudioFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                language: "nl" | "en";
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioSaveRequest"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSaved"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkStudioText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioCheckRequest"];
            };
        };
        responses: {
            /** @description What the check found; `valid` is false when any problem is an error */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioCheck"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createStudioTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioTemplateRequest"];
            };
        };
        responses: {
            /** @description The text and the file it is for */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioTemplate"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenarioSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Schema (2020-12) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioJsonSchema"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startStudioPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioPreviewRequest"];
            };
        };
        responses: {
            /** @description Started */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioPreview"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    takeStudioPreviewTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                previewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioPreviewReply"];
            };
        };
        responses: {
            /** @description The persona's answer */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioPreviewTurn"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScenarioAnalytics: {
        parameters: {
            query?: {
                /** @description How many weeks back: the sessions started (or, for trends, ended) since then */
                weeks?: number;
                /** @description `csv`: the same figures as a CSV file, one row per line, for a spreadsheet */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        minLearners: number;
                        scenarios: components["schemas"]["ScenarioFigures"][];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit or token budget reached */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPrincipleTrends: {
        parameters: {
            query?: {
                /** @description How many weeks back */
                weeks?: number;
                /** @description `csv`: the same figures as a CSV file, one row per line, for a spreadsheet */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trend per principle */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        minLearners: number;
                        principles: {
                            principle: components["schemas"]["PrincipleId"];
                            weeks: {
                                week: string;
                                learners: number;
                                mean: number;
                            }[];
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit or token budget reached */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query: {
                /** @description The scenario’s id, as its file is named */
                scenarioId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioAgreement"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit or token budget reached */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLearner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSessionXapi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statements */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["XapiStatements"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLearnerActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor in use */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerActor"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setLearnerActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["XapiActor"];
            };
        };
        responses: {
            /** @description The actor in use */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerActor"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLearnerActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                learnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhooks, oldest first */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Registered; the secret is in this answer only */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description The request is malformed or invalid */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable content */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
                limit?: number;
                /** @description `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key lacks the scope this needs */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available right now */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
