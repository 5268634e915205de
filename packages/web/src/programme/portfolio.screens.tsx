import { Route } from 'react-router';
import { PortfolioPage } from './PortfolioPage';
import { PortfolioInitiativePage } from './PortfolioInitiativePage';
import { BlueprintChartPage } from './BlueprintChartPage';
import { ProgrammeReportPage } from './ProgrammeReportPage';
import { PortfolioComparePage, PortfolioMapPage, PortfolioRollupsPage } from './portfolioViews';

/** Slice A's screens (docs/programme.md): the portfolio, an initiative's page, comparison, roll-ups, map, blueprint chart, the programme report. */
export function portfolioScreens() {
  return (
    <>
      <Route path="/w/:workspaceId/portfolio" element={<PortfolioPage />} />
      <Route path="/w/:workspaceId/programme/report" element={<ProgrammeReportPage />} />
      <Route path="/w/:workspaceId/portfolio/rollups" element={<PortfolioRollupsPage />} />
      <Route path="/w/:workspaceId/portfolio/compare" element={<PortfolioComparePage />} />
      <Route path="/w/:workspaceId/portfolio/map" element={<PortfolioMapPage />} />
      <Route path="/w/:workspaceId/portfolio/blueprint" element={<BlueprintChartPage />} />
      <Route path="/w/:workspaceId/portfolio/:initiativeId" element={<PortfolioInitiativePage />} />
    </>
  );
}
