import { plural } from '../../plural';

/** The captures list's search and filters (the case-work issue). */
export const searchUi = {
  'search.label': 'Search',
  'search.placeholder': 'Text, name, group, note… (Cyrillic or Latin)',
  'search.any': 'Any',
  'search.case': 'Case',
  'search.noCase': 'In no case',
  'search.category': 'Abuse category',
  'search.tag': 'Tag',
  'search.group': 'Group or channel',
  'search.account': 'Account',
  'search.site': 'Site',
  'search.from': 'From',
  'search.to': 'To',
  'search.sort': 'Order',
  'search.newest': 'Newest first',
  'search.oldest': 'Oldest first',
  'search.clear': 'Clear search and filters',
  'search.found': plural({ one: '{count} capture found of {total}', other: '{count} captures found of {total}' }),
  'search.nothing': 'No capture matches this search and these filters.',
  'search.categoryCount': plural({ one: '{count} category', other: '{count} categories' }),
  'search.exportFound': plural({
    one: 'Export this capture as a signed evidence pack',
    other: 'Export these {count} captures as a signed evidence pack',
  }),
  'search.csv': plural({ one: 'Download CSV ({count} capture)', other: 'Download CSV ({count} captures)' }),
};
