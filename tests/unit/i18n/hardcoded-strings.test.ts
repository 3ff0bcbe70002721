// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No user-visible text in components and pages but through the catalogs
 * (utils/i18n/locales): JSX text, the attributes a person reads or hears, and
 * string literals rendered as children. Keyboard keys (<kbd>) and the brand
 * are names, not words.
 */
const ROOT = join(__dirname, '../../..');
const SCANNED = ['components', 'entrypoints'];
const READ_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'label']);
const WORD = /\p{L}{2,}/u;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

export function hardcodedStrings(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${path}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const insideKbd = (node: ts.Node) =>
    ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText(file) === 'kbd';
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text) && !insideKbd(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (READ_ATTRIBUTES.has(node.name.getText(file)) && WORD.test(node.initializer.text))
        report(node, node.initializer.text);
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const expression = node.expression;
      if (
        (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) &&
        WORD.test(expression.text)
      )
        report(node, expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('user-visible strings', () => {
  it('come from the catalogs in every component and page', () => {
    const found = SCANNED.flatMap(files).flatMap((path) =>
      hardcodedStrings(relative(ROOT, join(ROOT, path)), readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('are found when they are there (the check itself works)', () => {
    const sample = `export const A = () => (
      <p title="Open it" aria-label={t('x')}>
        Hello there <kbd>Alt</kbd> {'Load more'} {' '} {t('fine')}
        <img alt="" />
      </p>
    );`;
    expect(hardcodedStrings('sample.tsx', sample)).toEqual([
      'sample.tsx:2: "Open it"',
      'sample.tsx:3: "Hello there"',
      'sample.tsx:3: "Load more"',
    ]);
  });
});
