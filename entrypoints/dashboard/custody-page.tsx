import { CustodyLog } from '@/components/CustodyLog';
import { LoadFailed, Loading } from '@/components/PageState';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useI18n } from '@/components/i18n';
import { describeError } from '@/utils/errors';
import type { Store } from '@/utils/store';

export function CustodyPage({ store }: { store: Store }) {
  const { t, say } = useI18n();
  // All three reads start before any hashing, as liveQuery needs (see useLiveQuery).
  const result = useLiveQuery(async () => {
    const [events, verdict, captureIds] = await Promise.all([
      store.custodyLog(),
      store.verifyCustody(),
      store.captureIds(),
    ]);
    return { events, verdict, existing: new Set(captureIds) };
  }, [store]);

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed')
    return <LoadFailed what={t('state.what.custody')} message={describeError(result.error, say)} />;
  const { events, verdict, existing } = result.value;
  return <CustodyLog verdict={verdict} events={events} existingCaptureIds={existing} />;
}
