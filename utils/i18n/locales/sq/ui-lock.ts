import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz është i kyçur',
  'lock.passphraseLabel': 'Fjalëkalimi',
  'lock.recoveryLabel': 'Kodi i rikuperimit',
  'lock.unlock': 'Hape',
  'lock.unlocking': 'Po hapet…',
  'lock.useRecovery': 'E harrova: përdor kodin e rikuperimit',
  'lock.usePassphrase': 'Përdor fjalëkalimin',
  'lock.recoveryTitle': 'Kodi juaj i rikuperimit',
  'lock.recoveryExplain':
    'Shkruajeni në letër dhe ruajeni aty ku askush tjetër nuk e gjen. Shfaqet vetëm tani. Me të mund ta hapni Dokaz nëse e harroni fjalëkalimin.',
  'lock.recoveryDone': 'E shkrova',
  'lock.newPassphrase': 'Fjalëkalim i ri',
  'lock.repeatPassphrase': 'I njëjti fjalëkalim përsëri',
  'lock.mismatch': 'Dy fjalëkalimet nuk janë të njëjta.',
  'lock.working': 'Po punohet…',
  'lock.changed': 'U krye.',
  'lock.isSet':
    'Një fjalëkalim mbron atë që ruan Dokaz: në këtë kompjuter është i enkriptuar dhe vetëm fjalëkalimi e hap. Dokaz mund të dokumentojë edhe kur është i kyçur.',
  'lock.lockNow': 'Kyçe tani',
  'lock.locked': 'U kyç.',
  'lock.autoLock': 'Të kyçet vetë kur nuk përdoret për',
  'lock.autoLockNever': 'kurrë',
  'lock.autoLockMinutes': plural({ one: '{count} minutë', other: '{count} minuta' }),
  'lock.changeTitle': 'Ndryshimi i fjalëkalimit',
  'lock.change': 'Ndrysho fjalëkalimin',
  'lock.removeTitle': 'Heqja e fjalëkalimit',
  'lock.removeExplain': 'Gjithçka do të ruhet sërish pa enkriptim, e lexueshme për këdo që përdor këtë shfletues.',
  'lock.remove': 'Hiq fjalëkalimin…',
  'lock.removeConfirm': 'Hiqe dhe dekripto gjithçka',
  'lock.removed': 'Fjalëkalimi u hoq.',
  'lock.explain':
    'Vendosni një fjalëkalim nëse dikush tjetër mund ta përdorë këtë kompjuter ose shfletues. Atëherë gjithçka që ruan Dokaz është e enkriptuar, çdo faqe e Dokaz tregon vetëm këtë kyç derisa të jepet fjalëkalimi, dhe Dokaz kyçet vetë pas një kohe.',
  'lock.set': 'Vendos fjalëkalimin dhe enkripto gjithçka',
  'lock.noRecoveryWarning':
    'E kuptoj: nëse e harroj fjalëkalimin dhe humbas kodin e rikuperimit, askush nuk mund ta rikthejë atë që ruan Dokaz, as vetë Dokaz.',
  'settings.lockHeading': 'Kyçja',
};
