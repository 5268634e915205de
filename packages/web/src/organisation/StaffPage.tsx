import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  COMPETENCE_AREA_KEYS,
  MARKETMAKERS_FTE_REFERENCE,
  QUALIFICATION_CRITERION_KEYS,
} from '@agglomera/methods';
import { del, patch, put } from '../api';
import { useApi } from '../useApi';
import { formatNumber } from '../i18n';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { useStrategyTeam } from '../strategy/documentsParts';
import { OrganisationNav } from './OrganisationNav';
import {
  CompetencesForm,
  PositionForm,
  ScoresForm,
  TrainingForm,
  type Position,
  type StaffData,
} from './staffParts';
import { TableScroll } from './TableScroll';

type Editing = { kind: 'edit' | 'scores' | 'competences' | 'training'; position: Position } | null;

/**
 * The cluster management team (GIZ 001:2431–2489, 001:3995–4063; MarketMakers 000:205): positions
 * with FTE, job description and holder; the ten criteria of the qualification guideline scored per
 * person and weighted by FTE on the team's own scale; competence levels now and targeted; the
 * training plan; MarketMakers' 2 to 2.5 FTE beside the team's total as a reference.
 */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = useStrategyTeam();
  const url = `/workspaces/${workspaceId}/organisation/staff`;
  const staff = useApi<StaffData>(url);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const num = (n: number | null | undefined, d = 1) =>
    n === null || n === undefined ? '—' : formatNumber(n, i18n.language, d);
  /** FTE and references as people write them: 2.5, 0.5, 1. */
  const plain = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 }).format(n);
  const done = (d: StaffData, text: string) => {
    staff.setData(d);
    setEditing(null);
    setNotice(text);
  };
  const data = staff.data;

  return (
    <>
      <OrganisationNav />
      <section aria-labelledby="staff-title">
        <h1 id="staff-title">{t('orgStaff.title')}</h1>
        <p className="muted">{t('orgStaff.intro')}</p>
        <SourceNote source="001:2431–2452" />
        {staff.error ? (
          <ErrorMessage error={staff.error} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2>{t('orgStaff.teamHeading')}</h2>
            <dl className="home-dl">
              <dt>{t('orgStaff.fteTotal')}</dt>
              <dd data-testid="fte-total">{plain(data.scorecard.fteTotal)}</dd>
              <dt>{t('orgStaff.teamScore')}</dt>
              <dd data-testid="team-score">
                {data.scorecard.team === null
                  ? t('orgStaff.noScores')
                  : t('orgStaff.scoreOf', { score: num(data.scorecard.team, 2), max: data.scaleMax })}
              </dd>
            </dl>
            <p className="small" data-testid="fte-reference">
              {t('orgStaff.fteReference', {
                min: plain(MARKETMAKERS_FTE_REFERENCE.min),
                max: plain(MARKETMAKERS_FTE_REFERENCE.max),
                total: plain(data.scorecard.fteTotal),
              })}
            </p>
            <SourceNote source="000:205" />
            <p className="small muted">{t('orgStaff.scaleNote', { max: data.scaleMax })}</p>
            {team && <ScaleForm url={url} scaleMax={data.scaleMax} onDone={done} />}
            <p role="status" className={notice ? 'form-notice ok' : undefined}>
              {notice}
            </p>

            <h2 id="scorecard-heading">{t('orgStaff.scorecard')}</h2>
            <p className="small muted">{t('orgStaff.scorecardIntro')}</p>
            {data.positions.length === 0 ? (
              <EmptyState text={t('orgStaff.empty')} />
            ) : (
              <TableScroll label={t('orgStaff.scorecard')}>
                <table tabIndex={0} aria-labelledby="scorecard-heading" data-testid="scorecard">
                  <thead>
                    <tr>
                      <th scope="col">{t('orgStaff.criterion')}</th>
                      {data.positions.map((p) => (
                        <th scope="col" key={p.id}>
                          {p.holder ?? p.title} ({plain(p.fte)})
                        </th>
                      ))}
                      <th scope="col">{t('orgStaff.weighted')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {QUALIFICATION_CRITERION_KEYS.map((k) => (
                      <tr key={k}>
                        <th scope="row">{t(`orgStaff.criteria.${k}`)}</th>
                        {data.positions.map((p) => (
                          <td key={p.id} className="num">
                            {num(p.scores[k], 0)}
                          </td>
                        ))}
                        <td className="num">{num(data.scorecard.byCriterion[k], 2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}

            <h2>{t('orgStaff.positions')}</h2>
            {team && (
              <NewButton label={t('orgStaff.addPosition')}>
                {(close) => (
                  <PositionForm
                    url={url}
                    onDone={(d, text) => {
                      staff.setData(d);
                      close(text);
                    }}
                  />
                )}
              </NewButton>
            )}
            {data.positions.map((p) => (
              <article key={p.id} className="panel" data-testid="position" data-title={p.title}>
                <h3>{p.title}</h3>
                <p>
                  {p.holder ?? t('orgStaff.vacant')} · {t('orgStaff.fteN', { n: plain(p.fte) })}
                </p>
                {p.jobDescription && <p className="small">{p.jobDescription}</p>}
                <TableScroll label={t('orgStaff.competencesOf', { title: p.title })}>
                  <table tabIndex={0}>
                    <caption className="small">{t('orgStaff.competences')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('orgStaff.area')}</th>
                        <th scope="col">{t('orgStaff.current')}</th>
                        <th scope="col">{t('orgStaff.target')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {COMPETENCE_AREA_KEYS.map((a) => (
                        <tr key={a}>
                          <th scope="row">{t(`orgStaff.areas.${a}`)}</th>
                          <td>
                            {p.competences[a]?.current
                              ? t(`orgStaff.levels.${p.competences[a]!.current}`)
                              : '—'}
                          </td>
                          <td>
                            {p.competences[a]?.target
                              ? t(`orgStaff.levels.${p.competences[a]!.target}`)
                              : '—'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                <h4>{t('orgStaff.training')}</h4>
                {p.training.length === 0 ? (
                  <p className="small muted">{t('orgStaff.noTraining')}</p>
                ) : (
                  <ul>
                    {p.training.map((tr) => (
                      <li key={tr.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={tr.done}
                            disabled={!team}
                            onChange={async (e) =>
                              staff.setData(
                                await patch<StaffData>(`${url}/training/${tr.id}`, {
                                  done: e.target.checked,
                                }),
                              )
                            }
                          />{' '}
                          {tr.item} — {t(`orgStaff.areas.${tr.area}`)},{' '}
                          {t(`orgStaff.levels.${tr.targetLevel}`)}
                          {tr.dueOn && `, ${t('orgStaff.due', { day: tr.dueOn })}`}
                        </label>{' '}
                        {team && (
                          <button
                            type="button"
                            className="link"
                            aria-label={t('orgStaff.removeTraining', { item: tr.item })}
                            onClick={async () => {
                              if (
                                await confirm({
                                  message: t('orgStaff.confirmTraining', { item: tr.item }),
                                  action: t('orgStaff.remove'),
                                })
                              )
                                staff.setData(await del<StaffData>(`${url}/training/${tr.id}`));
                            }}
                          >
                            {t('orgStaff.remove')}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {team && (
                  <div className="actions">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing({ kind: 'scores', position: p })}
                    >
                      {t('orgStaff.scoreButton', { title: p.holder ?? p.title })}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing({ kind: 'competences', position: p })}
                    >
                      {t('orgStaff.competencesButton')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing({ kind: 'training', position: p })}
                    >
                      {t('orgStaff.addTraining')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing({ kind: 'edit', position: p })}
                    >
                      {t('orgStaff.edit')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={async () => {
                        if (
                          await confirm({
                            message: t('orgStaff.confirmDelete', { title: p.title }),
                            action: t('orgStaff.remove'),
                          })
                        ) {
                          staff.setData(await del<StaffData>(`${url}/positions/${p.id}`));
                          setNotice(t('orgStaff.deleted', { title: p.title }));
                        }
                      }}
                    >
                      {t('orgStaff.removePosition')}
                    </button>
                  </div>
                )}
              </article>
            ))}
            <SourceNote source="001:3995–4063" />
            <Dialog
              open={!!editing}
              title={
                editing
                  ? t(`orgStaff.dialog.${editing.kind}`, {
                      title: editing.position.holder ?? editing.position.title,
                    })
                  : ''
              }
              onClose={() => setEditing(null)}
            >
              {editing?.kind === 'edit' && (
                <PositionForm url={url} position={editing.position} onDone={done} />
              )}
              {editing?.kind === 'scores' && (
                <ScoresForm url={url} position={editing.position} scaleMax={data.scaleMax} onDone={done} />
              )}
              {editing?.kind === 'competences' && (
                <CompetencesForm url={url} position={editing.position} onDone={done} />
              )}
              {editing?.kind === 'training' && (
                <TrainingForm url={url} position={editing.position} onDone={done} />
              )}
            </Dialog>
            {confirmDialog}
          </>
        )}
      </section>
    </>
  );
}

function ScaleForm({
  url,
  scaleMax,
  onDone,
}: {
  url: string;
  scaleMax: number;
  onDone(d: StaffData, n: string): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState(String(scaleMax));
  return (
    <Form
      form={form}
      className="form-row"
      onSubmit={() =>
        form.submit(
          () => put<StaffData>(`${url}/scale`, { scaleMax: Number(v) }),
          null,
          (d) => onDone(d, t('orgStaff.scaleSaved', { max: v })),
        )
      }
    >
      <FormField name="scaleMax" label={t('orgStaff.scaleMax')}>
        <input type="number" min={2} max={100} value={v} onChange={(e) => setV(e.target.value)} />
      </FormField>
      <button type="submit" className="secondary">
        {t('orgStaff.setScale')}
      </button>
    </Form>
  );
}
