// bridge's message types for CosmJS's registry: [type URL, protobufjs class] pairs.
import { nrn } from '../../proto/gen/nrn.js';
import { msgTypesOf } from '../msg-types.ts';

const pb = nrn.bridge.v1;

const { urls, types } = msgTypesOf('nrn.bridge.v1', pb, {
  registerEthKey: 'MsgRegisterEthKey',
  sendToEth: 'MsgSendToEth',
  cancelSendToEth: 'MsgCancelSendToEth',
  confirmValset: 'MsgConfirmValset',
  confirmBatch: 'MsgConfirmBatch',
  confirmSettlement: 'MsgConfirmSettlement',
  depositClaim: 'MsgDepositClaim',
  batchExecutedClaim: 'MsgBatchExecutedClaim',
  valsetUpdatedClaim: 'MsgValsetUpdatedClaim',
});

export const bridgeMsgTypes = urls;
export const bridgeTypes = types;
