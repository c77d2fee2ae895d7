// Remembers txs whose signature this node already verified in CheckTx, so FinalizeBlock does not verify again.
// An entry is bound to the account number and public key it was checked with; the sequence and chain-id are
// inside the signed bytes, so the same tx bytes cannot verify differently later.
export class SignatureCache {
  #entries = new Map<string, string>();
  #limit: number;
  hits = 0;
  constructor(limit = 50_000) {
    this.#limit = limit;
  }
  static binding(accountNumber: bigint, pubkey: Uint8Array): string {
    // A view, not a copy; latin1 maps each byte to one char, so distinct keys give distinct strings.
    return `${accountNumber}:${Buffer.from(pubkey.buffer, pubkey.byteOffset, pubkey.byteLength).toString('latin1')}`;
  }
  remember(txHash: string, binding: string) {
    if (this.#entries.size >= this.#limit) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(txHash, binding);
  }
  has(txHash: string): boolean {
    return this.#entries.has(txHash);
  }
  /** True when `txHash` was verified under the same binding. */
  verified(txHash: string, binding: string): boolean {
    if (this.#entries.get(txHash) !== binding) return false;
    this.hits++;
    return true;
  }
}
