import { plural } from '../../plural';

/** The captures list's search and filters (the case-work issue). */
export const searchUi = {
  'search.label': 'Пребарување',
  'search.placeholder': 'Текст, име, група, белешка… (кирилица или латиница)',
  'search.any': 'Било кое',
  'search.case': 'Случај',
  'search.noCase': 'Без случај',
  'search.category': 'Категорија на злоупотреба',
  'search.tag': 'Ознака',
  'search.group': 'Група или канал',
  'search.account': 'Сметка',
  'search.site': 'Веб-локација',
  'search.from': 'Од',
  'search.to': 'До',
  'search.sort': 'Редослед',
  'search.newest': 'Најнови прво',
  'search.oldest': 'Најстари прво',
  'search.clear': 'Исчисти го пребарувањето и филтрите',
  'search.found': plural({
    one: 'Пронајден е {count} запис од {total}',
    other: 'Пронајдени се {count} записи од {total}',
  }),
  'search.nothing': 'Ниеден запис не одговара на ова пребарување и на овие филтри.',
  'search.categoryCount': plural({ one: '{count} категорија', other: '{count} категории' }),
  'search.exportFound': plural({
    one: 'Извези го овој запис како потпишан пакет со докази',
    other: 'Извези ги овие {count} записи како потпишан пакет со докази',
  }),
  'search.csv': plural({ one: 'Преземи CSV ({count} запис)', other: 'Преземи CSV ({count} записи)' }),
};
