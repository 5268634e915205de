/**
 * What the strategy routes share (issue 13): their tag, and the policies and schemas of the
 * planning modules (../http/module-policies.ts): `read` team and viewers, `write` the team,
 * `manage` (agree a strategy version) owner and manager.
 */
export const tags = ['strategy'];
export {
  initiative,
  TEAM,
  READERS,
  MANAGERS,
  read,
  write,
  manage,
  DateString,
  Params,
  Uuid,
  Text,
  lit,
  today,
} from '../http/module-policies.js';
