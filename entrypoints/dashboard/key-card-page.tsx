import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { KeyCard } from '@/components/KeyCard';
import { LoadFailed, Loading } from '@/components/PageState';
import { describeError } from '@/utils/errors';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';
import './key-card.css';

/**
 * `#/key-card` (issue 14): the signing key's card, to print and hand over.
 * Before the first export there is no key yet: the page offers to make it
 * (the background makes it, as an export would), so the card can be given
 * before any pack is sent. Like every page, it shows nothing while locked.
 */
export function KeyCardPage({ store }: { store: Store }) {
  const { t, say } = useI18n();
  const result = useLiveQuery(() => store.signingKeyInfo(), [store]);
  const [holder, setHolder] = useState('');
  const [making, setMaking] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function makeKey(): Promise<void> {
    setMaking({ busy: true, error: null });
    try {
      await sendRequest({ type: 'makeSigningKey', args: {} });
      setMaking({ busy: false, error: null }); // the live query shows the new key
    } catch (error) {
      setMaking({ busy: false, error: describeError(error, say) });
    }
  }

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed') {
    return <LoadFailed what={t('state.what.keyCard')} message={describeError(result.error, say)} />;
  }
  if (result.value) {
    return <KeyCard info={result.value} holder={holder} onHolder={setHolder} onPrint={() => print()} />;
  }
  return (
    <section class="key-card" aria-labelledby="key-card-heading">
      <h1 id="key-card-heading" tabIndex={-1}>
        {t('keyCard.noKeyHeading')}
      </h1>
      <p>{t('keyCard.noKey')}</p>
      <p>
        <button type="button" class="primary-button" disabled={making.busy} onClick={() => void makeKey()}>
          {making.busy ? t('keyCard.making') : t('keyCard.make')}
        </button>
      </p>
      {making.error ? <p role="alert">{t('keyCard.makeFailed', { reason: making.error })}</p> : null}
    </section>
  );
}
