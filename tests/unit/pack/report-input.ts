import type { CaptureRecord } from '@/utils/evidence/record';
import type { CustodyEvent } from '@/utils/custody';
import type { ReportInput } from '@/utils/report/report';
import type { PackCapture } from '@/utils/pack/types';

/** A report's input around capture records from makeCapture(), and readers of the rendered report. */
export const FINGERPRINT = 'a3f19c0be2d84f7761c05ad9e3b2f4a81d6c7e905b3a2f18c4d9e06b7a5f3c21';
export const PNG = {
  mime: 'image/png',
  base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
};

function packCapture(record: CaptureRecord, index: number): PackCapture {
  return {
    id: record.id,
    recordSha256: String(index).repeat(64).slice(0, 64),
    record,
    files: Object.fromEntries(record.artifacts.map((a) => [a.id, `captures/${record.id}/${a.name}`])),
  };
}

export function event(seq: number, type: CustodyEvent['type'], captureId: string | null): CustodyEvent {
  const hex = (seq % 16).toString(16);
  return {
    seq,
    type,
    at: `2026-11-23T12:${String(seq).padStart(2, '0')}:00.000Z`,
    actor: 'install-test',
    captureId,
    payloadSha256: hex.repeat(64),
    prevHash: '0'.repeat(64),
    hash: `${hex}f`.repeat(32),
  };
}

export async function makeInput(records: CaptureRecord[], overrides: Partial<ReportInput> = {}): Promise<ReportInput> {
  const captures = records.map(packCapture);
  const events = [
    ...captures.map((c, i) => event(3 + i * 3, 'captured', c.id)),
    event(3 + captures.length * 3, 'exported', null),
  ];
  return {
    manifest: {
      format: 'dokaz-pack/1',
      tool: { name: 'Dokaz', version: '0.1.0' },
      createdAt: '2026-11-23T15:00:00.000Z',
      exporter: { installId: 'install-test', keyFingerprint: FINGERPRINT, keyAlgorithm: 'ECDSA P-256 SHA-256' },
      selection: { all: true },
      language: 'en',
      captures,
      custody: {
        path: 'custody.jsonl',
        events: events.length,
        exportEventSeq: events.at(-1)!.seq,
        headHash: events.at(-1)!.hash,
      },
    },
    custodyEvents: events,
    images: new Map(captures.map((c) => [c.id, PNG])),
    blurImages: false,
    ...overrides,
  };
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The text of the facts row with this label. */
export function fact(scope: Element | Document, label: string): string | undefined {
  const th = [...scope.querySelectorAll('table.facts th')].find((el) => el.textContent === label);
  return th?.nextElementSibling?.textContent ?? undefined;
}
