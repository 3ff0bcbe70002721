import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz е заклучен',
  'lock.passphraseLabel': 'Лозинка',
  'lock.recoveryLabel': 'Код за враќање',
  'lock.unlock': 'Отклучи',
  'lock.unlocking': 'Се отклучува…',
  'lock.useRecovery': 'Ја заборавив: користи го кодот за враќање',
  'lock.usePassphrase': 'Користи ја лозинката',
  'lock.recoveryTitle': 'Вашиот код за враќање',
  'lock.recoveryExplain':
    'Запишете го на хартија и чувајте го таму каде што никој друг нема да го најде. Се прикажува само сега. Со него можете да го отклучите Dokaz ако ја заборавите лозинката.',
  'lock.recoveryDone': 'Го запишав',
  'lock.newPassphrase': 'Нова лозинка',
  'lock.repeatPassphrase': 'Истата лозинка повторно',
  'lock.mismatch': 'Двете лозинки не се исти.',
  'lock.working': 'Се работи…',
  'lock.changed': 'Готово.',
  'lock.isSet':
    'Лозинка го штити она што го чува Dokaz: на овој компјутер е шифрирано и само лозинката го отклучува. Dokaz може да документира и додека е заклучен.',
  'lock.lockNow': 'Заклучи сега',
  'lock.locked': 'Заклучено.',
  'lock.autoLock': 'Сам да се заклучи кога не се користи',
  'lock.autoLockNever': 'никогаш',
  'lock.autoLockMinutes': plural({ one: '{count} минута', other: '{count} минути' }),
  'lock.changeTitle': 'Промена на лозинката',
  'lock.change': 'Промени ја лозинката',
  'lock.removeTitle': 'Отстранување на лозинката',
  'lock.removeExplain': 'Сè повторно ќе се чува нешифрирано, читливо за секој што го користи овој прелистувач.',
  'lock.remove': 'Отстрани ја лозинката…',
  'lock.removeConfirm': 'Отстрани ја и дешифрирај сè',
  'lock.removed': 'Лозинката е отстранета.',
  'lock.explain':
    'Поставете лозинка ако некој друг може да го користи овој компјутер или прелистувач. Тогаш сè што чува Dokaz е шифрирано, секоја страница на Dokaz ја покажува само оваа брава додека не се внесе лозинката, а Dokaz сам се заклучува по некое време.',
  'lock.set': 'Постави лозинка и шифрирај сè',
  'lock.noRecoveryWarning':
    'Разбирам: ако ја заборавам лозинката и го изгубам кодот за враќање, никој не може да го врати она што го чува Dokaz, дури ни Dokaz.',
  'settings.lockHeading': 'Заклучување',
};
