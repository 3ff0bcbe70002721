import { CATALOGS } from '../../i18n/catalogs';
import type { Locale } from '../../i18n/locales';
import { formatMessage } from '../../i18n/translate';
import { checkMessage } from './check-text';
import { INFO_CHECKS } from './check-list';
import type { PackCheck, PackVerdict } from '../types';

/**
 * A verdict as plain text lines, for the dokaz-verify command, in the reader's
 * language. The first line is the verdict, signer included: a pack anyone
 * could have re-signed must not read like one whose signer was confirmed
 * (issue 14). Then the pack's key fingerprint and the earlier keys that
 * handed over to it, the passing checks summed up by kind, every failure (✗)
 * and warning (⚠) on its own line with its file, and the verdict again.
 */
export function formatVerdict(verdict: PackVerdict, locale: Locale = 'en'): string[] {
  const { verdict: words, checks: labels } = CATALOGS[locale].pack;
  const say = (message: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) =>
    formatMessage(locale, message, params);
  const label = (id: string) => (labels as Record<string, string>)[id] ?? id;
  const failed = verdict.checks.filter((check) => !check.ok).length;
  const count = verdict.checks.length;
  const { signer } = verdict;
  const summary = !verdict.ok
    ? say(words.notVerified, { failed, count })
    : signer.status === 'confirmed'
      ? `${say(words.verified, { count })} ${signedBy(signer, words, say)}`
      : say(words.intact, { count });
  const warnings = verdict.checks.filter((check) => check.warning).length;
  const lines = [summary];
  if (verdict.ok && signer.status === 'unconfirmed') lines.push(words.howToConfirm);
  if (warnings > 0) lines.push(say(words.warnings, { count: warnings }));
  lines.push(
    '',
    verdict.format ? say(words.headingFormat, { format: verdict.format, count: verdict.captures }) : words.heading,
  );
  if (verdict.keyFingerprint) {
    lines.push(say(words.fingerprint, { fingerprint: verdict.keyFingerprint }), `  ${words.fingerprintNote}`);
  }
  for (const { fingerprint, at } of verdict.keyHistory ?? []) {
    lines.push(say(words.earlierKey, { fingerprint, date: at }));
  }
  lines.push('');
  const groups = new Map<string, PackCheck[]>();
  for (const check of verdict.checks) {
    const group = groups.get(check.id);
    if (group) group.push(check);
    else groups.set(check.id, [check]);
  }
  const mark = (check: PackCheck) => (!check.ok ? '✗' : check.warning ? '⚠' : '✓');
  const describe = (check: PackCheck, indent: string): string[] => {
    const out = [`${indent}${mark(check)} ${check.subject}: ${checkMessage(check, locale)}`];
    if (check.expected !== undefined) out.push(`${indent}    ${say(words.expected, { value: check.expected })}`);
    if (check.actual !== undefined) out.push(`${indent}    ${say(words.found, { value: check.actual })}`);
    return out;
  };
  for (const [id, checks] of groups) {
    const failures = checks.filter((check) => !check.ok);
    const warned = checks.filter((check) => check.warning);
    if (INFO_CHECKS.has(id) && failures.length === 0) {
      for (const check of checks) lines.push(`ℹ ${check.subject}: ${checkMessage(check, locale)}`);
    } else if (checks.length === 1) {
      lines.push(...describe(checks[0] as PackCheck, ''));
    } else if (failures.length === 0 && warned.length === 0) {
      lines.push(`✓ ${say(words.groupPassed, { label: label(id), count: checks.length })}`);
    } else if (failures.length === 0) {
      lines.push(`⚠ ${say(words.groupWarned, { label: label(id), count: warned.length })}`);
      for (const check of warned) lines.push(...describe(check, '    '));
    } else {
      lines.push(`✗ ${say(words.groupFailed, { label: label(id), failed: failures.length, count: checks.length })}`);
      for (const check of [...failures, ...warned]) lines.push(...describe(check, '    '));
    }
  }
  lines.push('', summary);
  return lines;
}

/** "Signed by the key of Ana.", or, through a key rotation, by the key Ana's key handed over to. */
function signedBy(
  signer: PackVerdict['signer'],
  words: (typeof CATALOGS)['en']['pack']['verdict'],
  say: (message: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) => string,
): string {
  if (signer.rotatedFrom === undefined) {
    return signer.label !== undefined ? say(words.signedBy, { label: signer.label }) : words.signedByGiven;
  }
  const params = { date: signer.rotatedAt ?? '', count: signer.handOvers ?? 1 };
  return signer.label !== undefined
    ? say(words.signedByRotated, { ...params, label: signer.label })
    : say(words.signedByRotatedGiven, params);
}
