import { NO_CASE, NO_FILTERS, type FilterValues } from '@/components/CaptureFilters';
import type { SearchFilters } from '@/utils/case-work/types';

/**
 * The list's filters as a query ("q=smokva&account=peer%3A42"), so that a
 * group's or an account's page can link to its captures and the back button
 * keeps what the person was looking at. In the URL's hash the query is only a
 * handle (utils/page/address.ts): the browser's history keeps addresses.
 */
const KEYS = Object.keys(NO_FILTERS) as (keyof FilterValues)[];

export function filtersFromQuery(query: string): FilterValues {
  const params = new URLSearchParams(query);
  const values = { ...NO_FILTERS };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    if (key === 'sort') values.sort = value === 'oldest' ? 'oldest' : 'newest';
    else values[key] = value;
  }
  return values;
}

/** "?q=…&case=…", only what is set ("" when nothing is). */
export function queryFromFilters(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (key === 'sort' ? values.sort !== 'newest' : values[key] !== '') params.set(key, values[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What search takes: dates are the person's own days, from their midnight to the next. */
export function searchFilters(values: FilterValues): SearchFilters {
  const filters: SearchFilters = { sort: values.sort };
  if (values.case) filters.caseId = values.case === NO_CASE ? null : values.case;
  if (values.tag) filters.tag = values.tag;
  if (values.category) filters.category = values.category;
  if (values.group) filters.chatKey = values.group;
  if (values.account) filters.accountKey = values.account;
  if (values.run) filters.runId = values.run;
  if (values.site) filters.site = values.site;
  const day = (date: string, time: string) => {
    const instant = new Date(`${date}T${time}`);
    return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
  };
  if (values.from) filters.from = day(values.from, '00:00:00');
  if (values.to) filters.to = day(values.to, '23:59:59.999');
  return filters;
}
