import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CaptureFilters, type FilterOptions, type FilterValues } from '@/components/CaptureFilters';
import { CaptureList } from '@/components/CaptureList';
import { ExportPanel } from '@/components/ExportPanel';
import { useI18n } from '@/components/i18n';
import { LoadFailed, Loading } from '@/components/PageState';
import { currentName } from '@/utils/case-work/catalogue';
import { exportCsv } from '@/utils/store/export-csv';
import { findDocs } from '@/utils/case-work/search';
import type { SearchDoc } from '@/utils/case-work/types';
import { describeError } from '@/utils/errors';
import { useBlurSetting } from '@/utils/hooks/use-blur-setting';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useObjectUrls } from '@/utils/hooks/use-object-urls';
import type { PackSelection } from '@/utils/pack/types';
import type { Store } from '@/utils/store';
import { filtersFromQuery, queryFromFilters, searchFilters } from './captures-filters';
import { saveFile } from './save-file';
import { useExport } from './use-export';
import { listAddress } from '@/utils/page/address';

/** Rows the list draws before every search doc is read: the first screen, at once. */
const FIRST_PAINT = 40;

/**
 * The captures: search and filters (kept in the URL, so a link from a group
 * or account page, a reload or the back button keeps them), a list that draws
 * only what is on screen, and export of exactly what is shown, as a signed
 * pack or a CSV. Every search doc is read once into the page; searching is
 * then synchronous, on each key press.
 */
export function CapturesPage({ store, notice, query }: { store: Store; notice: string | null; query: string }) {
  const i18n = useI18n();
  const { t, say } = i18n;
  const exporter = useExport(store);
  const blur = useBlurSetting();
  const [values, setValues] = useState<FilterValues>(() => filtersFromQuery(query));
  const searchStarted = useRef<number | null>(null);
  const [csv, setCsv] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  // A link to the captures of an account (or a group, or a case) while the page is open.
  useEffect(() => setValues(filtersFromQuery(query)), [query]);

  const first = useLiveQuery(() => store.latestSearchDocs(FIRST_PAINT), [store]);
  const all = useLiveQuery(() => store.searchDocs(), [store]);
  const total = useLiveQuery(() => store.countCaptures(), [store]);
  const choices = useLiveQuery(async () => {
    const [cases, catalogue] = await Promise.all([store.listCases(), store.catalogue()]);
    return { cases, catalogue };
  }, [store]);

  const filtered = queryFromFilters(values) !== queryFromFilters({ ...filtersFromQuery(''), sort: values.sort });
  const found = useMemo(
    () => (all.status === 'ready' ? findDocs(all.value, values.q, searchFilters(values)) : null),
    [all, values],
  );
  const docs: readonly SearchDoc[] =
    found ?? (!filtered && values.sort === 'newest' && first.status === 'ready' ? first.value : []);

  const options = useMemo<FilterOptions>(() => {
    const everything = all.status === 'ready' ? all.value : [];
    const catalogue = choices.status === 'ready' ? choices.value.catalogue : { groups: [], accounts: [] };
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, i18n.intl);
    return {
      cases: choices.status === 'ready' ? choices.value.cases.map((c) => ({ id: c.id, name: c.name })) : [],
      tags: [...new Set(everything.flatMap((doc) => doc.tags))].sort(),
      groups: catalogue.groups
        .map((g) => ({ key: g.key, name: currentName(g.titles, g.usernames, g.key) }))
        .sort(byName),
      accounts: catalogue.accounts
        .map((a) => ({ key: a.key, name: currentName(a.names, a.usernames, a.key) }))
        .sort(byName),
      sites: [...new Set(everything.map((doc) => doc.site).filter(Boolean))].sort(),
    };
  }, [all, choices, i18n.intl]);

  const [visible, setVisible] = useState<readonly SearchDoc[]>([]);
  const thumbnails = useObjectUrls(
    visible.flatMap((doc) => (doc.show.thumbnailArtifactId ? [doc.show.thumbnailArtifactId] : [])),
    (artifactId) => store.getArtifactData(artifactId),
  );

  // For the benchmark and anyone profiling: when the first rows are on screen, and how long a search took.
  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || docs.length === 0) return;
    painted.current = true;
    requestAnimationFrame(() => performance.mark('dokaz:list-painted'));
  }, [docs]);
  const indexed = useRef(false);
  useEffect(() => {
    if (indexed.current || !found) return;
    indexed.current = true;
    requestAnimationFrame(() => performance.mark('dokaz:index-ready'));
  }, [found]);
  useEffect(() => {
    const start = searchStarted.current;
    if (start === null || !found) return;
    searchStarted.current = null;
    requestAnimationFrame(() => performance.measure('dokaz:search', { start, end: performance.now() }));
  }, [found]);

  function change(next: FilterValues): void {
    searchStarted.current = performance.now();
    setValues(next);
    history.replaceState(null, '', listAddress(queryFromFilters(next).replace(/^\?/, '')));
  }

  async function downloadCsv(ids: string[]): Promise<void> {
    setCsv({ busy: true, error: null });
    try {
      const text = await exportCsv(store, i18n, 'captures', { captureIds: ids });
      await saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), 'captures', 'csv');
      setCsv({ busy: false, error: null });
    } catch (error) {
      setCsv({ busy: false, error: describeError(error, say) });
    }
  }

  if (total.status === 'failed' || all.status === 'failed') {
    const error = total.status === 'failed' ? total.error : all.status === 'failed' ? all.error : null;
    return <LoadFailed what={t('state.what.captures')} message={describeError(error, say)} />;
  }
  if (total.status === 'loading') return <Loading />;
  const count = total.value;
  const ids = docs.map((doc) => doc.captureId);
  const selection: PackSelection = !filtered
    ? { all: true }
    : onlyCase(values)
      ? { caseId: values.case }
      : { captureIds: ids };

  return (
    <>
      <div class="page-heading">
        <h1 id="captures-heading" tabIndex={-1}>
          {t('title.captures')}
        </h1>
      </div>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {count > 0 ? <CaptureFilters values={values} options={options} onChange={change} /> : null}
      {count > 0 && docs.length > 0 && found ? (
        <div class="list-actions">
          <ExportPanel
            label={filtered ? t('search.exportFound', { count: docs.length }) : t('export.all')}
            state={exporter.state}
            language={exporter.language}
            onLanguage={exporter.setLanguage}
            onExport={() => void exporter.run(selection, 0)}
          />
          <div class="csv-panel">
            <button type="button" onClick={() => void downloadCsv(ids)} disabled={csv.busy} data-testid="csv">
              {t('search.csv', { count: docs.length })}
            </button>
            {csv.error ? (
              <p class="error" role="alert">
                {csv.error}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      <CaptureList
        docs={docs}
        total={count}
        thumbnails={thumbnails}
        blur={blur}
        onVisible={setVisible}
        filtered={filtered && found !== null}
      />
    </>
  );
}

/** Only a case is chosen: the pack is that case's (its name in the file, `{ caseId }` in the manifest). */
function onlyCase(values: FilterValues): boolean {
  return (
    values.case !== '' &&
    values.case !== '-' &&
    Object.entries(values).every(([key, value]) => key === 'case' || key === 'sort' || value === '')
  );
}
