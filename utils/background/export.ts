import { currentLocale } from '../i18n/language-setting';
import type { Locale } from '../i18n/locales';
import { text } from '../i18n/translate';
import { bytesToBase64 } from '../base64';
import { keyFingerprint, publicKeyPem, signDer } from '../crypto/signing';
import { fold } from '../case-work/fold';
import { DokazError } from '../errors';
import { buildPack, formatOfPack } from '../pack/build';
import { ruleOf } from '../pack/custody-events';
import { renderReport } from '../report/report';
import type { PackSelection } from '../pack/types';
import { renderVerifyText } from '../report/verify-instructions';
import { fileNameFor } from '../safety/file-names';
import type { Store } from '../store';
import type { SigningKeys } from '../store/signing-key';
import { LockedError } from '../store/vault-codec';

/**
 * Export: the selected captures, their custody events and this export's own
 * event, signed, as one ZIP (docs/PACK-FORMAT.md). The `exported` event is
 * written only once the pack is made and signed.
 */
export interface MadePack {
  /** The ZIP, assembled from the chunks as they came (a browser keeps a large Blob on disk, not in memory). */
  blob: Blob;
  fileName: string;
  captureIds: string[];
}

export function createExporter(
  store: Store,
  toolVersion: string,
  settings: {
    /** Whether packs get neutral file names (utils/safety/file-names.ts): the extension's setting; no by default. */
    neutralNames?: () => Promise<boolean>;
  } = {},
) {
  async function selectedIds(selection: PackSelection): Promise<string[]> {
    // Keys only: the records themselves are read once, when the pack is made.
    if ('all' in selection) return store.captureIds();
    if ('captureIds' in selection) {
      const unique = [...new Set(selection.captureIds)];
      const found = await store.existingCaptureIds(unique);
      const missing = unique.find((id) => !found.has(id));
      if (missing !== undefined) throw new DokazError(text('error.noCaptureToExport', { id: missing }));
      return unique;
    }
    const cases = await store.listCases();
    if (!cases.some((c) => c.id === selection.caseId))
      throw new DokazError(text('error.noCase', { id: selection.caseId }));
    return store.search('', { caseId: selection.caseId, sort: 'oldest' });
  }

  /** The file's name: "all", "selection", or the case's name made safe ("smokva-public-room"). */
  async function label(selection: PackSelection): Promise<string> {
    if ('all' in selection) return 'all';
    if ('captureIds' in selection) return 'selection';
    const found = (await store.listCases()).find((c) => c.id === selection.caseId);
    const slug = fold(found?.name ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    return slug ? `case-${slug}` : 'case';
  }

  async function makePack(
    selection: PackSelection,
    options: { language?: Locale; blurImages?: boolean; onProgress?: (percent: number) => void } = {},
  ): Promise<MadePack> {
    // Nothing may be signed while locked (the signing key is wrapped under the data key): said before anything is read.
    if (await store.isLocked()) throw new LockedError(text('error.keyLocked'));
    const captureIds = await selectedIds(selection);
    if (captureIds.length === 0) throw new DokazError(text('error.nothingToExport'));
    const included = new Set(captureIds);
    const [views, installId] = await Promise.all([
      Promise.all(captureIds.map((id) => store.getCapture(id))),
      store.installId(),
      // Made, or handed over to a wrapped one, before the export takes its turn (which then reads it again).
      store.signingKeys(),
    ]);
    const [name, neutral] = await Promise.all([label(selection), settings.neutralNames?.() ?? false]);
    // A log that holds a hand-over of the signing key needs the format that has it (custody-events.ts); the key's
    // row lists the keys it replaced, written in the transactions that wrote their hand-overs, so no log is read here.
    // Telegram messages bring their chats' result.json, and the format that has it.
    const present = views.filter((view) => view !== null);
    const details = (keys: SigningKeys) => ({
      format: formatOfPack(present, keys.previous?.length ? [{ type: 'key-rotated' }] : []),
      selection,
    });
    return store.recordExport(captureIds, details, async (event, keys) => {
      const [pem, fingerprint] = await Promise.all([publicKeyPem(keys.publicKey), keyFingerprint(keys.publicKey)]);
      // The pack's time is its exported event's: one instant, from the store's clock (a verifier compares them).
      const createdAt = new Date(event.at);
      const fileName = fileNameFor(name, 'zip', createdAt, neutral);
      const log = await store.custodyLog();
      // Every hand-over of the signing key goes too: a recipient who holds an earlier key's card can follow it here.
      // A run's observations (`not-found`) stay in the log: this format has no place for them (custody-events.ts).
      const events = [
        ...log.filter(
          (e) =>
            (e.captureId !== null && included.has(e.captureId) && ruleOf(e.type)?.place !== 'never') ||
            e.type === 'key-rotated',
        ),
        event,
      ];
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      const sink = (chunk: Uint8Array) => void chunks.push(chunk.slice() as Uint8Array<ArrayBuffer>);
      await buildPack(
        {
          captures: views.map((view, i) => view ?? missing(captureIds[i]!)),
          readArtifact: async (id) => (await store.getArtifactBytes(id)) ?? missing(id),
          custodyEvents: events,
          exporter: { installId, keyFingerprint: fingerprint, publicKeyPem: pem },
          sign: (data) => signDer(keys.privateKey, data as Uint8Array<ArrayBuffer>),
          selection,
          language: options.language ?? 'en',
          createdAt: createdAt.toISOString(),
          toolVersion,
          renderReport,
          // The evidence is often intimate images: the report blurs them, the pack keeps the originals.
          blurImages: options.blurImages ?? true,
          renderVerifyText,
          zipName: fileName,
          onProgress: options.onProgress,
        },
        sink,
      );
      return { blob: new Blob(chunks, { type: 'application/zip' }), fileName, captureIds };
    });
  }

  return {
    makePack,
    /**
     * The test API's export: the pack's bytes as base64, identical to what the
     * download saves; the report in `language`, by default the interface's.
     */
    async exportPack(selection: PackSelection, options: { language?: Locale } = {}): Promise<string> {
      const language = options.language ?? (await currentLocale());
      const { blob } = await makePack(selection, { language });
      return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
    },
  };
}

function missing(what: string): never {
  throw new DokazError(text('error.disappeared', { what }));
}
