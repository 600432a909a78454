import { AppError } from '../../errors.ts';
import {
  detectLanguage,
  type Judge,
  MOVES,
  PRINCIPLES,
  scenarioContext,
  scoreReply,
} from '../../rubric/index.ts';
import type { ScenarioRegistry } from '../../scenarios/index.ts';
import { createRouter } from '../create-router.ts';
import { listPrinciples, MAX_SCORED_REPLY_CHARS, scoreReplyRoute } from './rubric.routes.ts';

export function createRubricRoutes(deps: { scenarios: ScenarioRegistry; judge: Judge | null }) {
  return createRouter()
    .openapi(listPrinciples, (c) => c.json({ principles: PRINCIPLES, moves: MOVES } as never, 200))
    .openapi(scoreReplyRoute, async (c) => {
      const body = c.req.valid('json');
      if (body.reply.length > MAX_SCORED_REPLY_CHARS) {
        throw new AppError('reply_too_long', `A reply may be at most ${MAX_SCORED_REPLY_CHARS} characters.`, {
          path: 'reply',
          length: body.reply.length,
        });
      }
      const scenario = body.scenarioId ? deps.scenarios.get(body.scenarioId) : undefined;
      if (body.scenarioId && !scenario) throw new AppError('not_found', `No scenario '${body.scenarioId}'.`);
      const detected = detectLanguage(body.reply);
      const language = scenario?.language ?? body.language ?? (detected === 'nl' ? 'nl' : 'en');
      const result = await scoreReply(
        {
          reply: body.reply,
          language,
          history: body.history ?? [],
          feedbackLanguage: body.feedbackLanguage,
          ...(scenario ? { focus: scenario.focus, scenario: scenarioContext(scenario) } : {}),
        },
        { engine: body.engine, judge: deps.judge ?? undefined },
      );
      return c.json(result, 200);
    });
}
