import type { Catalog } from '../../catalog';

/** The abuse categories in this country's terms (docs/TERMINOLOGY.md). */
export const categories: Catalog['categories'] = {
  threat: 'Kanosje',
  harassment: 'Ngacmim',
  insult: 'Fyerje',
  stalking: 'Përndjekje',
  incitement: 'Nxitje për dhunë',
  'unsolicited-sexual': 'Mesazhe seksuale të padëshiruara',
  sextortion: 'Shantazh seksual (sextortion)',
  'forced-viewing': 'Detyrim për të parë materiale seksuale',
  'intimate-images': 'Shpërndarje e imazheve intime pa pëlqim',
  doxxing: 'Publikim i të dhënave personale (doxxing)',
};
