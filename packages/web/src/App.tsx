import { ProfilePage } from './organisation/ProfilePage';
import { LegalFormPage } from './organisation/LegalFormPage';
import { GovernancePage } from './organisation/GovernancePage';
import { StaffPage } from './organisation/StaffPage';
import { FinancialPlanPage } from './organisation/FinancialPlanPage';
import { AgreementsPage } from './organisation/AgreementsPage';
import { BusinessPlanPage } from './organisation/BusinessPlanPage';
import { StrategyPage } from './strategy/StrategyPage';
import { GoalsPage } from './strategy/GoalsPage';
import { ActionPlanPage } from './strategy/ActionPlanPage';
import { CanvasPage } from './strategy/CanvasPage';
import { RoadmapsPage } from './strategy/RoadmapsPage';
import { InternationalisationPage } from './strategy/InternationalisationPage';
import { BoardPage } from './connect/BoardPage';
import { PostingsPage } from './connect/PostingsPage';
import { InterestsPage } from './connect/InterestsPage';
import { InitiativeProfilePage } from './connect/InitiativeProfilePage';
import { ProfilesPage } from './connect/ProfilesPage';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { useSession } from './session';
import { Shell } from './layout/Shell';
import { Loading, NotAvailable } from './layout/common';
import { MODULES } from './layout/modules';
import { LoginPage, loginPath } from './auth/LoginPage';
import { AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage } from './auth/PasswordPages';
import { LifecyclePage } from './lifecycle/LifecyclePage';
import { UsersPage } from './accounts/UsersPage';
import { AuditPage } from './audit/AuditPage';
import { programmeScreens } from './programme/routes';
import { VerificationPage } from './platform/VerificationPage';
import { SharingPage } from './programme/SharingPage';
import { AccountPage } from './account/AccountPage';
import { MapPage } from './map/MapPage';
import { DatasetPage } from './map/DatasetPage';
import { SelectionListPage } from './map/selection/SelectionListPage';
import { SelectionPage } from './map/selection/SelectionPage';
import { ActorsPage } from './diagnose/ActorsPage';
import { NetworkPage } from './diagnose/NetworkPage';
import { NeedsPage } from './diagnose/NeedsPage';
import { StakeholdersPage } from './diagnose/StakeholdersPage';
import { ValueChainPage } from './diagnose/ValueChainPage';
import { AnalysisPage } from './diagnose/AnalysisPage';
import { MemberCardsPage } from './diagnose/MemberCardsPage';
import { ReportPage } from './diagnose/ReportPage';
import { ConstraintsPage } from './diagnose/ConstraintsPage';
import { AssessmentPage } from './diagnose/AssessmentPage';
import { OperationsHome } from './operations/MembersPage';
import { ApplyPage } from './operations/ApplyPage';
import { FeesPage } from './operations/FeesPage';
import { PortalPage } from './operations/PortalPage';
import { AtlasPage } from './operations/AtlasPage';
import { EventsPage } from './operations/EventsPage';
import { EventPage } from './operations/EventPage';
import { WorkingGroupsPage } from './operations/WorkingGroupsPage';
import { ServicesPage } from './operations/ServicesPage';
import { ServicePortfolioPage } from './operations/ServicePortfolioPage';
import { MemberPage } from './operations/MemberPage';
import { ProjectsPage } from './operations/ProjectsPage';
import { ProjectPage } from './operations/ProjectPage';
import { JointActionsPage } from './operations/JointActionsPage';
import { CommunicationPage } from './operations/CommunicationPage';
import { ProcessesPage } from './operations/ProcessesPage';
import { ProcessPage } from './operations/ProcessPage';
import { ResultsChainPage } from './monitoring/ResultsChainPage';
import { IndicatorPage } from './monitoring/IndicatorPage';
import { DuePage } from './monitoring/DuePage';
import { SurveysPage } from './monitoring/surveys/SurveysPage';
import { SurveyPage } from './monitoring/surveys/SurveyPage';
import { AnswerPage, PublicSurveyPage } from './monitoring/surveys/AnswerPages';
import { ReportsPage } from './monitoring/ReportsPage';
import { ReportPage as MonitoringReportPage } from './monitoring/ReportPage';
import { SatisfactionPage } from './monitoring/SatisfactionPage';
import { BenchmarkingPage } from './monitoring/benchmarking/BenchmarkingPage';
import { EvaluationsPage } from './monitoring/evaluations/EvaluationsPage';
import { HomePage } from './home/HomePage';
import { MyTasksPage } from './tasks/MyTasksPage';

function RequireSession({ children }: { children: React.ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  // A signed-out visit to a deep link signs in first and then comes back to it.
  if (!me) return <Navigate to={loginPath(location.pathname + location.search + location.hash)} replace />;
  return <>{children}</>;
}

function Home() {
  const { me } = useSession();
  const first = me?.workspaces[0];
  if (!first) return <p>—</p>;
  return <Navigate to={`/w/${first.id}/home`} replace />;
}

function ModuleRoute() {
  const { module = '' } = useParams();
  const known = MODULES.find((m) => m.path === module);
  return <NotAvailable module={known ? known.id : 'unknown'} />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
        <Route path="/apply/:token" element={<ApplyPage />} />
        <Route path="/s/:token" element={<PublicSurveyPage />} />
        <Route
          element={
            <RequireSession>
              <Shell />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/admin/workspaces" element={<VerificationPage />} />
          <Route path="/w/:workspaceId/home" element={<HomePage />} />
          <Route path="/w/:workspaceId/tasks" element={<MyTasksPage />} />
          <Route path="/w/:workspaceId/lifecycle" element={<LifecyclePage />} />
          {programmeScreens()}
          <Route path="/w/:workspaceId/users" element={<UsersPage />} />
          <Route path="/w/:workspaceId/sharing" element={<SharingPage />} />
          <Route path="/w/:workspaceId/audit" element={<AuditPage />} />
          <Route path="/w/:workspaceId/map" element={<MapPage />} />
          <Route path="/w/:workspaceId/map/:datasetId" element={<DatasetPage />} />
          <Route path="/w/:workspaceId/selection" element={<SelectionListPage />} />
          <Route path="/w/:workspaceId/selection/:exerciseId" element={<SelectionPage />} />
          <Route path="/w/:workspaceId/diagnose" element={<ActorsPage />} />
          <Route path="/w/:workspaceId/diagnose/network" element={<NetworkPage />} />
          <Route path="/w/:workspaceId/diagnose/needs" element={<NeedsPage />} />
          <Route path="/w/:workspaceId/diagnose/stakeholders" element={<StakeholdersPage />} />
          <Route path="/w/:workspaceId/diagnose/value-chain" element={<ValueChainPage />} />
          <Route path="/w/:workspaceId/diagnose/analysis" element={<AnalysisPage />} />
          <Route path="/w/:workspaceId/diagnose/member-cards" element={<MemberCardsPage />} />
          <Route path="/w/:workspaceId/diagnose/report" element={<ReportPage />} />
          <Route path="/w/:workspaceId/diagnose/constraints" element={<ConstraintsPage />} />
          <Route path="/w/:workspaceId/diagnose/associations" element={<AssessmentPage />} />
          <Route path="/w/:workspaceId/organisation" element={<ProfilePage />} />
          <Route path="/w/:workspaceId/organisation/legal-form" element={<LegalFormPage />} />
          <Route path="/w/:workspaceId/organisation/governance" element={<GovernancePage />} />
          <Route path="/w/:workspaceId/organisation/staff" element={<StaffPage />} />
          <Route path="/w/:workspaceId/organisation/financial-plan" element={<FinancialPlanPage />} />
          <Route path="/w/:workspaceId/organisation/agreements" element={<AgreementsPage />} />
          <Route path="/w/:workspaceId/organisation/business-plan" element={<BusinessPlanPage />} />
          <Route path="/w/:workspaceId/strategy" element={<StrategyPage />} />
          <Route path="/w/:workspaceId/strategy/realignment" element={<StrategyPage realign />} />
          <Route path="/w/:workspaceId/strategy/goals" element={<GoalsPage />} />
          <Route path="/w/:workspaceId/strategy/action-plan" element={<ActionPlanPage />} />
          <Route path="/w/:workspaceId/strategy/canvas" element={<CanvasPage />} />
          <Route path="/w/:workspaceId/strategy/roadmaps" element={<RoadmapsPage />} />
          <Route
            path="/w/:workspaceId/strategy/internationalisation"
            element={<InternationalisationPage />}
          />
          <Route path="/w/:workspaceId/operations" element={<OperationsHome />} />
          <Route path="/w/:workspaceId/operations/fees" element={<FeesPage />} />
          <Route path="/w/:workspaceId/operations/portal" element={<PortalPage />} />
          <Route path="/w/:workspaceId/operations/atlas" element={<AtlasPage />} />
          <Route path="/w/:workspaceId/operations/events" element={<EventsPage />} />
          <Route path="/w/:workspaceId/operations/events/:eventId" element={<EventPage />} />
          <Route path="/w/:workspaceId/operations/working-groups" element={<WorkingGroupsPage />} />
          <Route path="/w/:workspaceId/operations/services" element={<ServicesPage />} />
          <Route path="/w/:workspaceId/operations/service-portfolio" element={<ServicePortfolioPage />} />
          <Route path="/w/:workspaceId/operations/members/:actorId" element={<MemberPage />} />
          <Route path="/w/:workspaceId/operations/projects" element={<ProjectsPage />} />
          <Route path="/w/:workspaceId/operations/projects/:projectId" element={<ProjectPage />} />
          <Route path="/w/:workspaceId/operations/joint-actions" element={<JointActionsPage />} />
          <Route path="/w/:workspaceId/operations/communication" element={<CommunicationPage />} />
          <Route path="/w/:workspaceId/operations/processes" element={<ProcessesPage />} />
          <Route path="/w/:workspaceId/operations/processes/:processId" element={<ProcessPage />} />
          <Route path="/w/:workspaceId/monitoring" element={<ResultsChainPage />} />
          <Route path="/w/:workspaceId/monitoring/indicators/:indicatorId" element={<IndicatorPage />} />
          <Route path="/w/:workspaceId/monitoring/due" element={<DuePage />} />
          <Route path="/w/:workspaceId/monitoring/surveys" element={<SurveysPage />} />
          <Route path="/w/:workspaceId/monitoring/surveys/:surveyId" element={<SurveyPage />} />
          <Route path="/w/:workspaceId/monitoring/surveys/:surveyId/answer" element={<AnswerPage />} />
          <Route path="/w/:workspaceId/monitoring/reports" element={<ReportsPage />} />
          <Route path="/w/:workspaceId/monitoring/reports/:reportId" element={<MonitoringReportPage />} />
          <Route path="/w/:workspaceId/monitoring/satisfaction/:surveyId" element={<SatisfactionPage />} />
          <Route path="/w/:workspaceId/monitoring/benchmarking" element={<BenchmarkingPage />} />
          <Route path="/w/:workspaceId/monitoring/evaluations" element={<EvaluationsPage />} />
          <Route path="/w/:workspaceId/connect" element={<BoardPage />} />
          <Route path="/w/:workspaceId/connect/postings" element={<PostingsPage />} />
          <Route path="/w/:workspaceId/connect/interests" element={<InterestsPage />} />
          <Route path="/w/:workspaceId/connect/profiles" element={<ProfilesPage />} />
          <Route path="/w/:workspaceId/connect/profile" element={<InitiativeProfilePage />} />
          <Route path="/w/:workspaceId/:module" element={<ModuleRoute />} />
          <Route path="*" element={<NotAvailable module="unknown" />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
