import { InflateError } from '@/utils/pack/inflate';
import type { InflatedDigest } from '@/utils/pack/inflated-digest';
import { WEB_CRYPTO, type PackHasher } from '@/utils/pack/pack-input';

/**
 * The verify page's hasher: WebCrypto, and workers for the deflated files
 * that are only hashed and inflate to more than a few MB (entry-reader.ts).
 * Such a file is hashed in parts, by @noble/hashes at about 70 MB/s, since
 * WebCrypto takes only whole buffers; on the page's own thread the 208 MB a
 * 10 MB pack may inflate to took 2.9 s of a 5 s budget. In workers, two at
 * most (the page inflates and hashes the rest meanwhile), they are taken
 * side by side. Each worker is started when first needed, and all end with
 * the verification (`close`).
 */
export interface PageHasher extends PackHasher {
  close(): void;
}

/** A question to a worker: the deflate stream (a copy, handed over) and the size it must inflate to. */
export interface DigestAsk {
  id: number;
  deflated: Uint8Array;
  size: number;
}

export type DigestAnswer =
  | { id: number; digest: InflatedDigest }
  | { id: number; error: { reason: InflateError['reason'] | null; message: string } };

const MAX_WORKERS = 2;

interface PoolWorker {
  worker: Worker;
  /** The questions it has not answered yet. */
  asked: Set<number>;
}

export function createPageHasher(): PageHasher {
  const pool: PoolWorker[] = [];
  const waiting = new Map<number, { resolve(digest: InflatedDigest): void; reject(error: Error): void }>();
  let next = 0;
  const start = (): PoolWorker => {
    const worker = new Worker(new URL('./digest-worker.ts', import.meta.url), { type: 'module' });
    const started: PoolWorker = { worker, asked: new Set() };
    worker.onmessage = ({ data }: MessageEvent<DigestAnswer>) => {
      const answer = waiting.get(data.id);
      waiting.delete(data.id);
      started.asked.delete(data.id);
      if (!answer) return;
      if ('digest' in data) answer.resolve(data.digest);
      else if (data.error.reason) answer.reject(new InflateError(data.error.reason, data.error.message));
      else answer.reject(new Error(data.error.message));
    };
    // A worker that fails (out of memory, or never started) fails what it was asked: the verifier says which file.
    worker.onerror = (event) => {
      event.preventDefault();
      for (const id of started.asked) {
        waiting.get(id)?.reject(new Error(event.message || 'the hashing worker stopped'));
        waiting.delete(id);
      }
      started.asked.clear();
    };
    pool.push(started);
    return started;
  };
  /** An idle worker, a new one while there may be more, else the least busy. */
  const pick = (): PoolWorker =>
    pool.find(({ asked }) => asked.size === 0) ??
    (pool.length < MAX_WORKERS ? start() : pool.reduce((a, b) => (b.asked.size < a.asked.size ? b : a)));
  return {
    ...WEB_CRYPTO,
    inflatedDigest(deflated, size) {
      const id = (next += 1);
      const { worker, asked } = pick();
      asked.add(id);
      // A copy of the stream, handed over: the pack's own bytes stay the page's.
      const copy = deflated.slice();
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const ask: DigestAsk = { id, deflated: copy, size };
        worker.postMessage(ask, [copy.buffer]);
      });
    },
    close() {
      for (const { worker } of pool.splice(0)) worker.terminate();
      for (const { reject } of waiting.values()) reject(new Error('the verification ended'));
      waiting.clear();
    },
  };
}
