/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '„{value}” није отисак кључа: отисак има 64 хексадецималне цифре (0–9, a–f); размаци и двотачке између њих су дозвољени.',
  'error.trustedKeysLine': 'Ред {line} није отисак кључа (64 хексадецималне цифре) за којим следи ознака.',
  'error.trustedKeysTwice': 'Ред {line} поново наводи отисак из реда {first}.',
  'error.trustedKeysEmpty': 'Списак не садржи ниједан отисак кључа: упишите један по реду, а за њим ознаку.',
};
