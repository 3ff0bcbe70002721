import type { CategoryKey } from '../utils/i18n/catalog';
import { CATEGORY_KEYS } from '../utils/case-work/types';
import { useI18n } from './i18n';

/** The list's search and filters, as the URL keeps them (all text; empty is "any"). */
export interface FilterValues {
  q: string;
  case: string;
  tag: string;
  category: string;
  group: string;
  account: string;
  /** One run's captures (monitor mode's panel links to them); no field of its own, only a note and Clear. */
  run: string;
  site: string;
  from: string;
  to: string;
  sort: 'newest' | 'oldest';
}

export const NO_FILTERS: FilterValues = {
  q: '',
  case: '',
  tag: '',
  category: '',
  group: '',
  account: '',
  run: '',
  site: '',
  from: '',
  to: '',
  sort: 'newest',
};

/** "none" in the case filter: captures in no case. */
export const NO_CASE = '-';

export interface FilterOptions {
  cases: readonly { id: string; name: string }[];
  tags: readonly string[];
  groups: readonly { key: string; name: string }[];
  accounts: readonly { key: string; name: string }[];
  sites: readonly string[];
}

interface CaptureFiltersProps {
  values: FilterValues;
  options: FilterOptions;
  onChange: (values: FilterValues) => void;
}

/** Search box and filters; every change is reported at once (the search is fast enough to run on each key). */
export function CaptureFilters({ values, options, onChange }: CaptureFiltersProps) {
  const { t, catalog } = useI18n();
  const set = (key: keyof FilterValues) => (event: Event) =>
    onChange({ ...values, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const active = Object.entries(values).some(([key, value]) => key !== 'sort' && value !== '');
  const select = (
    key: keyof FilterValues,
    label: string,
    choices: readonly { value: string; label: string }[],
    any = t('search.any'),
  ) => (
    <label class="filter">
      <span>{label}</span>
      <select value={values[key]} onChange={set(key)} data-testid={`filter-${key}`}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="capture-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search-box">
        <span>{t('search.label')}</span>
        <input
          type="search"
          value={values.q}
          onInput={set('q')}
          placeholder={t('search.placeholder')}
          data-testid="search"
          autoComplete="off"
          spellcheck={false}
        />
      </label>
      <div class="filter-row">
        {select('case', t('search.case'), [
          { value: NO_CASE, label: t('search.noCase') },
          ...options.cases.map((c) => ({ value: c.id, label: c.name })),
        ])}
        {select(
          'category',
          t('search.category'),
          CATEGORY_KEYS.map((key: CategoryKey) => ({ value: key, label: catalog.categories[key] })),
        )}
        {select(
          'tag',
          t('search.tag'),
          options.tags.map((tag) => ({ value: tag, label: tag })),
        )}
        {select(
          'group',
          t('search.group'),
          options.groups.map((g) => ({ value: g.key, label: g.name })),
        )}
        {select(
          'account',
          t('search.account'),
          options.accounts.map((a) => ({ value: a.key, label: a.name })),
        )}
        {select(
          'site',
          t('search.site'),
          options.sites.map((site) => ({ value: site, label: site })),
        )}
        <label class="filter">
          <span>{t('search.from')}</span>
          <input type="date" value={values.from} onInput={set('from')} data-testid="filter-from" />
        </label>
        <label class="filter">
          <span>{t('search.to')}</span>
          <input type="date" value={values.to} onInput={set('to')} data-testid="filter-to" />
        </label>
        <label class="filter">
          <span>{t('search.sort')}</span>
          <select value={values.sort} onChange={set('sort')} data-testid="filter-sort">
            <option value="newest">{t('search.newest')}</option>
            <option value="oldest">{t('search.oldest')}</option>
          </select>
        </label>
        {values.run ? <p class="muted filter-run">{t('run.filtered')}</p> : null}
        {active ? (
          <button type="button" class="small" onClick={() => onChange({ ...NO_FILTERS, sort: values.sort })}>
            {t('search.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
