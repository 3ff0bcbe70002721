import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz je zaključan',
  'lock.passphraseLabel': 'Lozinka',
  'lock.recoveryLabel': 'Kôd za oporavak',
  'lock.unlock': 'Otključaj',
  'lock.unlocking': 'Otključavanje…',
  'lock.useRecovery': 'Ne sjećam se lozinke: upotrijebi kôd za oporavak',
  'lock.usePassphrase': 'Upotrijebi lozinku',
  'lock.recoveryTitle': 'Vaš kôd za oporavak',
  'lock.recoveryExplain':
    'Zapišite ga na papir i čuvajte ondje gdje ga nitko drugi neće naći. Prikazuje se samo sada. S njim možete otključati Dokaz ako zaboravite lozinku.',
  'lock.recoveryDone': 'Kôd je zapisan',
  'lock.newPassphrase': 'Nova lozinka',
  'lock.repeatPassphrase': 'Ista lozinka ponovno',
  'lock.mismatch': 'Dvije lozinke nisu iste.',
  'lock.working': 'Radi se…',
  'lock.changed': 'Gotovo.',
  'lock.isSet':
    'Lozinka štiti ono što Dokaz čuva: na ovom računalu je šifrirano i samo ga lozinka otključava. Dokaz može dokumentirati i dok je zaključan.',
  'lock.lockNow': 'Zaključaj sada',
  'lock.locked': 'Zaključano.',
  'lock.autoLock': 'Sam se zaključa kad se ne koristi',
  'lock.autoLockNever': 'nikad',
  'lock.autoLockMinutes': plural({ one: '{count} minuta', few: '{count} minute', other: '{count} minuta' }),
  'lock.changeTitle': 'Promjena lozinke',
  'lock.change': 'Promijeni lozinku',
  'lock.removeTitle': 'Uklanjanje lozinke',
  'lock.removeExplain': 'Sve će se ponovno čuvati nešifrirano, čitljivo svakomu tko se koristi ovim preglednikom.',
  'lock.remove': 'Ukloni lozinku…',
  'lock.removeConfirm': 'Ukloni je i dešifriraj sve',
  'lock.removed': 'Lozinka je uklonjena.',
  'lock.explain':
    'Postavite lozinku ako netko drugi može upotrebljavati ovo računalo ili preglednik. Tada je sve što Dokaz čuva šifrirano, svaka stranica proširenja Dokaz prikazuje samo ovu bravu dok se ne unese lozinka, a Dokaz se sam zaključava nakon nekog vremena.',
  'lock.set': 'Postavi lozinku i šifriraj sve',
  'lock.noRecoveryWarning':
    'Razumijem: ako zaboravim lozinku i izgubim kôd za oporavak, nitko ne može vratiti ono što Dokaz čuva, čak ni Dokaz.',
  'settings.lockHeading': 'Zaključavanje',
};
