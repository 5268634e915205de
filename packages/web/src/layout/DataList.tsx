/**
 * The one list of the platform: sort, filter, page, export, bulk actions, an empty state that says
 * what the tool is for, and cards instead of a table on a phone (styles.css, "DataList" block).
 *
 *   <DataList label={listLabel} rows={rows} rowKey={(r) => r.id} exportName="actors"
 *     columns={[{ key: 'name', header: t('common.name'), value: (r) => r.name,
 *                 render: (r) => <Link to={…}>{r.name}</Link>, rowHeader: true }, …]}
 *     empty={<EmptyState text={whatItIsFor} action={<a href={template}>…</a>} />}
 *     toolbar={<NewButton …/>} bulk={[{ label: deleteLabel, danger: true, run: (rows) => … }]} />
 *
 * Client mode (default) sorts, filters and pages `rows` in the browser; the CSV export holds the
 * filtered, sorted rows (every page), or link to the server's export with `exportLinks`. Server mode
 * (`server={{ total, offset, limit, onPage, sort, order, onSort, onSearch }}`) leaves sorting,
 * searching and paging to the API and shows `rows` as they come.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<R> {
  key: string;
  header: string;
  /** The plain value: used to sort, to filter and in the CSV export. */
  value(row: R): string | number | null | undefined;
  /** What the cell shows (defaults to the value). */
  render?(row: R): ReactNode;
  sortable?: boolean;
  numeric?: boolean;
  /** The cell that names the row (a <th scope="row">, the card's title on a phone). */
  rowHeader?: boolean;
}

export interface BulkAction<R> {
  label: string;
  danger?: boolean;
  run(rows: R[]): unknown;
}

export interface ServerPaging {
  total: number;
  offset: number;
  limit: number;
  onPage(offset: number): void;
  sort?: string;
  order?: 'asc' | 'desc';
  onSort?(key: string, order: 'asc' | 'desc'): void;
  onSearch?(q: string): void;
  /** A search or filter is active (an empty answer is "no match", not "nothing yet"). */
  filtered?: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compare = (a: unknown, b: unknown) => {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
};

/** A CSV cell: quoted, and a leading = + - @ neutralised so that spreadsheets do not run it. */
const csvCell = (v: unknown) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s) && Number.isNaN(Number(s))) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv<R>(columns: Column<R>[], rows: R[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function downloadCsv(name: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a list is for when it is empty, with the first step (a sample file, a template, "+ New"). */
export function EmptyState({ text, action }: { text: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{text}</p>
      {action && <div className="actions">{action}</div>}
    </div>
  );
}

export function DataList<R>({
  label,
  rows,
  columns,
  rowKey,
  pageSize = 25,
  search = true,
  filters,
  toolbar,
  exportName,
  exportLinks,
  empty,
  bulk,
  server,
  testId,
  caption,
}: {
  label: string;
  /** A visible caption (e.g. "Actors 1–25 of 100"); else the label is the table's hidden caption. */
  caption?: ReactNode;
  rows: R[];
  columns: Column<R>[];
  rowKey(row: R): string;
  pageSize?: number;
  search?: boolean;
  filters?: ReactNode;
  toolbar?: ReactNode;
  exportName?: string;
  exportLinks?: { label: string; href: string }[];
  empty?: ReactNode;
  bulk?: BulkAction<R>[];
  server?: ServerPaging;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [draft, setDraft] = useState('');
  const [sortKey, setSortKey] = useState<string | null>(null);
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(searchTimer.current), []);

  const shown = useMemo(() => {
    if (server) return rows;
    const needle = q.trim().toLowerCase();
    let out = needle
      ? rows.filter((r) =>
          columns.some((c) =>
            String(c.value(r) ?? '')
              .toLowerCase()
              .includes(needle),
          ),
        )
      : rows;
    const col = columns.find((c) => c.key === sortKey);
    if (col) {
      out = [...out].sort((a, b) => compare(col.value(a), col.value(b)) * (order === 'asc' ? 1 : -1));
    }
    return out;
  }, [rows, columns, q, sortKey, order, server]);

  const total = server ? server.total : shown.length;
  const limit = server ? server.limit : pageSize;
  const from = server ? server.offset : Math.min(offset, Math.max(0, total - 1));
  const page = server ? shown : shown.slice(from - (from % limit), from - (from % limit) + limit);
  const start = server ? from : from - (from % limit);
  const activeSort = server ? server.sort : sortKey;
  const activeOrder = server ? (server.order ?? 'asc') : order;

  const sortBy = (key: string) => {
    const next = activeSort === key && activeOrder === 'asc' ? 'desc' : 'asc';
    if (server) return server.onSort?.(key, next);
    setSortKey(key);
    setOrder(next);
    setOffset(0);
  };
  const goTo = (o: number) => (server ? server.onPage(o) : setOffset(o));
  const chosen = rows.filter((r) => selected.has(rowKey(r)));
  const toggle = (key: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });
  const canSearch = search && (server ? !!server.onSearch : true);

  return (
    <div className="datalist" data-testid={testId}>
      <div className="datalist-tools">
        {canSearch && (
          <form
            role="search"
            aria-label={t('form.searchIn', { list: label })}
            onSubmit={(e) => {
              e.preventDefault();
              clearTimeout(searchTimer.current);
              if (server) server.onSearch?.(draft.trim());
              else {
                setQ(draft);
                setOffset(0);
              }
            }}
          >
            <input
              type="search"
              aria-label={t('form.search')}
              placeholder={t('form.search')}
              value={draft}
              onChange={(e) => {
                const text = e.target.value;
                setDraft(text);
                if (!server) return (setQ(text), setOffset(0));
                clearTimeout(searchTimer.current);
                searchTimer.current = setTimeout(() => server.onSearch?.(text.trim()), 300);
              }}
            />
          </form>
        )}
        {filters}
        <span className="datalist-spacer" />
        {exportName && total > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => downloadCsv(exportName, toCsv(columns, shown))}
          >
            {t('common.exportCsv')}
          </button>
        )}
        {exportLinks?.map((l) => (
          <a key={l.href} href={l.href} download>
            {l.label}
          </a>
        ))}
        {toolbar}
      </div>
      {bulk && bulk.length > 0 && chosen.length > 0 && (
        <div className="actions datalist-bulk" role="group" aria-label={t('form.bulk')}>
          <span>{t('form.selected', { count: chosen.length })}</span>
          {bulk.map((b) => (
            <button
              key={b.label}
              type="button"
              className={b.danger ? 'danger' : 'secondary'}
              onClick={async () => {
                await b.run(chosen);
                setSelected(new Set());
              }}
            >
              {b.label}
            </button>
          ))}
        </div>
      )}
      {total === 0 ? (
        (server ? server.filtered : rows.length > 0) ? (
          <p className="muted">{t('form.noMatch')}</p>
        ) : (
          (empty ?? <p className="muted">{t('form.empty')}</p>)
        )
      ) : (
        <div className="datalist-scroll">
          <table>
            {caption ? <caption>{caption}</caption> : <caption className="visually-hidden">{label}</caption>}
            <thead>
              <tr>
                {bulk && bulk.length > 0 && (
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('form.selectAll')}
                      checked={page.length > 0 && page.every((r) => selected.has(rowKey(r)))}
                      onChange={(e) => setSelected(e.target.checked ? new Set(page.map(rowKey)) : new Set())}
                    />
                  </th>
                )}
                {columns.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={
                      activeSort === c.key ? (activeOrder === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    {c.sortable === false || (server && !server.onSort) ? (
                      c.header
                    ) : (
                      <button type="button" className="link" onClick={() => sortBy(c.key)}>
                        {c.header}
                        <span aria-hidden="true">
                          {activeSort === c.key ? (activeOrder === 'asc' ? ' ▲' : ' ▼') : ''}
                        </span>
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.map((r) => {
                const key = rowKey(r);
                return (
                  <tr key={key}>
                    {bulk && bulk.length > 0 && (
                      <td className="datalist-check">
                        <input
                          type="checkbox"
                          aria-label={t('form.select', {
                            name: String(columns.find((c) => c.rowHeader)?.value(r) ?? key),
                          })}
                          checked={selected.has(key)}
                          onChange={() => toggle(key)}
                        />
                      </td>
                    )}
                    {columns.map((c) => {
                      const content = c.render ? c.render(r) : (c.value(r) ?? '');
                      return c.rowHeader ? (
                        <th key={c.key} scope="row" data-label={c.header}>
                          {content}
                        </th>
                      ) : (
                        <td key={c.key} data-label={c.header} className={c.numeric ? 'num' : undefined}>
                          {content}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {total > limit && (
        <div className="actions datalist-pager" role="group" aria-label={t('common.pages')}>
          <button
            type="button"
            className="secondary"
            disabled={start === 0}
            onClick={() => goTo(Math.max(0, start - limit))}
          >
            {t('common.previous')}
          </button>
          <span className="small muted" aria-live="polite">
            {t('common.range', { from: start + 1, to: Math.min(start + limit, total), total })}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={start + limit >= total}
            onClick={() => goTo(start + limit)}
          >
            {t('common.next')}
          </button>
        </div>
      )}
    </div>
  );
}
