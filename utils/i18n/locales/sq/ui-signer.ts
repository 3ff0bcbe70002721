/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '“{value}” nuk është gjurmë digjitale çelësi: një gjurmë ka 64 shifra heksadecimale (0–9, a–f); lejohen hapësirat dhe dy pikat midis tyre.',
  'error.trustedKeysLine':
    'Rreshti {line} nuk është gjurmë digjitale çelësi (64 shifra heksadecimale) e ndjekur nga një etiketë.',
  'error.trustedKeysTwice': 'Rreshti {line} e përsërit gjurmën digjitale të rreshtit {first}.',
  'error.trustedKeysEmpty':
    'Lista nuk përmban asnjë gjurmë digjitale çelësi: shkruani një për rresht, të ndjekur nga një etiketë.',
};
