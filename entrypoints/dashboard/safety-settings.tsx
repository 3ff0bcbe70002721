import { useState } from 'preact/hooks';
import { DiscreetChoice, NeutralNamesChoice } from '@/components/DiscreetChoice';
import { ExportPanel } from '@/components/ExportPanel';
import { Rich, ShortcutKeys, useI18n } from '@/components/i18n';
import { WipeForm } from '@/components/WipeForm';
import { describeError } from '@/utils/errors';
import { useDiscreetSetting } from '@/utils/hooks/use-discreet-setting';
import { useNeutralNames } from '@/utils/hooks/use-neutral-names';
import { DISCREET_MODE, NEUTRAL_FILE_NAMES } from '@/utils/settings';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';
import { useExport } from './use-export';

/** Settings for a person who shares the computer (the victim-safety issue): the quick exit, discreet mode, file names. */
export function SafetySettings() {
  const { t } = useI18n();
  const discreet = useDiscreetSetting();
  const neutral = useNeutralNames();
  return (
    <>
      <h2>{t('settings.safetyHeading')}</h2>
      <p>
        <Rich
          k="settings.quickExitIntro"
          parts={{ button: <strong>{t('quickExit.label')}</strong>, shortcut: <ShortcutKeys letter="X" /> }}
        />
      </p>
      {discreet === null ? null : (
        <DiscreetChoice discreet={discreet} onChange={(value) => void DISCREET_MODE.write(value)} />
      )}
      {neutral === null ? null : (
        <NeutralNamesChoice neutral={neutral} onChange={(value) => void NEUTRAL_FILE_NAMES.write(value)} />
      )}
    </>
  );
}

/** "Delete everything": the background deletes; the page then shows the empty dashboard. */
export function WipeSection({ store, captures }: { store: Store; captures: number }) {
  const { t, say } = useI18n();
  const exporter = useExport(store);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function wipe(): Promise<void> {
    setState({ busy: true, error: null });
    try {
      await sendRequest({ type: 'wipe', args: {} });
      // The dashboard afresh, at the (empty) captures: nothing of the old store stays in this page's memory.
      location.replace(`${location.pathname}${location.search}`);
    } catch (error) {
      setState({ busy: false, error: describeError(error, say) });
    }
  }

  return (
    <section class="danger-zone wipe" aria-labelledby="wipe-heading">
      <h2 id="wipe-heading">{t('wipe.heading')}</h2>
      <p>{t('wipe.intro')}</p>
      <WipeForm
        busy={state.busy}
        error={state.error}
        onWipe={() => void wipe()}
        exportOffer={
          captures > 0 ? (
            <ExportPanel
              label={t('export.all')}
              state={exporter.state}
              language={exporter.language}
              onLanguage={exporter.setLanguage}
              onExport={() => void exporter.run({ all: true }, 0)}
            />
          ) : undefined
        }
      />
    </section>
  );
}
