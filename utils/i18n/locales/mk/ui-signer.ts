/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '„{value}“ не е отпечаток на клуч: отпечатокот има 64 хексадецимални цифри (0–9, a–f); меѓу нив се дозволени празни места и две точки.',
  'error.trustedKeysLine': 'Редот {line} не е отпечаток на клуч (64 хексадецимални цифри) проследен со ознака.',
  'error.trustedKeysTwice': 'Редот {line} повторно го наведува отпечатокот од редот {first}.',
  'error.trustedKeysEmpty':
    'Списокот не содржи ниту еден отпечаток на клуч: пишувајте по еден во ред, проследен со ознака.',
};
