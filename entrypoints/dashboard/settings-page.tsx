import { BlurChoice } from '@/components/BlurChoice';
import { useI18n } from '@/components/i18n';
import { LanguageChoice } from '@/components/LanguageChoice';
import { LoadFailed, Loading } from '@/components/PageState';
import { describeError } from '@/utils/errors';
import { useBlurSetting } from '@/utils/hooks/use-blur-setting';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useSetting } from '@/utils/hooks/use-setting';
import { browserLocale, LANGUAGE } from '@/utils/i18n/language-setting';
import { BLUR_MEDIA } from '@/utils/settings';
import type { Store } from '@/utils/store';
import { LockSettings } from './lock-settings';
import { SafetySettings, WipeSection } from './safety-settings';

/**
 * Settings: the language of Dokaz, blurred images, safety, the key that signs
 * this computer's evidence packs, and deleting everything.
 */
export function SettingsPage({ store }: { store: Store }) {
  const { t, say } = useI18n();
  const language = useSetting(LANGUAGE, null);
  const blur = useBlurSetting();
  const result = useLiveQuery(
    async () => ({
      fingerprint: (await store.signingKeyInfo())?.fingerprint ?? null,
      installId: await store.installId(),
      captures: await store.countCaptures(),
    }),
    [store],
  );
  if (result.status === 'loading' || language === null) return <Loading />;
  if (result.status === 'failed') {
    return <LoadFailed what={t('state.what.settings')} message={describeError(result.error, say)} />;
  }
  const { fingerprint, installId, captures } = result.value;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading" tabIndex={-1}>
        {t('title.settings')}
      </h1>
      <h2>{t('settings.languageHeading')}</h2>
      <LanguageChoice
        value={language}
        browserLocale={browserLocale()}
        onChange={(setting) => void LANGUAGE.write(setting)}
      />
      <h2>{t('settings.blurHeading')}</h2>
      <BlurChoice blur={blur} onChange={(value) => void BLUR_MEDIA.write(value)} />
      <LockSettings store={store} />
      <SafetySettings />
      <h2>{t('settings.keyHeading')}</h2>
      <p>{t('settings.keyIntro')}</p>
      <dl class="facts">
        <div class="fact">
          <dt>{t('settings.fingerprint')}</dt>
          <dd>
            {fingerprint ? (
              <code class="hash" data-testid="key-fingerprint">
                {fingerprint.match(/.{1,4}/g)!.join(' ')}
              </code>
            ) : (
              <span class="missing">{t('settings.noKey')}</span>
            )}
          </dd>
        </div>
        <div class="fact">
          <dt>{t('settings.installId')}</dt>
          <dd>
            <code>{installId}</code>
          </dd>
        </div>
      </dl>
      <p>
        <a class="button" href="#/key-card">
          {t('settings.keyCard')}
        </a>
      </p>
      <WipeSection store={store} captures={captures} />
    </section>
  );
}
