import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTOR_TYPES, MEMBERSHIP_STAGES } from '@agglomera/methods';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import type { ApiGet } from '../api/types';

const LIMIT = 25;

/**
 * Members and prospects as a list the management can filter, sort, page through and export (the
 * server sorts, searches and pages; the exports are the server's, of the whole filtered list).
 */
export function MemberList({ workspaceId, toolbar }: { workspaceId: string; toolbar?: ReactNode }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState('');
  const [type, setType] = useState('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams({ sort, order });
  if (stage) params.set('stage', stage);
  if (type) params.set('type', type);
  if (q) params.set('q', q);
  const base = `/workspaces/${workspaceId}/membership/members?${params}`;
  const list = useApi<ApiGet<'/workspaces/{workspaceId}/membership/members'>>(
    `${base}&limit=${LIMIT}&offset=${offset}`,
  );
  return (
    <>
      <h2 id="member-list">{t('memberList.title')}</h2>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <DataList
          label={t('memberList.title')}
          testId="member-list"
          rows={list.data.members}
          rowKey={(m) => m.id}
          server={{
            total: list.data.total,
            offset,
            limit: LIMIT,
            onPage: setOffset,
            sort,
            order,
            onSort: (key, o) => (setSort(key), setOrder(o), setOffset(0)),
            onSearch: (text) => (setQ(text), setOffset(0)),
            filtered: !!(q || stage || type),
          }}
          filters={
            <>
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
            </>
          }
          exportLinks={[
            { label: t('common.exportCsv'), href: `/api/v1${base}&format=csv` },
            { label: t('common.exportXlsx'), href: `/api/v1${base}&format=xlsx` },
          ]}
          toolbar={toolbar}
          empty={<EmptyState text={t('list.membersEmpty')} />}
          columns={[
            {
              key: 'name',
              header: t('common.name'),
              rowHeader: true,
              value: (m) => m.name,
              render: (m) => <Link to={`/w/${workspaceId}/operations/members/${m.id}`}>{m.name}</Link>,
            },
            { key: 'actor_type', header: t('memberList.type'), value: (m) => t(`actorType.${m.actor_type}`) },
            {
              key: 'membership_stage',
              header: t('memberList.stage'),
              value: (m) => t(`members.stages.${m.membership_stage}`),
            },
            { key: 'location', header: t('memberList.location'), value: (m) => m.location },
          ]}
        />
      )}
    </>
  );
}
