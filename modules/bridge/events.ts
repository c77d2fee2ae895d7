// Named constructors for bridge's events: one typed event per state change.
import { event } from '../../chain/events.ts';
import type { Attestation, OutgoingBatch, OutgoingTransfer, Settlement, Valset } from './state.ts';

const s = (n: number | bigint) => n.toString();

export const events = {
  ethKeyRegistered: (validator: string, ethAddress: string) => event('bridge_eth_key_registered', { validator, eth_address: ethAddress }),
  sendToEth: (t: OutgoingTransfer) => event('bridge_send_to_eth', {
    transfer_id: s(t.id), sender: t.sender, eth_dest: t.eth_dest, amount: `${t.amount}unrn`, bridge_fee: `${t.bridge_fee}unrn`,
  }),
  sendToEthCanceled: (t: OutgoingTransfer) => event('bridge_send_to_eth_canceled', { transfer_id: s(t.id), sender: t.sender, refund: `${BigInt(t.amount) + BigInt(t.bridge_fee)}unrn` }),
  batchCreated: (b: OutgoingBatch) => event('bridge_batch_created', { batch_nonce: s(b.nonce), timeout: s(b.timeout), transfers: s(b.transfers.length) }),
  batchCanceled: (b: OutgoingBatch, reason: string) => event('bridge_batch_canceled', { batch_nonce: s(b.nonce), reason }),
  batchExecuted: (b: OutgoingBatch) => event('bridge_batch_executed', { batch_nonce: s(b.nonce), transfers: s(b.transfers.length) }),
  valsetRequested: (v: Valset) => event('bridge_valset_requested', { valset_nonce: s(v.nonce), members: s(v.members.length) }),
  confirmed: (kind: 'valset' | 'batch', nonce: number, validator: string) => event(`bridge_${kind}_confirmed`, { nonce: s(nonce), validator }),
  settlementRequested: (st: Settlement) => event('bridge_settlement_requested', {
    group_id: s(st.group_id), nonce: s(st.nonce), training_set_version: st.training_set_version, checkpoint_cid: st.checkpoint_cid,
  }),
  settlementConfirmed: (groupId: number, nonce: number, validator: string) => event('bridge_settlement_confirmed', { group_id: s(groupId), nonce: s(nonce), validator }),
  claimVoted: (a: Attestation, validator: string) => event('bridge_claim', { event_nonce: s(a.event_nonce), kind: a.kind, claim_hash: a.claim_hash, validator }),
  observed: (a: Attestation) => event('bridge_observed', { event_nonce: s(a.event_nonce), kind: a.kind, claim_hash: a.claim_hash, eth_block_height: s(a.eth_block_height) }),
  depositPaid: (recipient: string, amount: bigint, eventNonce: number) => event('bridge_deposit_paid', { recipient, amount: `${amount}unrn`, event_nonce: s(eventNonce) }),
  depositUnpayable: (recipient: string, amount: bigint, eventNonce: number) => event('bridge_deposit_unpayable', { recipient, amount: `${amount}unrn`, event_nonce: s(eventNonce) }),
};
