import { CATALOGS } from '../i18n/catalogs';
import type { Locale } from '../i18n/locales';
import { formatMessage } from '../i18n/translate';
import { checkMessage } from './check-text';
import { INFO_CHECKS } from './check-list';
import type { PackCheck, PackVerdict } from './types';

/**
 * A verdict as plain text lines, for the CLI and the verify page, in the
 * reader's language: passing checks summed up by kind, every failure on its
 * own line with its file, and the key's fingerprint, which only a person can
 * compare with the exporter's.
 */
export function formatVerdict(verdict: PackVerdict, locale: Locale = 'en'): string[] {
  const { verdict: words, checks: labels } = CATALOGS[locale].pack;
  const say = (message: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) =>
    formatMessage(locale, message, params);
  const label = (id: string) => (labels as Record<string, string>)[id] ?? id;
  const failed = verdict.checks.filter((check) => !check.ok).length;
  const lines = [
    verdict.format ? say(words.headingFormat, { format: verdict.format, count: verdict.captures }) : words.heading,
  ];
  if (verdict.keyFingerprint) {
    lines.push(say(words.fingerprint, { fingerprint: verdict.keyFingerprint }), `  ${words.fingerprintNote}`);
  }
  lines.push('');
  const groups = new Map<string, PackCheck[]>();
  for (const check of verdict.checks) groups.set(check.id, [...(groups.get(check.id) ?? []), check]);
  const describe = (check: PackCheck, indent: string): string[] => {
    const out = [`${indent}${check.ok ? '✓' : '✗'} ${check.subject}: ${checkMessage(check, locale)}`];
    if (check.expected !== undefined) out.push(`${indent}    ${say(words.expected, { value: check.expected })}`);
    if (check.actual !== undefined) out.push(`${indent}    ${say(words.found, { value: check.actual })}`);
    return out;
  };
  for (const [id, checks] of groups) {
    const failures = checks.filter((check) => !check.ok);
    if (INFO_CHECKS.has(id) && failures.length === 0) {
      for (const check of checks) lines.push(`ℹ ${check.subject}: ${checkMessage(check, locale)}`);
    } else if (checks.length === 1) {
      lines.push(...describe(checks[0] as PackCheck, ''));
    } else if (failures.length === 0) {
      lines.push(`✓ ${say(words.groupPassed, { label: label(id), count: checks.length })}`);
    } else {
      lines.push(`✗ ${say(words.groupFailed, { label: label(id), failed: failures.length, count: checks.length })}`);
      for (const check of failures) lines.push(...describe(check, '    '));
    }
  }
  lines.push(
    '',
    verdict.ok
      ? say(words.verified, { count: verdict.checks.length })
      : say(words.notVerified, { failed, count: verdict.checks.length }),
  );
  return lines;
}
