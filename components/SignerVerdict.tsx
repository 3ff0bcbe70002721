import { groupFingerprint } from '../utils/pack/signer';
import type { SignerCheck } from '../utils/pack/types';
import { useI18n } from './i18n';

/**
 * The signer of a verified pack, said plainly (issue 14): confirmed (whose
 * key), another key than the one expected (both named), or not confirmed
 * (the contents may be intact, but nothing says who signed them).
 */
export function SignerVerdict({ signer }: { signer: SignerCheck }) {
  const { t } = useI18n();
  const grouped = (hex: string) => groupFingerprint(hex).join(' ');
  return (
    <div class={`signer-verdict ${signer.status}`} data-testid="signer-verdict" data-status={signer.status}>
      <p>
        <strong>
          {signer.status === 'confirmed'
            ? signer.label !== undefined
              ? t('verify.signerConfirmed', { label: signer.label })
              : t('verify.signerConfirmedGiven')
            : signer.status === 'mismatch'
              ? t('verify.signerMismatch')
              : t('verify.signerUnconfirmed')}
        </strong>
      </p>
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
