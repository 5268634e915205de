import { ACTOR_TYPES, MEMBERSHIP_STAGES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';
import { Actor } from '../diagnose/diagnose.schemas.js';

/**
 * What the members and the organisation's life routes of operations answer (response schemas):
 * members.routes.ts (the pipeline, the list, applications and decisions), memberpage.routes.ts,
 * fees.routes.ts, imports.routes.ts, portal.routes.ts, communication.routes.ts and
 * workinggroups.routes.ts. Documentation of the API, from which the web app's types are generated
 * (npm run api-types), checked against every answer in the tests (http/response-check.ts). Rows
 * keep their SQL names (snake_case) where the routes send them so. The application links are in
 * membership.schemas.ts.
 */

// The membership pipeline and the list of members (members.routes.ts).
export const Pipeline = Row({
  stages: Type.Array(
    Row({
      stage: OneOf(MEMBERSHIP_STAGES),
      /** The stages an actor of this stage may move to. */
      next: Type.Array(OneOf(MEMBERSHIP_STAGES)),
      /** The first perStage actors of the stage, by name. */
      actors: Type.Array(
        Row({
          id: Uuid,
          name: Type.String(),
          actor_type: Type.String(),
          membership_stage: Nullable(Type.String()),
          prospect_source: Nullable(Type.String()),
          left_reason: Type.String(),
          updated_at: DateTime,
        }),
      ),
      total: Type.Integer(),
    }),
  ),
});
export const MemberList = Row({
  members: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      actor_type: Type.String(),
      size_class: Nullable(Type.String()),
      membership_stage: Nullable(Type.String()),
      prospect_source: Nullable(Type.String()),
      sector: Type.String(),
      location: Type.String(),
      contact_name: Type.String(),
      email: Type.String(),
      updated_at: DateTime,
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
/** A new application link: the address to hand out, and its token (shown once). */
export const ApplicationLinkCreated = Row({ link: Type.String(), token: Type.String() });
export const ApplicationForm = Row({ cluster: Type.String(), actorTypes: Type.Array(OneOf(ACTOR_TYPES)) });
const ApplicationStatus = OneOf(['submitted', 'approved', 'rejected']);
export const ApplicationSent = Row({ id: Uuid, status: ApplicationStatus });
export const Applications = Row({
  applications: Type.Array(
    Row({
      id: Uuid,
      workspace_id: Uuid,
      link_id: Uuid,
      organisation: Type.String(),
      contact_name: Type.String(),
      email: Type.String(),
      actor_type: Type.String(),
      message: Type.String(),
      status: ApplicationStatus,
      decision_note: Type.String(),
      decided_by: Nullable(Uuid),
      decided_at: Nullable(DateTime),
      /** The actor of the register the approved applicant became. */
      actor_id: Nullable(Uuid),
      created_at: DateTime,
    }),
  ),
});
export const ApplicationDecided = Row({
  status: OneOf(['approved', 'rejected']),
  actorId: Nullable(Uuid),
});

// A member's page (memberpage.routes.ts).
export const MemberPage = Row({
  actor: Actor,
  logins: Type.Array(Row({ id: Uuid, name: Type.String(), email: Type.String(), role: Type.String() })),
  workingGroups: Type.Array(Row({ id: Uuid, name: Type.String(), joined_at: DateTime })),
  servicesUsed: Type.Array(Row({ id: Uuid, service: Type.String(), used_on: Day, note: Type.String() })),
  events: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      starts_at: DateTime,
      status: OneOf(['registered', 'waitlisted', 'cancelled']),
      attended: Type.Boolean(),
      participant: Type.String(),
    }),
  ),
  satisfaction: Row({
    services: Type.Array(
      Row({
        service: Type.String(),
        expectation: Type.Integer(),
        satisfaction: Type.Integer(),
        updated_at: DateTime,
      }),
    ),
    events: Type.Array(
      Row({
        event: Type.String(),
        rating: Type.Integer(),
        useful: Type.String(),
        improve: Type.String(),
        created_at: DateTime,
      }),
    ),
  }),
  invoices: Type.Array(
    Row({
      id: Uuid,
      amount: Type.Number(),
      currency: Type.String(),
      issued_on: Day,
      due_on: Day,
      paid_on: Nullable(Day),
    }),
  ),
  history: Type.Array(
    Row({
      from_stage: Nullable(Type.String()),
      to_stage: Type.String(),
      note: Type.String(),
      changed_at: DateTime,
      /** The name of who moved the actor. */
      changed_by: Nullable(Type.String()),
    }),
  ),
  competences: Type.Array(
    Row({ id: Uuid, kind: OneOf(['competence', 'offer', 'need']), title: Type.String() }),
  ),
});

// Fees (fees.routes.ts).
export const FeeCategory = Row({
  id: Uuid,
  workspace_id: Uuid,
  name: Type.String(),
  amount: Type.Number(),
  currency: Type.String(),
  period: OneOf(['year', 'quarter', 'month']),
  created_at: DateTime,
});
export const FeeCategories = Row({ categories: Type.Array(FeeCategory) });
const InvoiceStatus = OneOf(['issued', 'paid', 'overdue']);
export const FeeInvoices = Row({
  invoices: Type.Array(
    Row({
      id: Uuid,
      amount: Type.Number(),
      currency: Type.String(),
      issued_on: Day,
      due_on: Day,
      paid_on: Nullable(Day),
      actor_id: Uuid,
      actor_name: Type.String(),
      category: Type.String(),
      status: InvoiceStatus,
    }),
  ),
  /** Fee income by currency. */
  summary: Type.Record(
    Type.String(),
    Row({ issued: Type.Number(), paid: Type.Number(), overdue: Type.Number(), total: Type.Number() }),
  ),
});
export const Created = Row({ id: Uuid });

// Imports (imports.routes.ts): done at once (201), or the job a large file became (202).
export const MembersImported = Row({
  imported: Type.Integer(),
  /** Actors new to the register. */
  added: Type.Integer(),
  /** Actors of the register moved in the pipeline. */
  updated: Type.Integer(),
});
export const RowsImported = Row({ imported: Type.Integer() });
export const ImportStarted = Row({ jobId: Uuid });

// The member portal and the competence atlas (portal.routes.ts).
const CompetenceKind = OneOf(['competence', 'offer', 'need']);
export const Competence = Row({
  id: Uuid,
  kind: CompetenceKind,
  title: Type.String(),
  description: Type.String(),
  keywords: Type.String(),
});
export const Portal = Row({
  /** My organisation; null (and nothing else) when my login speaks for none. */
  organisation: Nullable(
    Row({
      id: Uuid,
      name: Type.String(),
      actor_type: Type.String(),
      membership_stage: Nullable(Type.String()),
      sector: Type.String(),
      location: Type.String(),
      contact_name: Type.String(),
      email: Type.String(),
      phone: Type.String(),
      website: Type.String(),
    }),
  ),
  competences: Type.Optional(Type.Array(Competence)),
  workingGroups: Type.Optional(Type.Array(Row({ id: Uuid, name: Type.String(), topic: Type.String() }))),
  registrations: Type.Optional(
    Type.Array(
      Row({
        id: Uuid,
        status: OneOf(['registered', 'waitlisted', 'cancelled']),
        attended: Type.Boolean(),
        event_id: Uuid,
        title: Type.String(),
        starts_at: DateTime,
      }),
    ),
  ),
});
export const CompetenceAtlas = Row({
  entries: Type.Array(
    Row({
      id: Uuid,
      kind: CompetenceKind,
      title: Type.String(),
      description: Type.String(),
      keywords: Type.String(),
      actor_id: Uuid,
      organisation: Type.String(),
      actor_type: Type.String(),
      sector: Type.String(),
      location: Type.String(),
      website: Type.String(),
      contact_name: Type.String(),
      email: Type.String(),
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

// Mailing lists and messages (communication.routes.ts); a send log as a file has no schema.
const MailingList = {
  id: Uuid,
  workspace_id: Uuid,
  name: Type.String(),
  segment: OneOf(['all_members', 'actor_type', 'working_group', 'event']),
  /** The actor type, working group or event of the segment; null for all members. */
  segment_value: Nullable(Type.String()),
  created_at: DateTime,
};
export const MailingListCreated = Row(MailingList);
export const MailingLists = Row({
  lists: Type.Array(
    Row({
      ...MailingList,
      /** The members the list reaches now. */
      reach: Type.Integer(),
      withoutEmail: Type.Integer(),
    }),
  ),
});
export const MessageQueued = Row({ id: Uuid, jobId: Uuid, recipients: Type.Integer() });
export const Messages = Row({
  messages: Type.Array(
    Row({
      id: Uuid,
      list_name: Type.String(),
      subject: Type.String(),
      sent_at: DateTime,
      /** The name of who sent it. */
      sent_by: Nullable(Type.String()),
      sent: Type.Integer(),
      failed: Type.Integer(),
      no_email: Type.Integer(),
    }),
  ),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export const MessageLog = Row({
  message: Row({
    id: Uuid,
    workspace_id: Uuid,
    list_id: Nullable(Uuid),
    list_name: Type.String(),
    subject: Type.String(),
    body: Type.String(),
    sent_by: Nullable(Uuid),
    sent_at: DateTime,
  }),
  log: Type.Array(
    Row({
      recipient: Type.String(),
      email: Nullable(Type.String()),
      status: OneOf(['sent', 'failed', 'no_email']),
      error: Type.String(),
    }),
  ),
});

// Working groups (workinggroups.routes.ts).
const WorkingGroupColumns = {
  id: Uuid,
  workspace_id: Uuid,
  name: Type.String(),
  topic: Type.String(),
  open_to_members: Type.Boolean(),
  created_at: DateTime,
};
export const WorkingGroup = Row(WorkingGroupColumns);
export const WorkingGroups = Row({
  groups: Type.Array(
    Row({
      ...WorkingGroupColumns,
      /** How many organisations take part. */
      members: Type.Integer(),
      /** Whether my organisation takes part. */
      joined: Type.Boolean(),
    }),
  ),
});
export const WorkingGroupPage = Row({
  group: WorkingGroup,
  /** The organisations taking part: for the team only (members find each other in the atlas). */
  members: Type.Optional(
    Type.Array(Row({ id: Uuid, name: Type.String(), actor_type: Type.String(), joined_at: DateTime })),
  ),
  memberCount: Type.Integer(),
  meetings: Type.Array(
    Row({
      id: Uuid,
      held_on: Day,
      /** null when the notes are not mine to read (a group by invitation I am not in). */
      notes: Nullable(Type.String()),
      created_at: DateTime,
    }),
  ),
  notesVisible: Type.Boolean(),
});
export const Meeting = Row({
  id: Uuid,
  working_group_id: Uuid,
  held_on: Day,
  notes: Type.String(),
  created_by: Nullable(Uuid),
  created_at: DateTime,
});
