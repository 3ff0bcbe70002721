/**
 * How records and artifact bytes are kept at rest. Today they are kept as they
 * are; the victim-safety issue swaps in an encrypting codec here, and no caller
 * of the store changes.
 */
export interface StoreCodec {
  sealRecord(value: unknown): Promise<unknown>;
  openRecord(sealed: unknown): Promise<unknown>;
  sealBytes(data: Blob): Promise<Blob>;
  openBytes(sealed: Blob): Promise<Blob>;
}

export const plainCodec: StoreCodec = {
  sealRecord: async (value) => value,
  openRecord: async (sealed) => sealed,
  sealBytes: async (data) => data,
  openBytes: async (sealed) => sealed,
};
