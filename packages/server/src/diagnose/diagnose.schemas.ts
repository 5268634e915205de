import { ANALYSIS_SIGNS, ANALYSIS_TAGS, PARTNERING_SIDES } from '@agglomera/methods';
import { Type } from 'typebox';
import { DateTime, Day, Nullable, OneOf, Row, Uuid } from '../http/schemas.js';

/**
 * What the actor register, the ties and network, the analyses and the stakeholder table answer
 * (response schemas): documentation of the API, from which the web app's types are generated (npm
 * run api-types), checked against every answer in the tests (http/response-check.ts). Rows keep
 * their SQL names (snake_case), as the routes send them. The register's words (actor type, status,
 * role) are checked when written and are plain text here.
 */

// The actor register (actors/routes.ts).
export const Actor = Row({
  id: Uuid,
  workspace_id: Uuid,
  name: Type.String(),
  kind: Type.String(),
  actor_type: Type.String(),
  size_class: Nullable(Type.String()),
  government_level: Nullable(Type.String()),
  sector: Type.String(),
  location: Type.String(),
  roles: Type.Array(Type.String()),
  status: Type.String(),
  contact_name: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  website: Type.String(),
  notes: Type.String(),
  membership_stage: Nullable(Type.String()),
  prospect_source: Nullable(Type.String()),
  left_reason: Type.String(),
  created_at: DateTime,
  updated_at: DateTime,
});
export const ActorPage = Row({
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  actors: Type.Array(Actor),
});
/** An import done at once (201), or the job it became for a large file (202). */
export const ActorsImported = Row({ imported: Type.Integer() });
export const ImportStarted = Row({ jobId: Uuid });

// Ties and the network (actors/routes.ts).
export const TieList = Row({
  ties: Type.Array(
    Row({
      id: Uuid,
      tie_type: Type.String(),
      strength: Type.Integer(),
      observed_on: Day,
      source: Type.String(),
      source_id: Uuid,
      source_name: Type.String(),
      target_id: Uuid,
      target_name: Type.String(),
    }),
  ),
});
export const TieCreated = Row({ id: Uuid });
const NetworkMetrics = Row({
  density: Type.Number(),
  components: Type.Integer(),
  /** By actor id. */
  nodes: Type.Record(
    Type.String(),
    Row({ degree: Type.Integer(), betweenness: Type.Number(), closeness: Type.Number() }),
  ),
  /** Cut-points: actors whose removal splits the network, most central first. */
  brokers: Type.Array(Uuid),
});
export const Network = Row({
  /** The date asked for, null for today. */
  at: Nullable(Day),
  actors: Type.Array(
    Row({
      id: Uuid,
      name: Type.String(),
      actor_type: Type.String(),
      status: Type.String(),
      roles: Type.Array(Type.String()),
    }),
  ),
  ties: Type.Array(
    Row({
      id: Uuid,
      source_actor_id: Uuid,
      target_actor_id: Uuid,
      tie_type: Type.String(),
      strength: Type.Integer(),
      observed_on: Day,
    }),
  ),
  metrics: NetworkMetrics,
  /** The figures of the earlier date of ?compare=, else null. */
  earlier: Nullable(Row({ at: Day, ties: Type.Integer(), metrics: NetworkMetrics })),
});

// SWOT, five forces and Diamond (analyses.routes.ts).
const FRAMEWORKS = ['swot', 'five_forces', 'diamond'] as const;
export const AnalysisItem = Row({
  id: Uuid,
  workspace_id: Uuid,
  framework: OneOf(FRAMEWORKS),
  category: Type.String(),
  text: Type.String(),
  sign: OneOf(ANALYSIS_SIGNS),
  tags: Type.Array(OneOf(ANALYSIS_TAGS)),
  evidence: Type.String(),
  source: Type.String(),
  created_by: Nullable(Uuid),
  created_at: DateTime,
});
export const Analysis = Row({
  framework: OneOf(FRAMEWORKS),
  categories: Type.Array(Type.String()),
  items: Type.Array(AnalysisItem),
  /** Items of each sign, by category. */
  balance: Type.Record(
    Type.String(),
    Row(Object.fromEntries(ANALYSIS_SIGNS.map((s) => [s, Type.Integer()]))),
  ),
});

// The stakeholder table (stakeholders.routes.ts).
export const Stakeholders = Row({
  stakeholders: Type.Array(
    Row({
      actor_id: Uuid,
      name: Type.String(),
      actor_type: Type.String(),
      assessment: OneOf(['positive', 'neutral', 'critical']),
      influence: OneOf(['high', 'medium', 'low']),
      description: Type.String(),
      measure: Type.String(),
      measure_status: OneOf(['open', 'done']),
      measure_due: Nullable(Day),
      measure_owner: Type.String(),
      updated_at: DateTime,
    }),
  ),
});

// Value chain maps (valuechain.routes.ts).
const TEMPLATES = ['cluster', 'firm', 'empty'] as const;
export const ValueChainList = Row({
  valueChains: Type.Array(
    Row({ id: Uuid, name: Type.String(), template: OneOf(TEMPLATES), created_at: DateTime }),
  ),
});
export const ValueChain = Row({
  id: Uuid,
  workspace_id: Uuid,
  name: Type.String(),
  template: OneOf(TEMPLATES),
  created_by: Nullable(Uuid),
  created_at: DateTime,
  stages: Type.Array(
    Row({
      id: Uuid,
      chain_id: Uuid,
      name: Type.String(),
      kind: OneOf(['primary', 'support']),
      position: Type.Integer(),
      actors: Type.Array(Row({ id: Uuid, name: Type.String(), actor_type: Type.String() })),
      /** A stage no actor of the cluster covers. */
      whiteSpot: Type.Boolean(),
    }),
  ),
  /** The share of stages with an actor, null without stages. */
  coverage: Nullable(Type.Number()),
  templateSource: Nullable(Type.String()),
  /** platform: the template's stages are the platform's choice; guide: they are the guide's. */
  templateOrigin: Nullable(OneOf(['platform', 'guide'])),
});

// Member cards (membercards.routes.ts; ECCP 004:500–504).
const cardTexts = Object.fromEntries(
  [
    'age',
    'position',
    'company',
    'member_type',
    'service',
    'jobs_to_be_done',
    'gains',
    'value_proposition',
    'ambitions',
    'pain_points',
    'perfect_fit',
    'industry_challenges',
  ].map((k) => [k, Type.String()]),
);
export const MemberCard = Row({
  id: Uuid,
  workspace_id: Uuid,
  actor_id: Nullable(Uuid),
  persona: Type.String(),
  member_role: Type.String(),
  ...cardTexts,
  service_id: Nullable(Uuid),
  created_by: Nullable(Uuid),
  updated_at: DateTime,
});
export const MemberCardList = Row({
  memberCards: Type.Array(
    Row({
      ...MemberCard.properties,
      actor_name: Nullable(Type.String()),
      service_name: Nullable(Type.String()),
    }),
  ),
});

// Rapid assessments of existing associations (assessments.routes.ts; MarketMakers Table 2, 000:92–115).
const PARTS = ['A', 'B', 'C'] as const;
const RECOMMENDATIONS = ['partner_existing', 'create_new'] as const;
export const AssociationAssessment = Row({
  id: Uuid,
  workspace_id: Uuid,
  title: Type.String(),
  recommendation: Nullable(OneOf(RECOMMENDATIONS)),
  recommended_association: Type.String(),
  reasons: Type.String(),
  decided_by: Nullable(Uuid),
  decided_at: Nullable(DateTime),
  /** The sides that judged partnering unrealistic or undesirable: part C opens with one. */
  part_c_sides: Type.Array(OneOf(PARTNERING_SIDES)),
  part_c_reasons: Type.String(),
  part_c_opened_by: Nullable(Uuid),
  part_c_opened_at: Nullable(DateTime),
  created_at: DateTime,
});
export const AssessmentAnswer = Row({
  id: Uuid,
  assessment_id: Uuid,
  question_id: Type.String(),
  association: Type.String(),
  informant: Type.String(),
  answer: Type.String(),
  created_by: Nullable(Uuid),
  created_at: DateTime,
});
export const AssociationAssessmentList = Row({
  assessments: Type.Array(
    Row({
      id: Uuid,
      title: Type.String(),
      recommendation: Nullable(OneOf(RECOMMENDATIONS)),
      created_at: DateTime,
    }),
  ),
});
const GuideText = Row({ text: Type.String(), source: Type.String() });
export const AssociationAssessmentDetail = Row({
  ...AssociationAssessment.properties,
  parts: Row(Object.fromEntries(PARTS.map((p) => [p, Type.String()]))),
  preambles: Row(Object.fromEntries(PARTS.map((p) => [p, GuideText]))),
  questions: Type.Array(
    Row({
      id: Type.String(),
      part: OneOf(PARTS),
      text: Type.String(),
      source: Type.String(),
      /** Part C only once partnering is judged unrealistic or undesirable (000:110). */
      open: Type.Boolean(),
      answers: Type.Array(AssessmentAnswer),
    }),
  ),
});
