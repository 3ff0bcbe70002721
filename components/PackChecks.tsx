import type { PackVerdict } from '../utils/pack/types';

/** A verification's result as a reader sees it: the verdict first, then every named check. */
export function PackChecks({ fileName, verdict }: { fileName: string; verdict: PackVerdict }) {
  const failed = verdict.checks.filter((check) => !check.ok);
  return (
    <section aria-labelledby="verdict-heading" data-testid="pack-verdict" data-ok={String(verdict.ok)}>
      <h2 id="verdict-heading" class={verdict.ok ? 'verdict ok' : 'verdict broken'}>
        {verdict.ok
          ? `${fileName}: every check passed`
          : `${fileName}: ${failed.length} check${failed.length === 1 ? '' : 's'} failed`}
      </h2>
      <dl class="facts">
        <div class="fact">
          <dt>Format</dt>
          <dd>{verdict.format ?? 'unknown'}</dd>
        </div>
        <div class="fact">
          <dt>Signing key fingerprint</dt>
          <dd>
            <code class="hash">{verdict.keyFingerprint ?? 'unknown'}</code>
            <span class="sub">Compare it with the one the sender gave you by another channel.</span>
          </dd>
        </div>
        <div class="fact">
          <dt>Captures</dt>
          <dd>{verdict.captures}</dd>
        </div>
      </dl>
      <ul class="checks">
        {[...failed, ...verdict.checks.filter((check) => check.ok)].map((check, i) => (
          <li
            key={i}
            class={check.ok ? 'check ok' : 'check broken'}
            data-testid="pack-check"
            data-ok={String(check.ok)}
          >
            <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span> <strong>{check.id}</strong> · {check.subject}:{' '}
            {check.message}
            {!check.ok && check.expected !== undefined ? (
              <span class="sub">
                expected {check.expected}, found {check.actual ?? 'nothing'}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
