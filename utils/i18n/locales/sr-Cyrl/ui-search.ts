import { plural } from '../../plural';

/** The captures list's search and filters (the case-work issue). */
export const searchUi = {
  'search.label': 'Претрага',
  'search.placeholder': 'Текст, име, група, белешка… (ћирилица или латиница)',
  'search.any': 'Било која',
  'search.case': 'Случај',
  'search.noCase': 'Без случаја',
  'search.category': 'Категорија злостављања',
  'search.tag': 'Ознака',
  'search.group': 'Група или канал',
  'search.account': 'Налог',
  'search.site': 'Сајт',
  'search.from': 'Од',
  'search.to': 'До',
  'search.sort': 'Редослед',
  'search.newest': 'Најновији прво',
  'search.oldest': 'Најстарији прво',
  'search.clear': 'Обриши претрагу и филтере',
  'search.found': plural({
    one: 'Пронађен је {count} запис од {total}',
    few: 'Пронађена су {count} записа од {total}',
    other: 'Пронађено је {count} записа од {total}',
  }),
  'search.nothing': 'Ниједан запис не одговара овој претрази и овим филтерима.',
  'search.categoryCount': plural({ one: '{count} категорија', few: '{count} категорије', other: '{count} категорија' }),
  'search.exportFound': plural({
    one: 'Извези овај запис као потписан пакет доказа',
    few: 'Извези ова {count} записа као потписан пакет доказа',
    other: 'Извези ових {count} записа као потписан пакет доказа',
  }),
  'search.csv': plural({
    one: 'Преузми CSV ({count} запис)',
    few: 'Преузми CSV ({count} записа)',
    other: 'Преузми CSV ({count} записа)',
  }),
};
