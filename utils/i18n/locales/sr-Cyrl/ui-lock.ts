import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz је закључан',
  'lock.passphraseLabel': 'Лозинка',
  'lock.recoveryLabel': 'Код за опоравак',
  'lock.unlock': 'Откључај',
  'lock.unlocking': 'Откључавање…',
  'lock.useRecovery': 'Не сећам се лозинке: користи код за опоравак',
  'lock.usePassphrase': 'Користи лозинку',
  'lock.recoveryTitle': 'Ваш код за опоравак',
  'lock.recoveryExplain':
    'Запишите га на папир и чувајте тамо где га нико други неће наћи. Приказује се само сада. Помоћу њега можете откључати Dokaz ако заборавите лозинку.',
  'lock.recoveryDone': 'Код је записан',
  'lock.newPassphrase': 'Нова лозинка',
  'lock.repeatPassphrase': 'Иста лозинка поново',
  'lock.mismatch': 'Две лозинке нису исте.',
  'lock.working': 'Ради се…',
  'lock.changed': 'Готово.',
  'lock.isSet':
    'Лозинка штити оно што Dokaz чува: на овом рачунару је шифровано и само га лозинка откључава. Dokaz може да документује и док је закључан.',
  'lock.lockNow': 'Закључај сада',
  'lock.locked': 'Закључано.',
  'lock.autoLock': 'Сам се закључа када се не користи',
  'lock.autoLockNever': 'никада',
  'lock.autoLockMinutes': plural({ one: '{count} минут', few: '{count} минута', other: '{count} минута' }),
  'lock.changeTitle': 'Промена лозинке',
  'lock.change': 'Промени лозинку',
  'lock.removeTitle': 'Уклањање лозинке',
  'lock.removeExplain': 'Све ће поново бити чувано нешифровано, читљиво свакоме ко користи овај прегледач.',
  'lock.remove': 'Уклони лозинку…',
  'lock.removeConfirm': 'Уклони је и дешифруј све',
  'lock.removed': 'Лозинка је уклоњена.',
  'lock.explain':
    'Поставите лозинку ако неко други може да користи овај рачунар или прегледач. Тада је све што Dokaz чува шифровано, свака страница проширења Dokaz приказује само ову браву док се не унесе лозинка, а Dokaz се сам закључава после неког времена.',
  'lock.set': 'Постави лозинку и шифруј све',
  'lock.noRecoveryWarning':
    'Разумем: ако заборавим лозинку и изгубим код за опоравак, нико не може да поврати оно што Dokaz чува, чак ни Dokaz.',
  'settings.lockHeading': 'Закључавање',
};
