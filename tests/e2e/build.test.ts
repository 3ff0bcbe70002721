import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Facts about the built extensions that no page shows. */
const OUTPUT = join(process.cwd(), '.output');
const ALWAYS_ON_LIMIT = 5 * 1024;

function manifest(target: string) {
  return JSON.parse(readFileSync(join(OUTPUT, target, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
    permissions?: string[];
    commands?: Record<string, unknown>;
    side_panel?: { default_path?: string };
    sidebar_action?: { default_panel?: string; open_at_install?: boolean };
  };
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (target) => {
  it(`keeps the always-on content scripts under ${ALWAYS_ON_LIMIT} bytes`, () => {
    const scripts = (manifest(target).content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(scripts).toEqual(['marker.js']);
    const bytes = scripts.reduce((sum, file) => sum + statSync(join(OUTPUT, target, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(ALWAYS_ON_LIMIT);
  });

  it('declares the shortcut and ships the on-demand extractor', () => {
    expect(manifest(target).commands).toHaveProperty('document-this');
    expect(statSync(join(OUTPUT, target, 'extract.js')).size).toBeGreaterThan(0);
  });

  it('asks for pageCapture only where the browser has it', () => {
    expect(manifest(target).permissions?.includes('pageCapture')).toBe(target === 'chrome-mv3');
  });

  it('asks for menus (the clicked element, menus.getTargetElement) only in Firefox', () => {
    expect(manifest(target).permissions?.includes('menus')).toBe(target === 'firefox-mv2');
  });

  it("declares monitor mode's panel, which never opens unasked (a sidebar at install would show Dokaz)", () => {
    const m = manifest(target);
    if (target === 'chrome-mv3') {
      expect(m.side_panel?.default_path).toBe('sidepanel.html');
      expect(m.permissions).toContain('sidePanel');
    } else {
      expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    }
    expect(existsSync(join(OUTPUT, target, 'sidepanel.html'))).toBe(true);
  });

  it('has no trace of the end-to-end test page', () => {
    expect(existsSync(join(OUTPUT, target, 'e2e.html'))).toBe(false);
    expect(readFileSync(join(OUTPUT, target, 'background.js'), 'utf8')).not.toContain('e2e.html');
  });
});

describe('the Firefox test build (npm run build:e2e)', () => {
  it('is the Firefox build with the driver page beside it', () => {
    expect(manifest('firefox-mv2-e2e')).toEqual(manifest('firefox-mv2'));
    expect(existsSync(join(OUTPUT, 'firefox-mv2-e2e', 'e2e.html'))).toBe(true);
  });
});

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}
interface LintMessage {
  code: string;
  file: string;
  message: string;
}

/**
 * The warnings web-ext lint gives, each explained in the README (Firefox): both are in bundled libraries. A new one
 * fails this test until it is understood and explained there.
 */
const EXPLAINED_WARNINGS = [
  // JSZip's setImmediate polyfill: new Function for a string callback, which JSZip never passes.
  { code: 'DANGEROUS_EVAL', file: 'background.js' },
  // Preact's dangerouslySetInnerHTML path, which Dokaz never takes.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: expect.stringMatching(/^chunks\/[\w-]+\.js$/) },
];

describe('the Firefox build', () => {
  it("passes web-ext lint, Mozilla's own add-on checks: no error, and only the warnings the README explains", async () => {
    const lint = promisify(execFile)(
      join(process.cwd(), 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', join(OUTPUT, 'firefox-mv2'), '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    // web-ext exits with 1 when there are errors, and still prints the report.
    const { stdout } = await lint.catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    const warnings = report.warnings.map(({ code, file }) => ({ code, file }));
    warnings.sort((a, b) => a.code.localeCompare(b.code) || a.file.localeCompare(b.file));
    expect(warnings).toEqual(EXPLAINED_WARNINGS);
  }, 60_000);

  it('has a stable id and says it collects no data', () => {
    expect(manifest('firefox-mv2').browser_specific_settings?.gecko).toEqual({
      id: 'dokaz@dokaz',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
