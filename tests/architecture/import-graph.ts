import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/**
 * The source's import graph, for the dependency rules (tests/unit/architecture.test.ts): every import, export-from,
 * dynamic import() and import type of each file, resolved to a file of the repository (and whether only types come
 * through it), and the uses of the extension's API and IndexedDB as globals (`browser.`, `chrome.`, `indexedDB.` in
 * code, not in comments or strings). Pure apart from reading the files.
 */
export interface SourceFile {
  /** Path from the repository's root, with forward slashes. */
  path: string;
  imports: { specifier: string; target: string | null; typeOnly: boolean }[];
  /** The line of each use of the extension API's globals. */
  globals: { name: string; line: number }[];
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

export function listSources(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return found.sort();
}

function resolve(root: string, from: string, specifier: string, exists: (path: string) => boolean): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = normalize(join(dirname(from), specifier)).replaceAll('\\', '/');
  else return null;
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = base + ext;
    if (/\.tsx?$/.test(candidate) && exists(candidate)) return candidate;
  }
  return relative(root, join(root, base)).replaceAll('\\', '/');
}

export function readSource(root: string, path: string, exists: (path: string) => boolean): SourceFile {
  const text = readFileSync(join(root, path), 'utf8');
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const imports: SourceFile['imports'] = [];
  const globals: SourceFile['globals'] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    imports.push({ specifier, target: resolve(root, path, specifier, exists), typeOnly });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      // Erased at build: `import type`, or only `type` names and no default or namespace import.
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause : null;
      const typeOnly =
        node.isTypeOnly || (!!named && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, true);
    }
    // The extension's API and IndexedDB as globals in code (comments and strings are not nodes).
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['browser', 'chrome', 'indexedDB'].includes(node.expression.text)
    ) {
      globals.push({ name: node.expression.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { path, imports, globals };
}

/**
 * The room a file is in: `utils/<dir>` for everything under a folder of utils, a file directly in utils its own room
 * (`utils/hash`), `entrypoints/<name>`, and `components`, `pages`, `bin` as wholes.
 */
export function roomOf(path: string): string {
  const parts = path.replace(/\.tsx?$/, '').split('/');
  if (parts[0] === 'utils' || parts[0] === 'entrypoints') return parts.slice(0, 2).join('/');
  return parts[0]!;
}

export interface Arrow {
  from: string;
  to: string;
  /** One import that makes the arrow: file → file. */
  via: string;
}

/**
 * The arrows between rooms, each with the first import that makes it. Imports of types only are erased at build and
 * make no arrow: a component may name the record's type without depending on the evidence model at run time.
 */
export function roomArrows(files: SourceFile[]): Arrow[] {
  const arrows = new Map<string, Arrow>();
  for (const file of files) {
    const from = roomOf(file.path);
    for (const { target, typeOnly } of file.imports) {
      if (!target || typeOnly) continue;
      const to = roomOf(target);
      const key = `${from} → ${to}`;
      if (from !== to && !arrows.has(key)) arrows.set(key, { from, to, via: `${file.path} → ${target}` });
    }
  }
  return [...arrows.values()];
}

/** The cycles between rooms: each strongly connected component of more than one room, with the arrows inside it. */
export function roomCycles(arrows: Arrow[]): Arrow[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of arrows) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const connect = (room: string) => {
    index.set(room, counter);
    low.set(room, counter++);
    stack.push(room);
    onStack.add(room);
    for (const to of next.get(room) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(room, Math.min(low.get(room)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(room, Math.min(low.get(room)!, index.get(to)!));
    }
    if (low.get(room) === index.get(room)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== room);
      if (component.length > 1) components.push(component);
    }
  };
  for (const room of new Set(arrows.flatMap((a) => [a.from, a.to]))) if (!index.has(room)) connect(room);
  return components.map((rooms) => arrows.filter((a) => rooms.includes(a.from) && rooms.includes(a.to)));
}
