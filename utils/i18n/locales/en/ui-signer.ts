/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '“{value}” is not a key fingerprint: a fingerprint has 64 hexadecimal digits (0–9, a–f); spaces and colons between them are allowed.',
  'error.trustedKeysLine': 'Line {line} is not a key fingerprint (64 hexadecimal digits) followed by a label.',
  'error.trustedKeysTwice': 'Line {line} lists again the fingerprint of line {first}.',
  'error.trustedKeysEmpty': 'The list holds no key fingerprint: write one a line, followed by a label.',
  'nav.keyCard': 'Key card',
  'title.keyCard': 'Key card',
  'state.what.keyCard': 'The signing key',
  'settings.keyCard': 'Print the key card',
  'keyCard.heading': 'Dokaz key card',
  'keyCard.intro':
    'Print this card, or read the fingerprint out, and give it yourself to whoever will receive your evidence packs (the police, a prosecutor, a lawyer), apart from any pack: it is how they know that a pack comes from you. The card holds nothing secret.',
  'keyCard.holderLabel': 'Name on the card (not saved; leave it empty to write it by hand)',
  'keyCard.fingerprint': 'Fingerprint of the signing key (SHA-256)',
  'keyCard.qr': 'QR code of the fingerprint',
  'keyCard.made': 'Key made',
  'keyCard.madeByFirstExport':
    'by {date} at the latest: its first export (the day a key was made was not recorded before this version of Dokaz)',
  'keyCard.madeUnknown': 'not recorded (the key was made by an earlier version of Dokaz)',
  'keyCard.algorithm': 'Algorithm',
  'keyCard.forPolice': 'For the police and the prosecutor',
  'keyCard.policeText':
    'This is the fingerprint of the key that signs the evidence packs {holder} makes with Dokaz. Every pack holds its own public key: the last command of its VERIFY.txt prints that key’s fingerprint, and “dokaz-verify --fingerprint” compares it for you. A pack whose public-key fingerprint differs from the one on this card was not signed by this person’s Dokaz, whatever the pack itself says.',
  'keyCard.givenOn': 'Given on',
  'keyCard.givenTo': 'Given to',
  'keyCard.print': 'Print the card',
  'keyCard.noKeyHeading': 'No signing key yet',
  'keyCard.noKey':
    'Dokaz makes its signing key at the first export. Make it now to hand over the card before you send any pack: every pack this browser signs will then be signed with that key.',
  'keyCard.make': 'Make the signing key now',
  'keyCard.making': 'Making the key…',
  'keyCard.makeFailed': 'The key was not made: {reason}',
  'keyCard.newKeyNote':
    'Deleting everything in Settings deletes this key too: the next export makes a new one, and you will need to give a new card.',
  'error.keyChanged':
    'The signing key was replaced while this pack was being made, so it was not made. Export it again.',
  'error.keyLocked':
    'Dokaz is locked: unlock it to export. While it is locked its signing key cannot be used, so no pack can be signed.',
  'keyCard.previousHeading': 'Earlier keys',
  'keyCard.previousIntro':
    'This key replaced the ones below when a passphrase was set. Packs signed before then carry an earlier key; every pack since holds the hand-over to this key, signed by the earlier one, so a card given before still confirms it.',
  'keyCard.replacedOn': 'replaced on {date}',
  'verify.signerHeading': 'Whose pack is it',
  'verify.signerIntro':
    'A pack holds its own key, so anyone can sign a copy with theirs. Enter the fingerprint the sender gave you apart from the pack (read out by phone, on a printed key card, in person) to confirm who signed it.',
  'verify.expectedLabel': 'Expected key fingerprint',
  'verify.trustedLabel': 'Or a list of trusted keys: one fingerprint a line, then whose it is',
  'verify.trustedFile': 'Load a list from a file…',
  'verify.keysInvalid': 'This cannot be used: {reason}',
  'verify.passedUnconfirmed': '{file}: contents intact, signer not confirmed',
  'verify.signerConfirmed': 'Signer confirmed: signed by the key of {label}.',
  'verify.signerConfirmedGiven': 'Signer confirmed: signed by the key whose fingerprint you gave.',
  'verify.signerMismatch': 'Not the expected signer: this pack was signed by another key.',
  'verify.signerExpected': 'Expected',
  'verify.signerActual': 'Signed with',
  'verify.signerNoKey': 'no usable key',
  'verify.signerUnconfirmed':
    'Signer not confirmed: nothing here shows who signed this pack. Compare its fingerprint with the one the sender gave you apart from the pack, or enter it above.',
};
