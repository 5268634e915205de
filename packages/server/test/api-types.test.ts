import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiDocument, renderApiTypes } from '../../../scripts/api-types.js';

// The web app's API types are generated from the OpenAPI document (scripts/api-types.ts) and checked
// in: regenerated here in memory, they must be what the file holds, so CI fails on a stale file.
/**
 * The routes whose success answer is not JSON: files (CSV, XLSX, PDF, DOCX, ICS, XML) and deletions
 * answering 204 with no body. Every other route declares the JSON it answers (issue #18 item 6).
 */
const NOT_JSON = {
  files: [
    'GET /workspaces/{workspaceId}/events/{eventId}/registrations',
    'GET /workspaces/{workspaceId}/events.ics',
    'GET /workspaces/{workspaceId}/strategy/action-plan/export',
    'GET /workspaces/{workspaceId}/strategy/canvas/{canvasId}/pdf',
    'GET /workspaces/{workspaceId}/organisation/financial-plans/{planId}/xlsx',
    'GET /workspaces/{workspaceId}/organisation/membership-agreement',
    'GET /workspaces/{workspaceId}/portfolio/{initiativeId}/reports/{reportId}',
    'GET /workspaces/{workspaceId}/programme/report',
    'GET /workspaces/{workspaceId}/programme/iati',
    'GET /workspaces/{workspaceId}/programme/cohorts/{cohortId}/participants/{participantId}/certificate.pdf',
    'GET /workspaces/{workspaceId}/surveys/{surveyId}/responses/export',
    'GET /workspaces/{workspaceId}/surveys/{surveyId}/xlsform',
    'GET /workspaces/{workspaceId}/monitoring/values/export',
    'GET /workspaces/{workspaceId}/monitoring/iati',
    'GET /calendar/{token}',
  ],
  deletions: [
    'DELETE /workspaces/{workspaceId}/operations/processes/{processId}',
    'DELETE /workspaces/{workspaceId}/strategy/goals/{goalId}',
    'DELETE /workspaces/{workspaceId}/strategy/strategies/{strategyId}',
    'DELETE /workspaces/{workspaceId}/strategy/strategies/{strategyId}/elements/{elementId}',
    'DELETE /workspaces/{workspaceId}/strategy/action-plan/{planId}/tasks/{taskId}',
    'DELETE /workspaces/{workspaceId}/strategy/action-plan/{planId}',
    'DELETE /workspaces/{workspaceId}/strategy/roadmaps/{roadmapId}',
    'DELETE /workspaces/{workspaceId}/strategy/roadmaps/{roadmapId}/items/{itemId}',
    'DELETE /workspaces/{workspaceId}/organisation/agreements/{agreementId}',
    'DELETE /workspaces/{workspaceId}/programme/plans/{planId}',
    'DELETE /workspaces/{workspaceId}/monitoring/reports/{reportId}',
    'DELETE /workspaces/{workspaceId}/connect/postings/{postingId}',
  ],
};

describe('the generated API types (packages/web/src/api/openapi.d.ts)', () => {
  it('cover every route that answers JSON: only files and 204 deletions go without a schema', async () => {
    const doc = await apiDocument();
    const without: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths ?? {}))
      for (const [method, op] of Object.entries(operations as Record<string, unknown>)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const responses = (op as { responses?: Record<string, { content?: Record<string, unknown> }> })
          .responses;
        const json = Object.entries(responses ?? {}).some(
          ([status, r]) => status.startsWith('2') && r.content?.['application/json'],
        );
        if (!json) without.push(`${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`);
      }
    expect(without.sort()).toEqual([...NOT_JSON.files, ...NOT_JSON.deletions].sort());
  });

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
