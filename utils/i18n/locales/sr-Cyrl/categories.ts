import type { Catalog } from '../../catalog';

/** The abuse categories in this country's terms (docs/TERMINOLOGY.md). */
export const categories: Catalog['categories'] = {
  threat: 'Претња',
  harassment: 'Узнемиравање',
  insult: 'Увреда',
  stalking: 'Прогањање',
  incitement: 'Подстицање на насиље',
  'unsolicited-sexual': 'Нежељене сексуално експлицитне поруке',
  sextortion: 'Сексуална уцена (сексторзија)',
  'forced-viewing': 'Присиљавање на гледање сексуалног садржаја',
  'intimate-images': 'Дељење интимних снимака без пристанка',
  doxxing: 'Објављивање личних података (доксинг)',
};
