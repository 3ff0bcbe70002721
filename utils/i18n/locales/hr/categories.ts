import type { Catalog } from '../../catalog';

/** The abuse categories in this country's terms (docs/TERMINOLOGY.md). */
export const categories: Catalog['categories'] = {
  threat: 'Prijetnja',
  harassment: 'Uznemiravanje',
  insult: 'Uvreda',
  stalking: 'Nametljivo ponašanje',
  incitement: 'Poticanje na nasilje',
  'unsolicited-sexual': 'Neželjene spolno eksplicitne poruke',
  sextortion: 'Seksualna ucjena (sekstorzija)',
  'forced-viewing': 'Prisiljavanje na gledanje spolno eksplicitnog sadržaja',
  'intimate-images': 'Dijeljenje intimnih snimki bez pristanka',
  doxxing: 'Objavljivanje osobnih podataka (doxxing)',
};
