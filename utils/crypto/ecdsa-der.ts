import { text } from '../i18n/translate';
import { DokazError } from '../errors';

/**
 * ECDSA P-256 signatures in their two encodings. WebCrypto signs and verifies
 * IEEE P1363 (r‖s, 32 bytes each); openssl, and every tool a recipient has,
 * write and read DER: SEQUENCE { INTEGER r, INTEGER s } (RFC 3279, 2.2.3).
 *
 * Hand-written on purpose: the structure is fixed (two positive integers of at
 * most 33 bytes, so every length fits in one byte), and the well-kept ASN.1
 * libraries are many times bigger than this file. The parser is strict DER,
 * not BER: it accepts only what the encoder itself would write.
 */
export class SignatureFormatError extends DokazError {
  override name = 'SignatureFormatError';
}

const SIZE = 32;
/** SEQUENCE header, then two INTEGERs of at most 2 + 33 bytes. */
const MAX_DER = 2 + 2 * (2 + SIZE + 1);

export function p1363ToDer(signature: Uint8Array): Uint8Array<ArrayBuffer> {
  if (signature.length !== 2 * SIZE) {
    throw new SignatureFormatError(text('error.signatureSize', { expected: 2 * SIZE, actual: signature.length }));
  }
  const r = derInteger(signature.subarray(0, SIZE));
  const s = derInteger(signature.subarray(SIZE));
  return Uint8Array.of(0x30, r.length + s.length, ...r, ...s);
}

/** A minimal, positive INTEGER: leading zeros stripped, one 0x00 added when the high bit is set. */
function derInteger(value: Uint8Array): number[] {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const body = [...value.subarray(start)];
  if ((body[0] ?? 0) & 0x80) body.unshift(0);
  return [0x02, body.length, ...body];
}

export function derToP1363(der: Uint8Array): Uint8Array<ArrayBuffer> {
  const fail = (why: string): never => {
    throw new SignatureFormatError(text('error.signatureDer', { detail: why }));
  };
  if (der.length < 8 || der.length > MAX_DER) fail(`it has ${der.length} bytes`);
  if (der[0] !== 0x30) fail('it does not start with a SEQUENCE');
  if (der[1] !== der.length - 2) fail('the SEQUENCE length is wrong, or bytes follow it');
  const out = new Uint8Array(2 * SIZE);
  let offset = 2;
  for (const [i, name] of ['r', 's'].entries()) {
    const length = der[offset + 1] ?? 0;
    const body = der.subarray(offset + 2, offset + 2 + length);
    if (der[offset] !== 0x02) fail(`${name} is not an INTEGER`);
    if (length === 0 || body.length !== length) fail(`the length of ${name} is wrong`);
    if ((body[0] ?? 0) & 0x80) fail(`${name} is negative`);
    if (body[0] === 0 && (length === 1 || !((body[1] ?? 0) & 0x80))) fail(`${name} is zero or not minimally encoded`);
    const value = body[0] === 0 ? body.subarray(1) : body;
    if (value.length > SIZE) fail(`${name} is longer than ${SIZE} bytes`);
    out.set(value, i * SIZE + SIZE - value.length);
    offset += 2 + length;
  }
  if (offset !== der.length) fail('bytes follow the two integers');
  return out;
}
