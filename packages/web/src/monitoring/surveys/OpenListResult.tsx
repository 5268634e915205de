import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../../api';
import { useApi } from '../../useApi';
import { Dialog } from '../../layout/Dialog';
import { Form, useForm } from '../../layout/forms';
import { ErrorMessage, Loading, ScrollTable } from '../../layout/common';
import type { Coding, ThemeRank } from './survey-types';

export type { ThemeRank };

/**
 * The result of an open "list three" question: the themes its answers were coded to, the most
 * cited first (as the IDB report reads its open questions, Tables 7 and 8), and, for the team, the
 * coding of each answer into a theme.
 */
export function OpenListResult({
  question,
  items,
  coded,
  themes,
  surveyBase,
  canCode,
  onCoded,
}: {
  question: string;
  items: number;
  coded: number;
  themes: ThemeRank[];
  surveyBase: string;
  canCode: boolean;
  onCoded(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <p data-testid={`coded-${question}`}>{t('surveys.openList.coded', { coded, items })}</p>
      {themes.length === 0 ? (
        <p className="muted">{t('surveys.openList.none')}</p>
      ) : (
        <table data-testid={`themes-${question}`}>
          <thead>
            <tr>
              <th scope="col">{t('surveys.openList.theme')}</th>
              <th scope="col">{t('surveys.openList.citations')}</th>
              <th scope="col">{t('surveys.openList.respondents')}</th>
            </tr>
          </thead>
          <tbody>
            {themes.map((r) => (
              <tr key={r.theme}>
                <th scope="row">{r.theme}</th>
                <td className="num">{r.citations}</td>
                <td className="num">{r.respondents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCode && items > 0 && (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('surveys.openList.code')}
        </button>
      )}
      <Dialog open={open} title={t('surveys.openList.codeTitle')} onClose={() => setOpen(false)}>
        {open && (
          <CodingForm
            url={`${surveyBase}/coding/${question}`}
            onSaved={async () => {
              await onCoded();
              setOpen(false);
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function CodingForm({ url, onSaved }: { url: string; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const data = useApi<Coding>(url);
  const form = useForm();
  const [themes, setThemes] = useState<Record<string, string>>({});
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return <Loading />;
  const key = (i: { responseId: string; item: number }) => `${i.responseId}:${i.item}`;
  const value = (i: Coding['items'][number]) => themes[key(i)] ?? i.theme ?? '';
  const known = [...new Set(data.data.items.map(value).filter(Boolean))].sort();
  const listId = `themes-${url.replace(/\W/g, '')}`;
  return (
    <Form
      form={form}
      aria-label={t('surveys.openList.codeTitle')}
      data-testid="coding-form"
      onSubmit={() =>
        form.submit(
          () =>
            put(url, {
              codes: data.data!.items.map((i) => ({
                responseId: i.responseId,
                item: i.item,
                theme: value(i),
              })),
            }),
          null,
          onSaved,
        )
      }
    >
      <p className="small muted">{t('surveys.openList.codeHint')}</p>
      <datalist id={listId}>
        {known.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <ScrollTable label={t('surveys.openList.codeTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('surveys.openList.answer')}</th>
              <th scope="col">{t('surveys.openList.theme')}</th>
            </tr>
          </thead>
          <tbody>
            {data.data.items.map((i, n) => (
              <tr key={key(i)}>
                <th scope="row">{i.text}</th>
                <td>
                  <input
                    list={listId}
                    aria-label={t('surveys.openList.themeOf', { n: n + 1 })}
                    value={value(i)}
                    maxLength={200}
                    onChange={(e) => setThemes({ ...themes, [key(i)]: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <button type="submit" disabled={form.busy}>
        {t('common.save')}
      </button>
    </Form>
  );
}
