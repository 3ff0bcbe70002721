/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '„{value}” nije otisak ključa: otisak ima 64 heksadecimalne cifre (0–9, a–f); razmaci i dvotačke između njih su dozvoljeni.',
  'error.trustedKeysLine': 'Red {line} nije otisak ključa (64 heksadecimalne cifre) iza kojeg slijedi oznaka.',
  'error.trustedKeysTwice': 'Red {line} ponovo navodi otisak iz reda {first}.',
  'error.trustedKeysEmpty': 'Spisak ne sadrži nijedan otisak ključa: upišite jedan po redu, a iza njega oznaku.',
};
