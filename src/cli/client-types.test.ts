import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryScenarios } from '../../test/harness.ts';
import { CLIENT_TYPES_FILE, clientTypes, consumerDocument } from './client-types.ts';

describe("the client's types", () => {
  it('are those generated from the OpenAPI document as it is (npm run client:types)', async () => {
    const generated = await clientTypes(await consumerDocument(await libraryScenarios()));
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8') === generated, 'stale: run `npm run client:types`').toBe(
      true,
    );
  });
});
