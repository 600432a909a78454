import { z } from '@hono/zod-openapi';
import { AppError } from '../../errors.ts';
import {
  MAX_SCENARIO_BYTES,
  parseScenarioBytes,
  type ScenarioRegistry,
  toPublicScenario,
  toScenarioSummary,
} from '../../scenarios/index.ts';
import { createRouter } from '../create-router.ts';
import { decodeCursor, toPage } from '../pagination.ts';
import { getScenario, listScenarios, validateScenario } from './scenarios.routes.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain'];

export function createScenarioRoutes(scenarios: ScenarioRegistry) {
  return createRouter()
    .openapi(listScenarios, (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      const after = decodeCursor(cursor, z.tuple([z.string()]));
      const rows = scenarios
        .list(filter)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .filter((scenario) => !after || scenario.id > after[0])
        .slice(0, limit + 1);
      const page = toPage(rows, limit, (scenario) => [scenario.id]);
      return c.json({ scenarios: page.items.map(toScenarioSummary), nextCursor: page.nextCursor }, 200);
    })
    .openapi(getScenario, (c) => {
      const { id } = c.req.valid('param');
      const scenario = scenarios.get(id);
      if (!scenario) throw new AppError('not_found', `No scenario '${id}'.`);
      return c.json(toPublicScenario(scenario), 200);
    })
    .openapi(validateScenario, async (c) => {
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!YAML_TYPES.includes(type)) {
        throw new AppError(
          'unsupported_media_type',
          'Send the scenario as YAML text with content-type: application/yaml.',
        );
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength > MAX_SCENARIO_BYTES) {
        throw new AppError(
          'payload_too_large',
          `A scenario file may be at most ${MAX_SCENARIO_BYTES / 1024} KB.`,
        );
      }
      const result = parseScenarioBytes(bytes);
      if (result.ok) {
        return c.json({ valid: true as const, scenario: result.scenario, warnings: result.warnings }, 200);
      }
      const [first] = result.errors;
      const more = result.errors.length > 1 ? '; every problem is in `details.errors`' : '';
      throw new AppError(
        'invalid_scenario',
        `The scenario file is not valid: ${first?.message} (line ${first?.line}, column ${first?.column})${more}.`,
        { errors: result.errors },
      );
    });
}
