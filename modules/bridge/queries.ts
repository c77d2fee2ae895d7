// bridge's queries under /nrn.bridge.v1.Query/…: everything an orchestrator and a relayer need.
import type { QueryContext, QueryHandler } from '../../chain/module.ts';
import { queryService } from '../../chain/module.ts';
import { assertAddress, DENOM } from '../../chain/address.ts';
import { nrn } from '../../proto/gen/nrn.js';
import type { BankView } from '../bank/index.ts';
import { batchDigestOf, transfersOf } from './batches.ts';
import { BRIDGE_MODULE, nextEventNonce } from './claims.ts';
import { latestSettlementsWithConfirms } from './settlements.ts';
import {
  keys, attestationsAt, batchConfirms, ethKeys, pendingBatches, poolTransfers, readNumber, readParams, readValset, valsetConfirms,
} from './state.ts';

const pb = nrn.bridge.v1;
const DEFAULT_VALSETS = 5;
const MAX_VALSETS = 100;

const q = queryService('nrn.bridge.v1');

async function valsetWithConfirms(ctx: QueryContext, nonce: number) {
  const valset = readValset(ctx.kv, nonce);
  return valset ? { valset, confirms: await valsetConfirms(ctx.kv, nonce) } : undefined;
}

export function bridgeQueries(bank: BankView): QueryHandler[] {
  return [
    q('Params', (ctx) => pb.QueryParamsResponse.encode({ params: readParams(ctx.kv) }).finish()),
    q('Valsets', async (ctx, data) => {
      const { limit } = pb.QueryValsetsRequest.decode(data);
      const latest = readNumber(ctx.kv, keys.latestValsetNonce);
      const count = Math.min(limit || DEFAULT_VALSETS, MAX_VALSETS);
      const valsets = [];
      for (let n = Math.max(1, latest - count + 1); n <= latest; n++) {
        const v = await valsetWithConfirms(ctx, n);
        if (v) valsets.push(v);
      }
      return pb.QueryValsetsResponse.encode({ valsets }).finish();
    }),
    q('Valset', async (ctx, data) => {
      const { nonce } = pb.QueryValsetRequest.decode(data);
      const v = await valsetWithConfirms(ctx, nonce);
      return pb.QueryValsetResponse.encode({ valset: v, found: v !== undefined }).finish();
    }),
    q('PendingBatches', async (ctx) => {
      const p = readParams(ctx.kv);
      const batches = [];
      for (const batch of await pendingBatches(ctx.kv)) batches.push({ batch, confirms: await batchConfirms(ctx.kv, batch.nonce), digest: batchDigestOf(p, batch) });
      return pb.QueryPendingBatchesResponse.encode({ batches }).finish();
    }),
    q('PendingTransfers', async (ctx) => pb.QueryPendingTransfersResponse.encode({ transfers: await poolTransfers(ctx.kv) }).finish()),
    q('LastEventNonce', (ctx, data) => {
      const { validator } = pb.QueryLastEventNonceRequest.decode(data);
      assertAddress(validator, 'validator');
      return pb.QueryLastEventNonceResponse.encode({
        last_event_nonce: nextEventNonce(ctx.kv, validator) - 1,
        last_observed_nonce: readNumber(ctx.kv, keys.lastObservedNonce),
        last_observed_eth_height: readNumber(ctx.kv, keys.lastObservedEthHeight),
      }).finish();
    }),
    q('Settlements', async (ctx) => pb.QuerySettlementsResponse.encode({ settlements: await latestSettlementsWithConfirms(ctx.kv, readParams(ctx.kv)) }).finish()),
    q('EthKeys', async (ctx) => pb.QueryEthKeysResponse.encode({ keys: await ethKeys(ctx.kv) }).finish()),
    q('Attestations', async (ctx, data) => {
      const { event_nonce } = pb.QueryAttestationsRequest.decode(data);
      return pb.QueryAttestationsResponse.encode({ attestations: await attestationsAt(ctx.kv, event_nonce) }).finish();
    }),
    q('Escrow', async (ctx) => {
      let inFlight = 0n;
      const outgoing = [...await poolTransfers(ctx.kv), ...(await pendingBatches(ctx.kv)).flatMap(transfersOf)];
      for (const t of outgoing) inFlight += BigInt(t.amount) + BigInt(t.bridge_fee);
      const escrowed = bank.balance(ctx.kv, bank.moduleAddress(BRIDGE_MODULE), DENOM);
      return pb.QueryEscrowResponse.encode({ escrowed: escrowed.toString(), outgoing_in_flight: inFlight.toString() }).finish();
    }),
  ];
}
