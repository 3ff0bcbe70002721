import { plural } from '../../plural';

/** The captures list's search and filters (the case-work issue). */
export const searchUi = {
  'search.label': 'Kërko',
  'search.placeholder': 'Tekst, emër, grup, shënim… (cirilik ose latin)',
  'search.any': 'Çdo',
  'search.case': 'Rasti',
  'search.noCase': 'Pa rast',
  'search.category': 'Kategoria e abuzimit',
  'search.tag': 'Etiketa',
  'search.group': 'Grupi ose kanali',
  'search.account': 'Llogaria',
  'search.site': 'Faqja',
  'search.from': 'Nga',
  'search.to': 'Deri',
  'search.sort': 'Renditja',
  'search.newest': 'Më të rejat së pari',
  'search.oldest': 'Më të vjetrat së pari',
  'search.clear': 'Pastro kërkimin dhe filtrat',
  'search.found': plural({
    one: 'U gjet {count} dokumentim nga {total}',
    other: 'U gjetën {count} dokumentime nga {total}',
  }),
  'search.nothing': 'Asnjë dokumentim nuk përputhet me këtë kërkim dhe këta filtra.',
  'search.categoryCount': plural({ one: '{count} kategori', other: '{count} kategori' }),
  'search.exportFound': plural({
    one: 'Eksporto këtë dokumentim si paketë provash të nënshkruar',
    other: 'Eksporto këto {count} dokumentime si paketë provash të nënshkruar',
  }),
  'search.csv': plural({ one: 'Shkarko CSV ({count} dokumentim)', other: 'Shkarko CSV ({count} dokumentime)' }),
};
