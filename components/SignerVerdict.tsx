import { formatMessage } from '../utils/i18n/translate';
import { groupFingerprint } from '../utils/pack/verify/signer';
import type { SignerCheck } from '../utils/pack/types';
import { useI18n } from './i18n';

/**
 * The signer of a verified pack, said plainly (issue 14): confirmed (whose
 * key, or the key that theirs handed over to, by hand-overs the pack proves),
 * another key than the one expected (both named), or not confirmed (the
 * contents may be intact, but nothing says who signed them).
 */
export function SignerVerdict({ signer }: { signer: SignerCheck }) {
  const { t, locale, catalog, dateTime } = useI18n();
  const grouped = (hex: string) => groupFingerprint(hex).join(' ');
  const words = catalog.pack.verdict;
  const rotated = signer.status === 'confirmed' && signer.rotatedFrom !== undefined;
  const rotatedText = () => {
    const params = { date: dateTime(signer.rotatedAt ?? '', { long: true }), count: signer.handOvers ?? 1 };
    return signer.label !== undefined
      ? formatMessage(locale, words.signerRotated, { ...params, label: signer.label })
      : formatMessage(locale, words.signerRotatedGiven, params);
  };
  return (
    <div class={`signer-verdict ${signer.status}`} data-testid="signer-verdict" data-status={signer.status}>
      <p>
        <strong>
          {rotated
            ? rotatedText()
            : signer.status === 'confirmed'
              ? signer.label !== undefined
                ? t('verify.signerConfirmed', { label: signer.label })
                : t('verify.signerConfirmedGiven')
              : signer.status === 'mismatch'
                ? t('verify.signerMismatch')
                : t('verify.signerUnconfirmed')}
        </strong>
      </p>
      {rotated ? (
        <dl class="facts">
          <div class="fact">
            <dt>{words.trustedEarlierKey}</dt>
            <dd data-testid="signer-rotated-from">
              <code class="hash">{grouped(signer.rotatedFrom!)}</code>
            </dd>
          </div>
          <div class="fact">
            <dt>{t('verify.signerActual')}</dt>
            <dd data-testid="signer-actual">
              <code class="hash">{grouped(signer.actual ?? '')}</code>
            </dd>
          </div>
        </dl>
      ) : null}
      {signer.status === 'mismatch' ? (
        <dl class="facts">
          <div class="fact">
            <dt>{t('verify.signerExpected')}</dt>
            <dd data-testid="signer-expected">
              {(signer.expected ?? []).map((hex) => (
                <code class="hash" key={hex}>
                  {grouped(hex)}
                </code>
              ))}
            </dd>
          </div>
          <div class="fact">
            <dt>{t('verify.signerActual')}</dt>
            <dd data-testid="signer-actual">
              {signer.actual !== null ? <code class="hash">{grouped(signer.actual)}</code> : t('verify.signerNoKey')}
            </dd>
          </div>
        </dl>
      ) : null}
    </div>
  );
}
