import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz is locked',
  'lock.passphraseLabel': 'Passphrase',
  'lock.recoveryLabel': 'Recovery code',
  'lock.unlock': 'Unlock',
  'lock.unlocking': 'Unlocking…',
  'lock.useRecovery': 'I forgot it: use the recovery code',
  'lock.usePassphrase': 'Use the passphrase',
  'lock.recoveryTitle': 'Your recovery code',
  'lock.recoveryExplain':
    'Write it down on paper and keep it where nobody else will find it. It is shown only now. With it you can open Dokaz if you forget the passphrase.',
  'lock.recoveryDone': 'I have written it down',
  'lock.newPassphrase': 'New passphrase',
  'lock.repeatPassphrase': 'The same passphrase again',
  'lock.mismatch': 'The two passphrases are not the same.',
  'lock.working': 'Working…',
  'lock.changed': 'Done.',
  'lock.isSet':
    'A passphrase protects what Dokaz keeps: on this computer it is encrypted, and only the passphrase opens it. Dokaz can still document while it is locked.',
  'lock.lockNow': 'Lock now',
  'lock.locked': 'Locked.',
  'lock.autoLock': 'Lock by itself when not used for',
  'lock.autoLockNever': 'never',
  'lock.autoLockMinutes': plural({ one: '{count} minute', other: '{count} minutes' }),
  'lock.changeTitle': 'Change the passphrase',
  'lock.change': 'Change the passphrase',
  'lock.removeTitle': 'Remove the passphrase',
  'lock.removeExplain': 'Everything will be kept unencrypted again, readable by anyone who uses this browser.',
  'lock.remove': 'Remove the passphrase…',
  'lock.removeConfirm': 'Remove it and decrypt everything',
  'lock.removed': 'The passphrase is removed.',
  'lock.explain':
    'Set a passphrase if someone else may use this computer or this browser. Everything Dokaz keeps is then encrypted, every Dokaz page shows only this lock until the passphrase is given, and Dokaz locks by itself after a while.',
  'lock.set': 'Set the passphrase and encrypt everything',
  'lock.noRecoveryWarning':
    'I understand: if I forget the passphrase and lose the recovery code, nobody can recover what Dokaz keeps, not even Dokaz.',
  'settings.lockHeading': 'Lock',
};
