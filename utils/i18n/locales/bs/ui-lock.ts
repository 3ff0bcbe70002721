import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz je zaključan',
  'lock.passphraseLabel': 'Lozinka',
  'lock.recoveryLabel': 'Kod za oporavak',
  'lock.unlock': 'Otključaj',
  'lock.unlocking': 'Otključavanje…',
  'lock.useRecovery': 'Ne sjećam se lozinke: koristi kod za oporavak',
  'lock.usePassphrase': 'Koristi lozinku',
  'lock.recoveryTitle': 'Vaš kod za oporavak',
  'lock.recoveryExplain':
    'Zapišite ga na papir i čuvajte ga tamo gdje ga niko drugi neće naći. Prikazuje se samo sada. Pomoću njega možete otključati Dokaz ako zaboravite lozinku.',
  'lock.recoveryDone': 'Kod je zapisan',
  'lock.newPassphrase': 'Nova lozinka',
  'lock.repeatPassphrase': 'Ista lozinka ponovo',
  'lock.mismatch': 'Dvije lozinke nisu iste.',
  'lock.working': 'Radi se…',
  'lock.changed': 'Gotovo.',
  'lock.isSet':
    'Lozinka štiti ono što Dokaz čuva: na ovom računaru je šifrovano i samo ga lozinka otključava. Dokaz može dokumentovati i dok je zaključan.',
  'lock.lockNow': 'Zaključaj sada',
  'lock.locked': 'Zaključano.',
  'lock.autoLock': 'Sam se zaključa kada se ne koristi',
  'lock.autoLockNever': 'nikada',
  'lock.autoLockMinutes': plural({ one: '{count} minuta', few: '{count} minute', other: '{count} minuta' }),
  'lock.changeTitle': 'Promjena lozinke',
  'lock.change': 'Promijeni lozinku',
  'lock.removeTitle': 'Uklanjanje lozinke',
  'lock.removeExplain': 'Sve će se ponovo čuvati nešifrovano, čitljivo svakome ko koristi ovaj preglednik.',
  'lock.remove': 'Ukloni lozinku…',
  'lock.removeConfirm': 'Ukloni je i dešifruj sve',
  'lock.removed': 'Lozinka je uklonjena.',
  'lock.explain':
    'Postavite lozinku ako neko drugi može koristiti ovaj računar ili preglednik. Tada je sve što Dokaz čuva šifrovano, svaka stranica proširenja Dokaz prikazuje samo ovu bravu dok se ne unese lozinka, a Dokaz se sam zaključava nakon nekog vremena.',
  'lock.set': 'Postavi lozinku i šifruj sve',
  'lock.noRecoveryWarning':
    'Razumijem: ako zaboravim lozinku i izgubim kod za oporavak, niko ne može vratiti ono što Dokaz čuva, čak ni Dokaz.',
  'settings.lockHeading': 'Zaključavanje',
};
