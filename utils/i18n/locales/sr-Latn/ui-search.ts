import { plural } from '../../plural';

/** The captures list's search and filters (the case-work issue). */
export const searchUi = {
  'search.label': 'Pretraga',
  'search.placeholder': 'Tekst, ime, grupa, beleška… (ćirilica ili latinica)',
  'search.any': 'Bilo koja',
  'search.case': 'Slučaj',
  'search.noCase': 'Bez slučaja',
  'search.category': 'Kategorija zlostavljanja',
  'search.tag': 'Oznaka',
  'search.group': 'Grupa ili kanal',
  'search.account': 'Nalog',
  'search.site': 'Sajt',
  'search.from': 'Od',
  'search.to': 'Do',
  'search.sort': 'Redosled',
  'search.newest': 'Najnoviji prvo',
  'search.oldest': 'Najstariji prvo',
  'search.clear': 'Obriši pretragu i filtere',
  'search.found': plural({
    one: 'Pronađen je {count} zapis od {total}',
    few: 'Pronađena su {count} zapisa od {total}',
    other: 'Pronađeno je {count} zapisa od {total}',
  }),
  'search.nothing': 'Nijedan zapis ne odgovara ovoj pretrazi i ovim filterima.',
  'search.categoryCount': plural({ one: '{count} kategorija', few: '{count} kategorije', other: '{count} kategorija' }),
  'search.exportFound': plural({
    one: 'Izvezi ovaj zapis kao potpisan paket dokaza',
    few: 'Izvezi ova {count} zapisa kao potpisan paket dokaza',
    other: 'Izvezi ovih {count} zapisa kao potpisan paket dokaza',
  }),
  'search.csv': plural({
    one: 'Preuzmi CSV ({count} zapis)',
    few: 'Preuzmi CSV ({count} zapisa)',
    other: 'Preuzmi CSV ({count} zapisa)',
  }),
};
