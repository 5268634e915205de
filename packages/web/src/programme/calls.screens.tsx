/** Slice B's screens (docs/programme.md): calls, applicants, applications and assessment, cohorts, certificates, the published-table check. Returns <Route> elements in a fragment. */
export function callScreens() {
  return <></>;
}
