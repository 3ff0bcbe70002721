/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '“{value}” is not a key fingerprint: a fingerprint has 64 hexadecimal digits (0–9, a–f); spaces and colons between them are allowed.',
  'error.trustedKeysLine': 'Line {line} is not a key fingerprint (64 hexadecimal digits) followed by a label.',
  'error.trustedKeysTwice': 'Line {line} lists again the fingerprint of line {first}.',
  'error.trustedKeysEmpty': 'The list holds no key fingerprint: write one a line, followed by a label.',
};
