import { createRoute, z } from '@hono/zod-openapi';
import { PRINCIPLE_IDS } from '../../rubric/ids.ts';
import { MAX_SCENARIO_BYTES } from '../../scenarios/parse.ts';
import { FILE_NAME } from '../../studio/files.ts';
import {
  CATEGORIES,
  LANGUAGES,
  MOOD_LABELS,
  RATINGS,
  SCENARIO_ID,
  SCENARIO_ID_RULE,
  STATUSES,
} from '../../vocabulary.ts';
import { errorResponses } from '../create-router.ts';
import { rubricResultSchema } from '../schemas.ts';

const tags = ['Studio'];

const fileParams = z.object({
  language: z.enum(LANGUAGES).openapi({ param: { name: 'language', in: 'path' } }),
  name: z
    .string()
    .regex(FILE_NAME, 'must be lowercase letters, digits and dashes, ending in .yaml')
    .openapi({ param: { name: 'name', in: 'path' }, example: 'saying-no-extra-project.yaml' }),
});

const fileField = z
  .string()
  .openapi({ description: '`<language>/<name>.yaml`', example: 'en/saying-no.yaml' });
const versionField = z.string().openapi({
  description: "The first 16 hex digits of the SHA-256 of the file's bytes",
  example: '3f2a9c0d1e4b5a67',
});
const scenarioIdField = z.string().regex(SCENARIO_ID, SCENARIO_ID_RULE).max(100).openapi({
  description: 'The new scenario id, which is also its file name',
  example: 'saying-no-to-overtime',
});
const textField = z.string().openapi({
  description: `The YAML text of one scenario file (at most ${MAX_SCENARIO_BYTES / 1024} KB)`,
});

const problemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    path: z
      .string()
      .openapi({ description: 'The field, dotted (`persona.hiddenNeeds[0]`); empty for the file' }),
  })
  .openapi('StudioProblem');

const exampleSchema = z
  .object({
    index: z.number().int().openapi({ description: 'Its place in `examples`' }),
    line: z.number().int(),
    expected: z.enum(RATINGS),
    got: z.enum(RATINGS),
    score: z.number().int().openapi({ description: 'The overall score, 0–100' }),
    inBand: z.boolean(),
    principles: z.partialRecord(z.enum(PRINCIPLE_IDS), z.number()).openapi({
      description: 'The score per principle scored here (0–4)',
    }),
    expectedPrinciples: z.partialRecord(z.enum(PRINCIPLE_IDS), z.number()).openapi({
      description: 'The score per principle the example expects (its `scores`), where it declares one',
    }),
    principlesOff: z.array(z.enum(PRINCIPLE_IDS)).openapi({
      description:
        'The expected principles scored off by more than `scenarios:check --strict` allows (or not scored at all)',
    }),
    moves: z.array(z.string()).openapi({ description: 'The moves the rubric recognised' }),
    actsMet: z
      .array(z.string())
      .openapi({ description: 'The must-do acts (acts.core) the reply does, by label' }),
    actsMissed: z.array(z.string()).openapi({ description: 'The must-do acts the reply misses' }),
    mustNotDone: z
      .array(z.string())
      .openapi({ description: 'The must-not acts (acts.mustNot) the reply does' }),
  })
  .openapi('StudioExample');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const listFiles = createRoute({
  method: 'get',
  path: '/v1/studio/files',
  operationId: 'listStudioFiles',
  tags,
  summary: 'Every scenario file in the folder, drafts and broken files too',
  responses: {
    200: json(
      z
        .object({
          files: z.array(
            z.object({
              file: fileField,
              id: z.string(),
              language: z.enum(LANGUAGES),
              status: z
                .enum(STATUSES)
                .nullable()
                .openapi({ description: 'null when the file does not parse' }),
              title: z.string().nullable().openapi({ description: 'null when the file does not parse' }),
              version: versionField,
            }),
          ),
        })
        .openapi('StudioFileList'),
      'The files, by language then name',
    ),
    ...errorResponses(401, 429),
  },
});

export const getFile = createRoute({
  method: 'get',
  path: '/v1/studio/files/{language}/{name}',
  operationId: 'getStudioFile',
  tags,
  summary: "A scenario file's text and version",
  request: { params: fileParams },
  responses: {
    200: json(
      z.object({ file: fileField, text: z.string(), version: versionField }).openapi('StudioFile'),
      'The file',
    ),
    ...errorResponses(400, 401, 404, 429),
  },
});

export const checkFile = createRoute({
  method: 'post',
  path: '/v1/studio/check',
  operationId: 'checkStudioText',
  tags,
  summary:
    'Check a text as `npm run scenarios:check -- --strict` checks a file, and score its golden examples',
  description:
    'The same checks and messages as the command: the file on its own, against the rest of the library (ids, ' +
    'translation links), and its golden examples scored by the heuristic rubric (one out of its band is an error). ' +
    'Without `file` the text is checked as the file its language and id would make. Nothing is saved.',
  request: {
    body: jsonBody(
      z.strictObject({ text: textField, file: fileField.optional() }).openapi('StudioCheckRequest'),
    ),
  },
  responses: {
    200: json(
      z
        .object({ valid: z.boolean(), problems: z.array(problemSchema), examples: z.array(exampleSchema) })
        .openapi('StudioCheck'),
      'What the check found; `valid` is false when any problem is an error',
    ),
    ...errorResponses(400, 401, 413, 429),
  },
});

export const saveFile = createRoute({
  method: 'put',
  path: '/v1/studio/files/{language}/{name}',
  operationId: 'saveStudioFile',
  tags,
  summary: 'Save a scenario file (atomically, keeping the previous version)',
  description:
    'Creates the file (`baseVersion: null`; 409 `file_exists` if it exists) or replaces the version the author ' +
    'opened (409 `file_changed`, with theirs and yours, if it changed or was deleted since). A text the strict check ' +
    'finds errors in is not saved (422 `scenario_invalid`, every problem in `details.problems`). The previous ' +
    'version is kept in `.versions/<language>/` of the scenario folder; the server serves the saved file at once.',
  request: {
    params: fileParams,
    body: jsonBody(
      z
        .strictObject({
          text: textField,
          baseVersion: versionField.nullable().openapi({
            description: 'The version the text was opened at; null to create the file',
          }),
        })
        .openapi('StudioSaveRequest'),
    ),
  },
  responses: {
    200: json(z.object({ file: fileField, version: versionField }).openapi('StudioSaved'), 'Saved'),
    ...errorResponses(400, 401, 409, 413, 422, 429),
  },
});

export const createTemplate = createRoute({
  method: 'post',
  path: '/v1/studio/templates',
  operationId: 'createStudioTemplate',
  tags,
  summary: 'A starting text for a new file (not saved)',
  description:
    '`new`: the scaffold `npm run scenarios:new` writes for the category, a valid draft full of TODOs. ' +
    '`translation`: the file `from` as a draft in the other language: the same structure, numbers and comments, ' +
    '`translations` linking back, every text kept with `TODO translate:` in front.',
  request: {
    body: jsonBody(
      z
        .discriminatedUnion('kind', [
          z.strictObject({
            kind: z.literal('new'),
            category: z.enum(CATEGORIES),
            language: z.enum(LANGUAGES),
            id: scenarioIdField,
            title: z.string().trim().min(1).max(200).optional(),
          }),
          z.strictObject({
            kind: z.literal('translation'),
            from: fileField,
            language: z.enum(LANGUAGES),
            id: scenarioIdField,
          }),
        ])
        .openapi('StudioTemplateRequest'),
    ),
  },
  responses: {
    200: json(
      z.object({ file: fileField, text: z.string() }).openapi('StudioTemplate'),
      'The text and the file it is for',
    ),
    ...errorResponses(400, 401, 404, 422, 429),
  },
});

export const getSchema = createRoute({
  method: 'get',
  path: '/v1/studio/schema',
  operationId: 'getScenarioSchema',
  tags,
  summary:
    "The scenario format's JSON Schema (as scenarios/scenario.schema.json), for the editor's completion",
  responses: {
    200: json(z.record(z.string(), z.unknown()).openapi('ScenarioJsonSchema'), 'A JSON Schema (2020-12)'),
    ...errorResponses(401, 429),
  },
});

const previewParams = z.object({
  previewId: z.string().openapi({ param: { name: 'previewId', in: 'path' } }),
});

export const startPreview = createRoute({
  method: 'post',
  path: '/v1/studio/previews',
  operationId: 'startStudioPreview',
  tags,
  summary: 'Play an unsaved text: a rehearsal kept in memory only',
  description:
    'Never stored, never in the library or the analytics. A draft plays too; a text that does not parse is 422 ' +
    '`scenario_invalid`. A preview belongs to the consumer that started it, ends after 30 minutes idle, and a ' +
    'consumer has at most 20 (starting another drops the least recently used).',
  request: { body: jsonBody(z.strictObject({ text: textField }).openapi('StudioPreviewRequest')) },
  responses: {
    201: json(
      z
        .object({
          previewId: z.string(),
          title: z.string(),
          persona: z.object({ name: z.string(), role: z.string() }),
          opening: z
            .array(z.string())
            .openapi({ description: "The persona's opening lines; empty when the learner starts" }),
          language: z.enum(LANGUAGES),
        })
        .openapi('StudioPreview'),
      'Started',
    ),
    ...errorResponses(400, 401, 413, 422, 429),
  },
});

export const previewTurn = createRoute({
  method: 'post',
  path: '/v1/studio/previews/{previewId}/turns',
  operationId: 'takeStudioPreviewTurn',
  tags,
  summary: "A reply in a preview: the persona's answer, the mood and the feedback a session's turn gets",
  description:
    'The scripted persona, or the model when ROLEPLAY_MODEL is set (the script answers when the model fails). ' +
    'One reply at a time (409 `turn_in_progress`); after the persona closes, 409 `session_ended`; at most the ' +
    "replies a session may have (422 `turn_limit_reached`). Another consumer's preview, or one expired, is 404.",
  request: {
    params: previewParams,
    body: jsonBody(z.strictObject({ reply: z.string() }).openapi('StudioPreviewReply')),
  },
  responses: {
    200: json(
      z
        .object({
          persona: z.object({ text: z.string() }),
          mood: z
            .object({
              value: z.number().int().openapi({ description: 'Trust, 0–100' }),
              label: z.enum(MOOD_LABELS).optional(),
              trust: z.number().int(),
              tension: z.number().int(),
            })
            .openapi('StudioPreviewMood'),
          feedback: rubricResultSchema,
          ended: z.boolean(),
        })
        .openapi('StudioPreviewTurn'),
      "The persona's answer",
    ),
    ...errorResponses(400, 401, 404, 409, 422, 429),
  },
});
