import { LoadFailed, Loading } from '@/components/PageState';
import { storedKeyFingerprint } from '@/utils/crypto/signing';
import { describeError } from '@/utils/errors';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import type { Store } from '@/utils/store';

/** Settings: for now, the key that signs this computer's evidence packs, so that a recipient can be told its fingerprint. */
export function SettingsPage({ store }: { store: Store }) {
  const result = useLiveQuery(
    async () => ({ fingerprint: await storedKeyFingerprint(store.db), installId: await store.installId() }),
    [store],
  );
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed') return <LoadFailed what="The settings" message={describeError(result.error)} />;
  const { fingerprint, installId } = result.value;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading" tabIndex={-1}>
        Settings
      </h1>
      <h2>Signing key</h2>
      <p>
        Every evidence pack is signed with a key that never leaves this browser. Tell the recipient its fingerprint by
        another channel (a phone call, a letter): the pack's VERIFY.txt shows how they compare it.
      </p>
      <dl class="facts">
        <div class="fact">
          <dt>Fingerprint (SHA-256)</dt>
          <dd>
            {fingerprint ? (
              <code class="hash" data-testid="key-fingerprint">
                {fingerprint.match(/.{1,4}/g)!.join(' ')}
              </code>
            ) : (
              <span class="missing">The key is made at your first export.</span>
            )}
          </dd>
        </div>
        <div class="fact">
          <dt>Install id</dt>
          <dd>
            <code>{installId}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
