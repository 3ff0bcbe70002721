import { useMemo, useState } from 'preact/hooks';
import type { UiKey } from '../utils/i18n/catalog';
import type { Translator } from '../utils/i18n/translate';
import {
  DEFAULT_SORT,
  filterRows,
  firstDirection,
  sortRows,
  type CatalogueRow,
  type Sort,
  type SortKey,
} from './catalogue-rows';
import { useI18n } from './i18n';
import { When } from './SeenHistory';
import { entryAddress } from '@/utils/page/address';

export type CatalogueKind = 'group' | 'account';

/** "Groups and channels | Accounts": the catalogue's two lists. */
export function CatalogueNav({ current }: { current: 'groups' | 'accounts' | null }) {
  const { t } = useI18n();
  return (
    <nav class="sub-nav" aria-label={t('nav.catalogue')}>
      <a href="#/groups" aria-current={current === 'groups' ? 'page' : undefined}>
        {t('title.groups')}
      </a>
      <a href="#/accounts" aria-current={current === 'accounts' ? 'page' : undefined}>
        {t('title.accounts')}
      </a>
    </nav>
  );
}

/** Where the CSV download stands. */
export interface CsvState {
  busy: boolean;
  saved: string | null;
  error: string | null;
}

interface CatalogueListProps {
  kind: CatalogueKind;
  rows: readonly CatalogueRow[];
  csv: CsvState;
  onDownloadCsv: () => void;
}

/** A list page of the catalogue: its heading, the CSV button, the filter and the table (or words for an empty one). */
export function CatalogueList({ kind, rows, csv, onDownloadCsv }: CatalogueListProps) {
  const { t } = useI18n();
  const groups = kind === 'group';
  return (
    <section class="catalogue" aria-labelledby="catalogue-heading">
      <CatalogueNav current={groups ? 'groups' : 'accounts'} />
      <div class="page-heading">
        <h1 id="catalogue-heading" tabIndex={-1}>
          {t(groups ? 'title.groups' : 'title.accounts')}
        </h1>
        {rows.length > 0 ? (
          <p class="capture-count" data-testid="catalogue-count">
            {t(groups ? 'catalogue.groupCount' : 'catalogue.accountCount', { count: rows.length })}
          </p>
        ) : null}
      </div>
      <p class="intro">{t(groups ? 'catalogue.groupsIntro' : 'catalogue.accountsIntro')}</p>
      {rows.length === 0 ? (
        <div class="empty-state" data-testid="catalogue-empty">
          <h2>{t(groups ? 'catalogue.emptyGroups' : 'catalogue.emptyAccounts')}</h2>
          <p>{t('catalogue.emptyHint')}</p>
        </div>
      ) : (
        <>
          <div class="catalogue-csv">
            <button type="button" data-testid="catalogue-csv" disabled={csv.busy} onClick={onDownloadCsv}>
              {t('catalogue.downloadCsv')}
            </button>
            {csv.saved ? (
              <span class="ok" role="status">
                {t('catalogue.csvSaved', { file: csv.saved })}
              </span>
            ) : null}
            {csv.error ? (
              <span class="error" role="alert">
                {t('catalogue.csvFailed', { reason: csv.error })}
              </span>
            ) : null}
          </div>
          <CatalogueTable kind={kind} rows={rows} />
        </>
      )}
    </section>
  );
}

/** Every group or account, filtered as the person types and sorted by the column heading chosen. */
export function CatalogueTable({ kind, rows }: { kind: CatalogueKind; rows: readonly CatalogueRow[] }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const collator = useMemo(() => new Intl.Collator(i18n.intl, { sensitivity: 'base', numeric: true }), [i18n.intl]);
  const shown = useMemo(() => sortRows(filterRows(rows, query), sort, collator), [rows, query, sort, collator]);
  const choose = (by: SortKey) =>
    setSort((current) =>
      current.by === by ? { by, descending: !current.descending } : { by, descending: firstDirection(by) },
    );
  const sortable = (by: SortKey, label: UiKey) => <SortHeader by={by} sort={sort} label={t(label)} onSort={choose} />;
  const groups = kind === 'group';
  const filterId = `catalogue-filter-${kind}`;
  return (
    <>
      <div class="catalogue-filter">
        <label for={filterId}>{t('catalogue.filterLabel')}</label>
        <input
          id={filterId}
          type="search"
          data-testid="catalogue-filter"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        {query.trim() ? (
          <span class="sub-inline" role="status">
            {t('catalogue.filterShowing', { shown: shown.length, total: rows.length })}
          </span>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p class="missing">{t('catalogue.filterNothing')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t(groups ? 'title.groups' : 'title.accounts')} tabIndex={0}>
          <table class="catalogue-table" data-testid="catalogue-table">
            <thead>
              <tr>
                {sortable('name', 'catalogue.col.name')}
                <th scope="col">{t('catalogue.col.username')}</th>
                {groups ? (
                  <>
                    <th scope="col">{t('catalogue.col.type')}</th>
                    <th scope="col">{t('catalogue.col.members')}</th>
                  </>
                ) : (
                  <th scope="col">{t('catalogue.col.groups')}</th>
                )}
                <th scope="col">{t('catalogue.col.status')}</th>
                {sortable('captures', 'catalogue.col.captures')}
                <th scope="col">{t('catalogue.col.firstSeen')}</th>
                {sortable('lastSeen', 'catalogue.col.lastSeen')}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.key} data-testid="catalogue-row" data-key={row.key}>
                  <th scope="row">
                    <a href={entryAddress(kind, row.key)}>{row.name}</a>
                  </th>
                  <td>{row.usernames.length ? row.usernames.map((u) => `@${u}`).join(', ') : <None />}</td>
                  {groups ? (
                    <>
                      <td>{row.type ? chatTypeLabel(row.type, i18n) : <None />}</td>
                      <td class="num" title={row.members?.text}>
                        {row.members ? (
                          row.members.count === null ? (
                            row.members.text
                          ) : (
                            number(row.members.count)
                          )
                        ) : (
                          <None />
                        )}
                      </td>
                    </>
                  ) : (
                    <td>{row.groups.length ? row.groups.join(', ') : <None />}</td>
                  )}
                  <td>
                    <span class={`catalogue-status status-${row.status}`}>{t(`catalogue.status.${row.status}`)}</span>
                  </td>
                  <td class="num">{number(row.captures)}</td>
                  <td>
                    <When iso={row.firstSeen} />
                  </td>
                  <td>
                    <When iso={row.lastSeen} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function SortHeader({
  by,
  sort,
  label,
  onSort,
}: {
  by: SortKey;
  sort: Sort;
  label: string;
  onSort: (by: SortKey) => void;
}) {
  const active = sort.by === by;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort-button" data-testid={`sort-${by}`} onClick={() => onSort(by)}>
        {label}
        <span class="sort-mark" aria-hidden="true">
          {active ? (sort.descending ? ' ↓' : ' ↑') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

const None = () => <span class="missing">—</span>;

const CHAT_TYPES = ['channel', 'supergroup', 'group', 'user', 'bot'] as const;

/** "channel", "supergroup" in the reader's language; a type Dokaz does not know stays as Telegram gave it. */
export function chatTypeLabel(type: string, { t }: Pick<Translator, 't'>): string {
  return (CHAT_TYPES as readonly string[]).includes(type)
    ? t(`telegram.chatType.${type as (typeof CHAT_TYPES)[number]}`)
    : type;
}
