import { liveQuery } from '../store/live-query';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * The result of a store query, run again whenever the data it read changes,
 * in this page or in another context of the extension (Dexie tells every
 * context of the origin through a BroadcastChannel).
 *
 * The querier must start all its Dexie reads before it awaits anything else
 * (WebCrypto, for instance): https://dexie.org/docs/liveQuery()
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'failed', error }),
    });
    return () => subscription.unsubscribe();
    // The caller names what the querier depends on, as with useEffect.
  }, deps);
  return result;
}
