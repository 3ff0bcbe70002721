import { CustodyLog } from '@/components/CustodyLog';
import { LoadFailed, Loading } from '@/components/PageState';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { describeError } from '@/utils/errors';
import type { Store } from '@/utils/store';

export function CustodyPage({ store }: { store: Store }) {
  // All three reads start before any hashing, as liveQuery needs (see useLiveQuery).
  const result = useLiveQuery(async () => {
    const [events, verdict, captureIds] = await Promise.all([
      store.custodyLog(),
      store.verifyCustody(),
      store.db.captures.toCollection().primaryKeys(),
    ]);
    return { events, verdict, existing: new Set(captureIds) };
  }, [store]);

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed') return <LoadFailed what="The custody log" message={describeError(result.error)} />;
  const { events, verdict, existing } = result.value;
  return <CustodyLog verdict={verdict} events={events} existingCaptureIds={existing} />;
}
