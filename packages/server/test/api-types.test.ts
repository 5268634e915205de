import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiDocument, renderApiTypes } from '../../../scripts/api-types.js';

// The web app's API types are generated from the OpenAPI document (scripts/api-types.ts) and checked
// in: regenerated here in memory, they must be what the file holds, so CI fails on a stale file.
describe('the generated API types (packages/web/src/api/openapi.d.ts)', () => {
  it('are those of the current OpenAPI document', async () => {
    const fresh = await renderApiTypes(await apiDocument());
    const checkedIn = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    if (fresh !== checkedIn) {
      const a = fresh.split('\n');
      const b = checkedIn.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `packages/web/src/api/openapi.d.ts is stale: run npm run api-types and commit it ` +
          `(first difference at line ${line + 1}: generated ${JSON.stringify(a[line])}, ` +
          `checked in ${JSON.stringify(b[line])})`,
      );
    }
  });
});
