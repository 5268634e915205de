import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { ProgrammeNav } from './ProgrammeNav';
import { useProgramme } from './callsParts';
import type { ApiAnswer, ApiGet } from '../api/types';

/**
 * The check of a published table typed in against its stated totals (issue 15, item 3): the
 * columns whose sum (empty cells as 0) differs from the total the table states. IDB Table 1 is
 * ready to load: its certified column sums to 104 while its total says 107 (003:267–284), and the
 * text beside it counts 51 + 7 + 92 = 150 participants against 143 (003:286).
 */
/** IDB Table 1 as the API gives it, and the check's answer (programme/programme.schemas.ts). */
type Idb = ApiGet<'/workspaces/{workspaceId}/programme/table-check/idb-table-1'>;
type Check = ApiAnswer<'/workspaces/{workspaceId}/programme/table-check', 'post'>;

const toText = (rows: (number | null)[][]) =>
  rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join('\t')).join('\n');
const cells = (line: string) => line.split(/\t|;/).map((c) => c.trim());
const toNumber = (c: string | undefined) =>
  c === undefined || c === '' ? null : Number(c.replace(/\s/g, ''));

export function TableCheckPage() {
  const { t } = useTranslation();
  const { base } = useProgramme();
  const form = useForm();
  const [rows, setRows] = useState('');
  const [stated, setStated] = useState('');
  const [columns, setColumns] = useState<string[]>([]);
  const [idb, setIdb] = useState<Idb | null>(null);
  const [result, setResult] = useState<Check | null>(null);
  const load = async () => {
    const table = await get<Idb>(`${base}/table-check/idb-table-1`);
    setIdb(table);
    setColumns(table.columns);
    setRows(toText(table.rows));
    setStated(table.stated.join('\t'));
    setResult(null);
  };
  const parsed = () => ({
    rows: rows
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => cells(l).map(toNumber)),
    stated: cells(stated).map(toNumber),
  });
  const columnName = (i: number) => columns[i] ?? t('progTable.column', { n: i + 1 });
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="table-check-title">
        <h1 id="table-check-title">{t('progTable.title')}</h1>
        <p className="muted">{t('progTable.intro')}</p>
        <button type="button" onClick={() => void load()}>
          {t('progTable.loadIdb')}
        </button>
        <Form
          form={form}
          aria-labelledby="table-check-title"
          onSubmit={() =>
            form.submit(
              () => post<NonNullable<typeof result>>(`${base}/table-check`, parsed()),
              null,
              setResult,
            )
          }
        >
          <FormField name="rows" label={t('progTable.rows')} hint={t('progTable.rowsHint')}>
            <textarea rows={8} value={rows} onChange={(e) => setRows(e.target.value)} required />
          </FormField>
          <FormField name="stated" label={t('progTable.stated')} hint={t('progTable.statedHint')}>
            <input value={stated} onChange={(e) => setStated(e.target.value)} required />
          </FormField>
          <button type="submit">{t('progTable.check')}</button>
        </Form>
        {result && (
          <div role="status" data-testid="table-check-result">
            {result.mismatches.length === 0 ? (
              <p className="form-notice ok">{t('progTable.allAgree')}</p>
            ) : (
              <ul>
                {result.mismatches.map((m) => (
                  <li key={m.column}>
                    <strong>
                      {t('progTable.mismatch', {
                        column: columnName(m.column),
                        sum: m.sum,
                        stated: m.stated,
                      })}
                    </strong>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {idb && (
          <>
            <h2>{t('progTable.idbHeading')}</h2>
            <p>{t('progTable.idbRows', { rows: idb.rowLabels.join(', ') })}</p>
            <p data-testid="idb-text-note">
              {t('progTable.idbText', {
                bso: idb.text.bsoStaff,
                team: idb.text.programmeTeam,
                others: idb.text.others,
                sum: idb.text.bsoStaff + idb.text.programmeTeam + idb.text.others,
                participants: idb.text.participants,
                completion: idb.text.completion,
                participation: idb.text.participation,
              })}
            </p>
            <SourceNote source="003:267–286" />
          </>
        )}
      </section>
    </>
  );
}
