import { plural } from '../../plural';

/** The lock: unlock screen and passphrase settings (the victim-safety issue). */
export const lockUi = {
  'lock.title': 'Dokaz je zaključan',
  'lock.passphraseLabel': 'Lozinka',
  'lock.recoveryLabel': 'Kod za oporavak',
  'lock.unlock': 'Otključaj',
  'lock.unlocking': 'Otključavanje…',
  'lock.useRecovery': 'Ne sećam se lozinke: koristi kod za oporavak',
  'lock.usePassphrase': 'Koristi lozinku',
  'lock.recoveryTitle': 'Vaš kod za oporavak',
  'lock.recoveryExplain':
    'Zapišite ga na papir i čuvajte tamo gde ga niko drugi neće naći. Prikazuje se samo sada. Pomoću njega možete otključati Dokaz ako zaboravite lozinku.',
  'lock.recoveryDone': 'Kod je zapisan',
  'lock.newPassphrase': 'Nova lozinka',
  'lock.repeatPassphrase': 'Ista lozinka ponovo',
  'lock.mismatch': 'Dve lozinke nisu iste.',
  'lock.working': 'Radi se…',
  'lock.changed': 'Gotovo.',
  'lock.isSet':
    'Lozinka štiti ono što Dokaz čuva: na ovom računaru je šifrovano i samo ga lozinka otključava. Dokaz može da dokumentuje i dok je zaključan.',
  'lock.lockNow': 'Zaključaj sada',
  'lock.locked': 'Zaključano.',
  'lock.autoLock': 'Sam se zaključa kada se ne koristi',
  'lock.autoLockNever': 'nikada',
  'lock.autoLockMinutes': plural({ one: '{count} minut', few: '{count} minuta', other: '{count} minuta' }),
  'lock.changeTitle': 'Promena lozinke',
  'lock.change': 'Promeni lozinku',
  'lock.removeTitle': 'Uklanjanje lozinke',
  'lock.removeExplain': 'Sve će ponovo biti čuvano nešifrovano, čitljivo svakome ko koristi ovaj pregledač.',
  'lock.remove': 'Ukloni lozinku…',
  'lock.removeConfirm': 'Ukloni je i dešifruj sve',
  'lock.removed': 'Lozinka je uklonjena.',
  'lock.explain':
    'Postavite lozinku ako neko drugi može da koristi ovaj računar ili pregledač. Tada je sve što Dokaz čuva šifrovano, svaka stranica proširenja Dokaz prikazuje samo ovu bravu dok se ne unese lozinka, a Dokaz se sam zaključava posle nekog vremena.',
  'lock.set': 'Postavi lozinku i šifruj sve',
  'lock.noRecoveryWarning':
    'Razumem: ako zaboravim lozinku i izgubim kod za oporavak, niko ne može da povrati ono što Dokaz čuva, čak ni Dokaz.',
  'settings.lockHeading': 'Zaključavanje',
};
