import { Type } from 'typebox';

/**
 * What the organisation routes share (issue 14): their tag, and the policies and schemas of the
 * planning modules (../http/module-policies.ts): `read` team and viewers, `write` the team,
 * `manage` (record the legal form chosen, name the body that decides on membership applications,
 * agree a financial plan) owner and manager.
 */
export const tags = ['organisation'];
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
export const MonthString = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
