import { Route } from 'react-router';
import { ProgrammePage } from './ProgrammePage';
import { portfolioScreens } from './portfolio.screens';
import { callScreens } from './calls.screens';
import { planScreens } from './plans.screens';

/**
 * The programme's screens (issue 15; docs/programme.md). Each slice lists its own routes in its
 * `*.screens.tsx`, so that parts built side by side do not edit the same lines of App.tsx.
 */
export function programmeScreens() {
  return (
    <>
      <Route path="/w/:workspaceId/programme" element={<ProgrammePage />} />
      {portfolioScreens()}
      {callScreens()}
      {planScreens()}
    </>
  );
}
