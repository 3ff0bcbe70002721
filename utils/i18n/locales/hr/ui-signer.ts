/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '„{value}” nije otisak ključa: otisak ima 64 heksadecimalne znamenke (0–9, a–f); razmaci i dvotočke između njih su dopušteni.',
  'error.trustedKeysLine': 'Redak {line} nije otisak ključa (64 heksadecimalne znamenke) iza kojeg slijedi oznaka.',
  'error.trustedKeysTwice': 'Redak {line} ponovno navodi otisak iz retka {first}.',
  'error.trustedKeysEmpty': 'Popis ne sadrži nijedan otisak ključa: upišite jedan po retku, a iza njega oznaku.',
};
