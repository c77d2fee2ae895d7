// bridge's message types for CosmJS's registry: [type URL, protobufjs class] pairs.
import type { GeneratedType } from '@cosmjs/proto-signing';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.bridge.v1;

export const bridgeMsgTypes = {
  registerEthKey: '/nrn.bridge.v1.MsgRegisterEthKey',
  sendToEth: '/nrn.bridge.v1.MsgSendToEth',
  cancelSendToEth: '/nrn.bridge.v1.MsgCancelSendToEth',
  confirmValset: '/nrn.bridge.v1.MsgConfirmValset',
  confirmBatch: '/nrn.bridge.v1.MsgConfirmBatch',
  confirmSettlement: '/nrn.bridge.v1.MsgConfirmSettlement',
  depositClaim: '/nrn.bridge.v1.MsgDepositClaim',
  batchExecutedClaim: '/nrn.bridge.v1.MsgBatchExecutedClaim',
  valsetUpdatedClaim: '/nrn.bridge.v1.MsgValsetUpdatedClaim',
} as const;

export const bridgeTypes: ReadonlyArray<[string, GeneratedType]> = [
  [bridgeMsgTypes.registerEthKey, pb.MsgRegisterEthKey as unknown as GeneratedType],
  [bridgeMsgTypes.sendToEth, pb.MsgSendToEth as unknown as GeneratedType],
  [bridgeMsgTypes.cancelSendToEth, pb.MsgCancelSendToEth as unknown as GeneratedType],
  [bridgeMsgTypes.confirmValset, pb.MsgConfirmValset as unknown as GeneratedType],
  [bridgeMsgTypes.confirmBatch, pb.MsgConfirmBatch as unknown as GeneratedType],
  [bridgeMsgTypes.confirmSettlement, pb.MsgConfirmSettlement as unknown as GeneratedType],
  [bridgeMsgTypes.depositClaim, pb.MsgDepositClaim as unknown as GeneratedType],
  [bridgeMsgTypes.batchExecutedClaim, pb.MsgBatchExecutedClaim as unknown as GeneratedType],
  [bridgeMsgTypes.valsetUpdatedClaim, pb.MsgValsetUpdatedClaim as unknown as GeneratedType],
];
