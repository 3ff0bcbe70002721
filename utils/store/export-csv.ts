import type { Translator } from '../i18n/translate';
import type { Store } from '.';
import { accountsCsv, capturesCsv, groupsCsv } from '../case-work/csv';
import type { SearchFilters } from '../case-work/types';

export type CsvKind = 'captures' | 'groups' | 'accounts';

export interface CsvOptions {
  /** The captures to list; by default those the query and filters find (all, with neither). */
  captureIds?: string[];
  query?: string;
  filters?: SearchFilters;
}

/** A CSV of the captures (in the dashboard's order) or of the catalogue, headed in the translator's language. */
export async function exportCsv(
  store: Store,
  translator: Translator,
  kind: CsvKind,
  options: CsvOptions = {},
): Promise<string> {
  if (kind !== 'captures') {
    const { groups, accounts } = await store.catalogue();
    return kind === 'groups' ? groupsCsv(groups, translator) : accountsCsv(accounts, groups, translator);
  }
  const ids = options.captureIds ?? (await store.search(options.query ?? '', options.filters ?? {}));
  const [cases, rows] = await Promise.all([
    store.listCases(),
    Promise.all(
      ids.map(async (id) => {
        const [view, annotation] = await Promise.all([store.getCapture(id), store.getAnnotation(id)]);
        return view ? [{ view, annotation }] : [];
      }),
    ),
  ]);
  return capturesCsv(rows.flat(), cases, translator);
}
