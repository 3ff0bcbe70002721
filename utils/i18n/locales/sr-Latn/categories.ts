import type { Catalog } from '../../catalog';

/** The abuse categories in this country's terms (docs/TERMINOLOGY.md). */
export const categories: Catalog['categories'] = {
  threat: 'Pretnja',
  harassment: 'Uznemiravanje',
  insult: 'Uvreda',
  stalking: 'Proganjanje',
  incitement: 'Podsticanje na nasilje',
  'unsolicited-sexual': 'Neželjene seksualno eksplicitne poruke',
  sextortion: 'Seksualna ucena (sekstorzija)',
  'forced-viewing': 'Prisiljavanje na gledanje seksualnog sadržaja',
  'intimate-images': 'Deljenje intimnih snimaka bez pristanka',
  doxxing: 'Objavljivanje ličnih podataka (doksing)',
};
