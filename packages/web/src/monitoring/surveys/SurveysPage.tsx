import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, upload } from '../../api';
import { useApi } from '../../useApi';
import { useSession } from '../../session';
import { ActionNotice, useAction } from '../../useAction';
import { ErrorMessage, Loading } from '../../layout/common';
import { MonitoringNav, useWorkspaceKind } from '../MonitoringNav';
import { TIE_TYPES } from '../../diagnose/constants';
import type { TieType } from '@agglomera/methods';
import { useText, type Question, type Text3 } from './SurveyForm';
import type { MySurveys, SurveyDefinition, SurveyList } from './survey-types';

const TEAM = ['owner', 'manager', 'staff', 'officer'];
const TYPES = [
  'likert',
  'single_choice',
  'multiple_choice',
  'ranking',
  'number',
  'text',
  'open_list',
  'actor_ties',
] as const;
/** Question types answered by picking among choices written in the builder. */
const hasChoices = (type: (typeof TYPES)[number]) =>
  type !== 'number' && type !== 'text' && type !== 'actor_ties' && type !== 'open_list';
const PAGE = 20;

/** Agreement scales of 3–7 points in the three languages, to start a Likert question from. */
const SCALES: Record<number, Text3[]> = {
  3: [
    { en: 'Disagree', fr: 'Pas d’accord', es: 'En desacuerdo' },
    { en: 'Neutral', fr: 'Neutre', es: 'Neutral' },
    { en: 'Agree', fr: 'D’accord', es: 'De acuerdo' },
  ],
  4: [
    { en: 'Strongly disagree', fr: 'Pas du tout d’accord', es: 'Muy en desacuerdo' },
    { en: 'Disagree', fr: 'Pas d’accord', es: 'En desacuerdo' },
    { en: 'Agree', fr: 'D’accord', es: 'De acuerdo' },
    { en: 'Strongly agree', fr: 'Tout à fait d’accord', es: 'Muy de acuerdo' },
  ],
  5: [
    { en: 'Strongly disagree', fr: 'Pas du tout d’accord', es: 'Muy en desacuerdo' },
    { en: 'Disagree', fr: 'Pas d’accord', es: 'En desacuerdo' },
    { en: 'Neutral', fr: 'Neutre', es: 'Neutral' },
    { en: 'Agree', fr: 'D’accord', es: 'De acuerdo' },
    { en: 'Strongly agree', fr: 'Tout à fait d’accord', es: 'Muy de acuerdo' },
  ],
  6: [
    { en: 'Strongly disagree', fr: 'Pas du tout d’accord', es: 'Muy en desacuerdo' },
    { en: 'Disagree', fr: 'Pas d’accord', es: 'En desacuerdo' },
    { en: 'Slightly disagree', fr: 'Plutôt pas d’accord', es: 'Algo en desacuerdo' },
    { en: 'Slightly agree', fr: 'Plutôt d’accord', es: 'Algo de acuerdo' },
    { en: 'Agree', fr: 'D’accord', es: 'De acuerdo' },
    { en: 'Strongly agree', fr: 'Tout à fait d’accord', es: 'Muy de acuerdo' },
  ],
  7: [
    { en: 'Strongly disagree', fr: 'Pas du tout d’accord', es: 'Muy en desacuerdo' },
    { en: 'Disagree', fr: 'Pas d’accord', es: 'En desacuerdo' },
    { en: 'Slightly disagree', fr: 'Plutôt pas d’accord', es: 'Algo en desacuerdo' },
    { en: 'Neutral', fr: 'Neutre', es: 'Neutral' },
    { en: 'Slightly agree', fr: 'Plutôt d’accord', es: 'Algo de acuerdo' },
    { en: 'Agree', fr: 'D’accord', es: 'De acuerdo' },
    { en: 'Strongly agree', fr: 'Tout à fait d’accord', es: 'Muy de acuerdo' },
  ],
};

interface Draft {
  type: (typeof TYPES)[number];
  en: string;
  fr: string;
  es: string;
  required: boolean;
  points: number;
  /** One choice per line, per language. */
  choices: { en: string; fr: string; es: string };
  /** For an actor_ties question. */
  tieType: TieType;
  /** For a Likert question: its categories in the results, e.g. "1,2,3-4" (empty: none of its own). */
  collapse: string;
}

const scaleText = (points: number) => ({
  en: SCALES[points]!.map((s) => s.en).join('\n'),
  fr: SCALES[points]!.map((s) => s.fr).join('\n'),
  es: SCALES[points]!.map((s) => s.es).join('\n'),
});
const newDraft = (): Draft => ({
  type: 'likert',
  en: '',
  fr: '',
  es: '',
  required: true,
  points: 5,
  choices: scaleText(5),
  tieType: 'cooperation',
  collapse: '',
});

function toQuestion(d: Draft, i: number): Question {
  const q: Question = {
    name: `q${i + 1}`,
    type: d.type,
    label: { en: d.en, fr: d.fr, es: d.es },
    required: d.required,
  };
  if (d.type === 'number') q.numberKind = 'decimal';
  if (d.type === 'actor_ties') q.tieType = d.tieType;
  if (d.type === 'likert' && d.collapse.trim()) q.collapse = d.collapse.trim();
  if (hasChoices(d.type)) {
    const lines = (s: string) => s.split('\n').map((x) => x.trim());
    const en = lines(d.choices.en).filter(Boolean);
    const fr = lines(d.choices.fr);
    const es = lines(d.choices.es);
    q.choices = en.map((label, j) => ({
      name: d.type === 'likert' ? String(j + 1) : `c${j + 1}`,
      label: { en: label, fr: fr[j] ?? '', es: es[j] ?? '' },
    }));
  }
  return q;
}

/** Surveys: the team builds, imports and sends them; members see those they are invited to. */
export function SurveysPage() {
  const { me } = useSession();
  const { workspaceId = '' } = useParams();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  return TEAM.includes(role) ? <TeamSurveys /> : <MySurveys />;
}

function MySurveys() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const text = useText();
  const mine = useApi<MySurveys>(`/workspaces/${workspaceId}/surveys/mine`);
  if (mine.error) return <ErrorMessage error={mine.error} />;
  if (!mine.data) return <Loading />;
  return (
    <section aria-labelledby="surveys-title">
      <h1 id="surveys-title">{t('surveys.mine.title')}</h1>
      <MonitoringNav />
      {mine.data.surveys.length === 0 ? (
        <p className="muted">{t('surveys.mine.empty')}</p>
      ) : (
        <ul>
          {mine.data.surveys.map((s) => (
            <li key={s.id}>
              {s.responded || s.closed ? (
                text(s.title)
              ) : (
                <Link to={`/w/${workspaceId}/monitoring/surveys/${s.id}/answer`}>{text(s.title)}</Link>
              )}{' '}
              <span className="small muted">
                {s.responded
                  ? t('surveys.mine.answered')
                  : s.closed
                    ? t('surveys.mine.closed')
                    : t('surveys.answer.deadline', {
                        date: new Date(s.deadline).toLocaleString(i18n.language),
                      })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamSurveys() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const text = useText();
  // Ties are between actors of the register, which only a cluster initiative keeps.
  const types = useWorkspaceKind() === 'cluster_initiative' ? TYPES : TYPES.filter((x) => x !== 'actor_ties');
  const base = `/workspaces/${workspaceId}/surveys`;
  const [offset, setOffset] = useState(0);
  const list = useApi<SurveyList>(`${base}?limit=${PAGE}&offset=${offset}`);
  const { message, act } = useAction(list.reload);
  const inAMonth = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 16);
  const [meta, setMeta] = useState({ en: '', fr: '', es: '', anonymous: true, deadline: inAMonth });
  const [drafts, setDrafts] = useState<Draft[]>([newDraft()]);
  const [file, setFile] = useState<File | null>(null);
  const [builderError, setBuilderError] = useState<string | null>(null);
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const setDraft = (i: number, d: Partial<Draft>) =>
    setDrafts((all) => all.map((x, j) => (j === i ? { ...x, ...d } : x)));
  const pct = (v: number | null) =>
    v === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(v);

  return (
    <section aria-labelledby="surveys-title">
      <h1 id="surveys-title">{t('surveys.title')}</h1>
      <MonitoringNav />
      <ActionNotice message={message} />
      {list.data.surveys.length === 0 ? (
        <p className="muted">{t('surveys.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('surveys.field.title')}</th>
              <th scope="col">{t('surveys.field.deadline')}</th>
              <th scope="col">{t('surveys.stats.invited')}</th>
              <th scope="col">{t('surveys.stats.responses')}</th>
              <th scope="col">{t('surveys.stats.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.surveys.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/w/${workspaceId}/monitoring/surveys/${s.id}`}>{text(s.title)}</Link>
                </td>
                <td>
                  {new Date(s.deadline).toLocaleString(i18n.language)}
                  {s.closed && ` (${t('surveys.closed')})`}
                </td>
                <td className="num">{s.invited}</td>
                <td className="num">{s.responses}</td>
                <td className="num">{pct(s.responseRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data.total > PAGE && (
        <p>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('common.previous')}
          </button>{' '}
          <button
            type="button"
            disabled={offset + PAGE >= list.data.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t('common.next')}
          </button>
        </p>
      )}

      <form
        className="panel"
        aria-labelledby="builder-title"
        onSubmit={(e) => {
          e.preventDefault();
          const ties = drafts.findIndex((d) => d.type === 'actor_ties');
          if (meta.anonymous && ties >= 0) {
            setBuilderError(t('surveys.builder.tiesAnonymousError', { n: ties + 1 }));
            return;
          }
          setBuilderError(null);
          void act(async () => {
            const created = await post<SurveyDefinition>(base, {
              title: { en: meta.en, fr: meta.fr, es: meta.es },
              anonymous: meta.anonymous,
              deadline: new Date(meta.deadline).toISOString(),
              questions: drafts.map(toQuestion),
            });
            navigate(`/w/${workspaceId}/monitoring/surveys/${created.id}`);
          }, t('surveys.builder.created'));
        }}
      >
        <h2 id="builder-title" className="h-small">
          {t('surveys.builder.title')}
        </h2>
        <div className="grid-2">
          {(['en', 'fr', 'es'] as const).map((l) => (
            <label key={l}>
              {t(`surveys.builder.titleIn.${l}`)}
              <input
                value={meta[l]}
                onChange={(e) => setMeta({ ...meta, [l]: e.target.value })}
                required={l === 'en'}
              />
            </label>
          ))}
          <label>
            {t('surveys.field.deadline')}
            <input
              type="datetime-local"
              value={meta.deadline}
              onChange={(e) => setMeta({ ...meta, deadline: e.target.value })}
              required
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={meta.anonymous}
              onChange={(e) => {
                setMeta({ ...meta, anonymous: e.target.checked });
                setBuilderError(null);
              }}
            />
            {t('surveys.field.anonymous')}
          </label>
        </div>
        {drafts.map((d, i) => (
          <fieldset key={i} className="question-draft">
            <legend>{t('surveys.builder.question', { n: i + 1 })}</legend>
            <label>
              {t('surveys.builder.type')}
              <select
                value={d.type}
                onChange={(e) => {
                  const type = e.target.value as Draft['type'];
                  setDraft(i, {
                    type,
                    choices: type === 'likert' ? scaleText(d.points) : { en: '', fr: '', es: '' },
                    // A respondent may well have no tie of the kind asked about.
                    ...(type === 'actor_ties' ? { required: false } : {}),
                  });
                }}
              >
                {types.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`surveys.type.${ty}`)}
                  </option>
                ))}
              </select>
            </label>
            {d.type === 'likert' && (
              <label>
                {t('surveys.builder.points')}
                <select
                  value={d.points}
                  onChange={(e) => {
                    const points = Number(e.target.value);
                    setDraft(i, { points, choices: scaleText(points) });
                  }}
                >
                  {[3, 4, 5, 6, 7].map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {d.type === 'likert' && (
              <label>
                {t('surveys.builder.collapse')}
                <input
                  value={d.collapse}
                  placeholder="1,2,3-4"
                  onChange={(e) => setDraft(i, { collapse: e.target.value })}
                />
                <span className="small muted">{t('surveys.builder.collapseHint')}</span>
              </label>
            )}
            <div className="grid-2">
              {(['en', 'fr', 'es'] as const).map((l) => (
                <label key={l}>
                  {t(`surveys.builder.textIn.${l}`)}
                  <input
                    value={d[l]}
                    onChange={(e) => setDraft(i, { [l]: e.target.value })}
                    required={l === 'en'}
                  />
                </label>
              ))}
            </div>
            {d.type === 'actor_ties' && (
              <TiesQuestionSettings
                tieType={d.tieType}
                anonymous={meta.anonymous}
                onChange={(tieType) => setDraft(i, { tieType })}
              />
            )}
            {hasChoices(d.type) && (
              <div className="grid-2">
                {(['en', 'fr', 'es'] as const).map((l) => (
                  <label key={l}>
                    {t(`surveys.builder.choicesIn.${l}`)}
                    <textarea
                      rows={5}
                      value={d.choices[l]}
                      onChange={(e) => setDraft(i, { choices: { ...d.choices, [l]: e.target.value } })}
                      required={l === 'en'}
                    />
                  </label>
                ))}
              </div>
            )}
            <label className="inline">
              <input
                type="checkbox"
                checked={d.required}
                onChange={(e) => setDraft(i, { required: e.target.checked })}
              />
              {t('surveys.builder.required')}
            </label>
            {drafts.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
              >
                {t('surveys.builder.removeQuestion', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {builderError && (
          <p role="alert" className="alert">
            {builderError}
          </p>
        )}
        <p>
          <button type="button" onClick={() => setDrafts([...drafts, newDraft()])}>
            {t('surveys.builder.addQuestion')}
          </button>{' '}
          <button type="submit">{t('surveys.builder.create')}</button>
        </p>
      </form>

      <form
        className="panel"
        aria-labelledby="import-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) return;
          const form = new FormData();
          form.append('deadline', new Date(meta.deadline).toISOString());
          form.append('anonymous', String(meta.anonymous));
          form.append('file', file);
          void act(() => upload(`${base}/import`, form), t('surveys.import.done'));
        }}
      >
        <h2 id="import-title" className="h-small">
          {t('surveys.import.title')}
        </h2>
        <p className="small muted">{t('surveys.import.hint')}</p>
        <label>
          {t('surveys.import.file')}
          <input type="file" accept=".xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        </label>
        <button type="submit">{t('surveys.import.submit')}</button>
      </form>
    </section>
  );
}

/**
 * The settings of an actor_ties question: the kind of tie, what respondents will see, and that the
 * answers cannot be anonymous (a tie needs the respondent's organisation).
 */
function TiesQuestionSettings({
  tieType,
  anonymous,
  onChange,
}: {
  tieType: TieType;
  anonymous: boolean;
  onChange: (tieType: TieType) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('surveys.builder.tieType')}
        <select value={tieType} onChange={(e) => onChange(e.target.value as TieType)}>
          {TIE_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`tieType.${x}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="small muted">{t('tieTypeNote')}</p>
      <p className="small notice">{t('surveys.builder.tiesRoster')}</p>
      {anonymous && <p className="warning">{t('surveys.builder.tiesNotAnonymous')}</p>}
    </>
  );
}
