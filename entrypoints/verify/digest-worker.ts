import { InflateError } from '@/utils/pack/zip/inflate';
import { inflatedDigest } from '@/utils/pack/zip/inflated-digest';
import type { DigestAnswer, DigestAsk } from './digests';

/**
 * One of the verify page's workers (digests.ts): inflates a deflated file of
 * the pack and takes its SHA-256 and CRC-32, part by part, off the page's
 * thread. It answers each question once, with the digest or why the stream
 * is no file of the size its headers give.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DigestAsk>) => void) | null;
  postMessage(answer: DigestAnswer): void;
};

scope.onmessage = ({ data: { id, deflated, size } }) => {
  try {
    scope.postMessage({ id, digest: inflatedDigest(deflated, size) });
  } catch (error) {
    const reason = error instanceof InflateError ? error.reason : null;
    scope.postMessage({ id, error: { reason, message: error instanceof Error ? error.message : String(error) } });
  }
};
