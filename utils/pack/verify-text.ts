import { CHECK_LABELS, INFO_CHECKS } from './check-list';
import type { PackCheck, PackVerdict } from './types';

/**
 * A verdict as plain text lines, for the CLI and the verify page: passing
 * checks summed up by kind, every failure on its own line with its file, and
 * the key's fingerprint, which only a person can compare with the exporter's.
 */
export function formatVerdict(verdict: PackVerdict): string[] {
  const failed = verdict.checks.filter((check) => !check.ok).length;
  const captures = `${verdict.captures} capture${verdict.captures === 1 ? '' : 's'}`;
  const lines = [verdict.format ? `Dokaz evidence pack ${verdict.format}, ${captures}` : 'Dokaz evidence pack'];
  if (verdict.keyFingerprint) {
    lines.push(
      `Signing key fingerprint: ${verdict.keyFingerprint}`,
      "  (compare it with the one in the exporter's Dokaz settings)",
    );
  }
  lines.push('');
  const groups = new Map<string, PackCheck[]>();
  for (const check of verdict.checks) groups.set(check.id, [...(groups.get(check.id) ?? []), check]);
  for (const [id, checks] of groups) {
    const failures = checks.filter((check) => !check.ok);
    if (INFO_CHECKS.has(id) && failures.length === 0) {
      for (const check of checks) lines.push(`ℹ ${check.subject}: ${check.message}`);
    } else if (checks.length === 1) {
      lines.push(...describe(checks[0] as PackCheck, ''));
    } else if (failures.length === 0) {
      lines.push(`✓ ${CHECK_LABELS[id] ?? id} (${checks.length} checks)`);
    } else {
      lines.push(`✗ ${CHECK_LABELS[id] ?? id}: ${failures.length} of ${checks.length} failed`);
      for (const check of failures) lines.push(...describe(check, '    '));
    }
  }
  lines.push(
    '',
    verdict.ok
      ? `VERIFIED: all ${verdict.checks.length} checks passed.`
      : `NOT VERIFIED: ${failed} of ${verdict.checks.length} checks failed.`,
  );
  return lines;
}

function describe(check: PackCheck, indent: string): string[] {
  const lines = [`${indent}${check.ok ? '✓' : '✗'} ${check.subject}: ${check.message}`];
  if (check.expected !== undefined) lines.push(`${indent}    expected: ${check.expected}`);
  if (check.actual !== undefined) lines.push(`${indent}    found:    ${check.actual}`);
  return lines;
}
