import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { formatDay } from '../strategy/documentsParts';
import { ConnectNav } from './connectParts';
import type { InterestsSent } from './connectTypes';

/** Our interests (docs/connect.md): the interests this initiative expressed, with their answer. */
export function InterestsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const sent = useApi<InterestsSent>(`/workspaces/${workspaceId}/connect/interests/sent`);
  return (
    <>
      <ConnectNav />
      <section aria-labelledby="interests-title">
        <h1 id="interests-title">{t('connect.interests.title')}</h1>
        <p className="muted">{t('connect.interests.intro')}</p>
        {sent.error ? (
          <ErrorMessage error={sent.error} />
        ) : !sent.data ? (
          <Loading />
        ) : (
          <DataList
            label={t('connect.interests.title')}
            testId="interests-sent"
            rows={sent.data.interests}
            rowKey={(i) => i.id}
            exportName="our-interests"
            empty={<EmptyState text={t('connect.interests.noneSent')} />}
            columns={[
              {
                key: 'posting',
                header: t('connect.field.posting'),
                rowHeader: true,
                value: (i) => i.postingTitle,
              },
              { key: 'initiative', header: t('connect.field.initiative'), value: (i) => i.initiativeName },
              {
                key: 'kind',
                header: t('connect.kind.label'),
                value: (i) => t(`connect.kind.${i.postingKind}`),
              },
              { key: 'message', header: t('connect.field.message'), value: (i) => i.message },
              { key: 'by', header: t('connect.field.sentBy'), value: (i) => i.sentBy },
              {
                key: 'date',
                header: t('connect.field.date'),
                value: (i) => formatDay(i.createdAt, i18n.language),
              },
              {
                key: 'status',
                header: t('connect.field.status'),
                value: (i) => t(`connect.status.${i.status}`),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
