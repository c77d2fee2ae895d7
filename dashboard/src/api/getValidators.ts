// The validator set CometBFT uses at a height (latest when omitted), largest power first.
import { rpcCall } from './rpc.ts';

export interface Validator {
  address: string;
  pubKey: string;
  power: bigint;
  proposerPriority: bigint;
}

/** @example const set = await getValidators(); */
export async function getValidators(height?: number): Promise<Validator[]> {
  const params: Record<string, unknown> = { page: '1', per_page: '100' };
  if (height !== undefined) params.height = String(height);
  const r = await rpcCall<any>('validators', params);
  return (r.validators as any[])
    .map((v) => ({ address: v.address, pubKey: v.pub_key.value, power: BigInt(v.voting_power), proposerPriority: BigInt(v.proposer_priority) }))
    .sort((a, b) => (a.power === b.power ? 0 : a.power > b.power ? -1 : 1));
}
