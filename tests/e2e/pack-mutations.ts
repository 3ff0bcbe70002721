import JSZip from 'jszip';
import { keyFingerprint, publicKeyPem, signDer } from '../../utils/crypto/signing';

/**
 * Random damage to an evidence pack, each kind a way a pack could be altered
 * on its way to court: seeded, so that a failing mutation can be replayed.
 */
export interface Mutation {
  kind: string;
  description: string;
  zip: Uint8Array;
}

const KINDS = [
  'flip-byte',
  'delete-file',
  'add-file',
  'rename-file',
  'manifest-field',
  'swap-signature',
  'swap-key',
  'reorder-custody',
  'drop-custody',
  'truncate-file',
] as const;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let otherKeys: Promise<CryptoKeyPair> | undefined;

/** With `legacy`, the mutated pack is written in the legacy form of earlier packs (data descriptors, flag bit 3). */
export async function mutatePack(pack: Uint8Array, seed: number, { legacy = false } = {}): Promise<Mutation> {
  const next = random(seed + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const zip = await JSZip.loadAsync(pack);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const kind = KINDS[seed % KINDS.length]!;
  const read = async (path: string) => (await zip.file(path)!.async('uint8array')) as Uint8Array<ArrayBuffer>;
  const text = async (path: string) => new TextDecoder().decode(await read(path));
  let description: string;

  switch (kind) {
    case 'flip-byte': {
      const path = pick(paths);
      const bytes = await read(path);
      const at = Math.floor(next() * bytes.length);
      bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255));
      zip.file(path, bytes);
      description = `flipped byte ${at} of ${path}`;
      break;
    }
    case 'truncate-file': {
      const path = pick(paths);
      const bytes = await read(path);
      zip.file(path, bytes.subarray(0, Math.floor(next() * bytes.length)));
      description = `truncated ${path}`;
      break;
    }
    case 'delete-file': {
      const path = pick(paths);
      zip.remove(path);
      description = `deleted ${path}`;
      break;
    }
    case 'add-file': {
      const path = pick(['extra.txt', 'captures/extra.png', `${pick(paths)}.bak`, 'captures/x/record.json']);
      zip.file(path, `added ${seed}`);
      description = `added ${path}`;
      break;
    }
    case 'rename-file': {
      const path = pick(paths);
      const bytes = await read(path);
      zip.remove(path);
      const renamed = path.replace(/(\.[a-z]+)?$/, `-renamed$1`);
      zip.file(renamed, bytes);
      description = `renamed ${path} to ${renamed}`;
      break;
    }
    case 'manifest-field': {
      const manifest = JSON.parse(await text('manifest.json')) as unknown;
      const leaves: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
      const walk = (node: unknown) => {
        if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            const k = Array.isArray(node) ? Number(key) : key;
            if (value && typeof value === 'object') walk(value);
            else leaves.push({ parent: node as Record<string, unknown>, key: k });
          }
        }
      };
      walk(manifest);
      const leaf = pick(leaves);
      const parent = leaf.parent as Record<string | number, unknown>;
      const old = parent[leaf.key];
      parent[leaf.key] =
        typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 'x';
      zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
      description = `changed manifest field ${String(leaf.key)} from ${JSON.stringify(old)}`;
      break;
    }
    case 'swap-signature': {
      const keys = await (otherKeys ??= crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
        'sign',
        'verify',
      ]));
      const file = pick(['manifest.json', 'SHA256SUMS']);
      zip.file(
        `${file === 'manifest.json' ? 'manifest' : 'SHA256SUMS'}.sig`,
        await signDer(keys.privateKey, await read(file)),
      );
      description = `signed ${file} with another key`;
      break;
    }
    case 'swap-key': {
      const keys = await (otherKeys ??= crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
        'sign',
        'verify',
      ]));
      // Another key, and both signatures made with it: only the fingerprint in the manifest gives it away.
      zip.file('public-key.pem', await publicKeyPem(keys.publicKey));
      zip.file('manifest.sig', await signDer(keys.privateKey, await read('manifest.json')));
      zip.file('SHA256SUMS.sig', await signDer(keys.privateKey, await read('SHA256SUMS')));
      description = `swapped the key for ${(await keyFingerprint(keys.publicKey)).slice(0, 8)}… and re-signed`;
      break;
    }
    case 'reorder-custody':
    case 'drop-custody': {
      const lines = (await text('custody.jsonl')).trimEnd().split('\n');
      const i = Math.floor(next() * lines.length);
      if (kind === 'drop-custody' || lines.length < 2) {
        lines.splice(i, 1);
        description = `dropped custody line ${i + 1}`;
      } else {
        const j = (i + 1 + Math.floor(next() * (lines.length - 1))) % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        description = `swapped custody lines ${i + 1} and ${j + 1}`;
      }
      zip.file('custody.jsonl', lines.join('\n') + '\n');
      break;
    }
  }
  // Written back in the form of Dokaz's writer (utils/pack/zip/stream.ts: no data descriptors) or in the legacy one:
  // in any other, the strict reader refuses every entry for its form, and the mutation itself would go untested.
  const mutated = await zip.generateAsync({ type: 'uint8array', streamFiles: legacy, platform: 'UNIX' });
  return { kind, description, zip: mutated };
}
