/** Slice C's screens (docs/programme.md): cluster development plans, panels and rounds, grants and tranches, the agency's diagnosis. Returns <Route> elements in a fragment. */
export function planScreens() {
  return <></>;
}
