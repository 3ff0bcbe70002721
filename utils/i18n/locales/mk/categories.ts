import type { Catalog } from '../../catalog';

/** The abuse categories in this country's terms (docs/TERMINOLOGY.md). */
export const categories: Catalog['categories'] = {
  threat: 'Закана',
  harassment: 'Вознемирување',
  insult: 'Навреда',
  stalking: 'Демнење',
  incitement: 'Поттикнување на насилство',
  'unsolicited-sexual': 'Несакани сексуално експлицитни пораки',
  sextortion: 'Сексуална уцена',
  'forced-viewing': 'Принудување на гледање сексуално експлицитни содржини',
  'intimate-images': 'Споделување интимни снимки без согласност',
  doxxing: 'Објавување лични податоци (доксинг)',
};
