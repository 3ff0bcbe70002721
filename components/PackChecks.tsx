import { formatMessage } from '../utils/i18n/translate';
import { checkMessage } from '../utils/pack/verify/check-text';
import type { PackCheck, PackVerdict } from '../utils/pack/types';
import { useI18n } from './i18n';
import { SignerVerdict } from './SignerVerdict';

const STATE = (check: PackCheck) => (!check.ok ? 'broken' : check.warning ? 'warning' : 'ok');
const MARK = { broken: '✗', warning: '⚠', ok: '✓' } as const;

/** A verification's result as a reader sees it: the verdict first, then every named check, failures and warnings first. */
export function PackChecks({ fileName, verdict }: { fileName: string; verdict: PackVerdict }) {
  const failed = verdict.checks.filter((check) => !check.ok);
  const warned = verdict.checks.filter((check) => check.warning);
  const { t, locale, catalog, dateTime } = useI18n();
  const labels: Record<string, string> = catalog.pack.checks;
  return (
    <section aria-labelledby="verdict-heading" data-testid="pack-verdict" data-ok={String(verdict.ok)}>
      <h2
        id="verdict-heading"
        class={`verdict ${!verdict.ok ? 'broken' : verdict.signer.status === 'unconfirmed' ? 'unconfirmed' : 'ok'}`}
      >
        {!verdict.ok
          ? t('verify.checksFailed', { file: fileName, count: failed.length })
          : verdict.signer.status === 'unconfirmed'
            ? t('verify.passedUnconfirmed', { file: fileName })
            : t('verify.passed', { file: fileName })}
      </h2>
      <SignerVerdict signer={verdict.signer} />
      {warned.length > 0 ? (
        <p class="check warning" data-testid="pack-warnings">
          {formatMessage(locale, catalog.pack.verdict.warnings, { count: warned.length })}
        </p>
      ) : null}
      <dl class="facts">
        <div class="fact">
          <dt>{t('verify.format')}</dt>
          <dd>{verdict.format ?? t('verify.unknown')}</dd>
        </div>
        <div class="fact">
          <dt>{t('verify.fingerprint')}</dt>
          <dd>
            <code class="hash">{verdict.keyFingerprint ?? t('verify.unknown')}</code>
            <span class="sub">{t('verify.fingerprintNote')}</span>
          </dd>
        </div>
        {verdict.keyHistory ? (
          <div class="fact">
            <dt>{catalog.pack.verdict.earlierKeys}</dt>
            <dd>
              <ol class="earlier-keys" data-testid="earlier-keys">
                {verdict.keyHistory.map(({ fingerprint, at, seq }) => (
                  <li key={seq}>
                    <code class="hash">{fingerprint}</code>
                    <span class="sub">
                      {formatMessage(locale, catalog.pack.verdict.handedOver, { date: dateTime(at, { long: true }) })}
                    </span>
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        ) : null}
        <div class="fact">
          <dt>{t('verify.captures')}</dt>
          <dd>{verdict.captures}</dd>
        </div>
      </dl>
      <ul class="checks">
        {[...failed, ...warned, ...verdict.checks.filter((check) => check.ok && !check.warning)].map((check, i) => (
          <li
            key={i}
            class={`check ${STATE(check)}`}
            data-testid="pack-check"
            data-ok={String(check.ok)}
            data-warning={check.warning ? 'true' : undefined}
          >
            <span aria-hidden="true">{MARK[STATE(check)]}</span>{' '}
            <strong title={check.id}>{labels[check.id] ?? check.id}</strong> · {check.subject}:{' '}
            {checkMessage(check, locale)}
            {STATE(check) !== 'ok' && check.expected !== undefined ? (
              <span class="sub">
                {t('verify.expectedFound', { expected: check.expected, actual: check.actual ?? t('verify.nothing') })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
