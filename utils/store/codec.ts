/**
 * How records and artifact bytes are kept at rest. Today they are kept as they
 * are; the victim-safety issue swaps in an encrypting codec here, and no caller
 * of the store changes.
 */
export interface StoreCodec {
  sealRecord(value: unknown): Promise<unknown>;
  openRecord(sealed: unknown): Promise<unknown>;
  /** A file's bytes as kept: the Blob itself, or (sealed) a Uint8Array, which a file never is, so the two never mix. */
  sealBytes(data: Blob): Promise<Blob | Uint8Array<ArrayBuffer>>;
  openBytes(sealed: Blob | Uint8Array<ArrayBuffer>): Promise<Blob>;
  /** The same bytes, as bytes: no Blob made only to be read back (an export reads every file once). */
  openBytesRaw(sealed: Blob | Uint8Array<ArrayBuffer>): Promise<Blob | Uint8Array<ArrayBuffer>>;
}

export const plainCodec: StoreCodec = {
  sealRecord: async (value) => value,
  openRecord: async (sealed) => sealed,
  sealBytes: async (data) => data,
  openBytes: async (sealed) => (sealed instanceof Blob ? sealed : new Blob([sealed])),
  openBytesRaw: async (sealed) => sealed,
};
