import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTOR_TYPES, MEMBERSHIP_STAGES } from '@agglomera/methods';
import { useApi } from '../useApi';
import { ErrorMessage, Loading, Pager } from '../layout/common';

interface Row {
  id: string;
  name: string;
  actor_type: string;
  membership_stage: string;
  sector: string;
  location: string;
}
const LIMIT = 25;
type Sort = 'name' | 'actor_type' | 'membership_stage' | 'location';

/** Members and prospects as a list the management can filter, sort, page through and export. */
export function MemberList({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState('');
  const [type, setType] = useState('');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams({ sort, order });
  if (stage) params.set('stage', stage);
  if (type) params.set('type', type);
  if (q) params.set('q', q);
  const base = `/workspaces/${workspaceId}/membership/members?${params}`;
  const list = useApi<{ members: Row[]; total: number }>(`${base}&limit=${LIMIT}&offset=${offset}`);
  const header = (key: Sort, label: string) => (
    <th scope="col" aria-sort={sort === key ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="link"
        onClick={() => {
          setOrder(sort === key && order === 'asc' ? 'desc' : 'asc');
          setSort(key);
          setOffset(0);
        }}
      >
        {label}
      </button>
    </th>
  );
  return (
    <>
      <h2 id="member-list">{t('memberList.title')}</h2>
      <form
        role="search"
        aria-labelledby="member-list"
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft.trim());
          setOffset(0);
        }}
      >
        <label>
          {t('memberList.stage')}
          <select value={stage} onChange={(e) => (setStage(e.target.value), setOffset(0))}>
            <option value="">{t('memberList.allStages')}</option>
            {MEMBERSHIP_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`members.stages.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('memberList.type')}
          <select value={type} onChange={(e) => (setType(e.target.value), setOffset(0))}>
            <option value="">{t('memberList.allTypes')}</option>
            {ACTOR_TYPES.map((a) => (
              <option key={a} value={a}>
                {t(`actorType.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('memberList.search')}
          <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">{t('memberList.find')}</button>
        <a href={`/api/v1${base}&format=csv`} download>
          {t('common.exportCsv')}
        </a>
        <a href={`/api/v1${base}&format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
      </form>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.total === 0 ? (
        <p className="muted">{t('memberList.none')}</p>
      ) : (
        <>
          <table data-testid="member-list">
            <thead>
              <tr>
                {header('name', t('common.name'))}
                {header('actor_type', t('memberList.type'))}
                {header('membership_stage', t('memberList.stage'))}
                {header('location', t('memberList.location'))}
              </tr>
            </thead>
            <tbody>
              {list.data.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`/w/${workspaceId}/operations/members/${m.id}`}>{m.name}</Link>
                  </th>
                  <td>{t(`actorType.${m.actor_type}`)}</td>
                  <td>{t(`members.stages.${m.membership_stage}`)}</td>
                  <td>{m.location}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={LIMIT} total={list.data.total} onChange={setOffset} />
        </>
      )}
    </>
  );
}
