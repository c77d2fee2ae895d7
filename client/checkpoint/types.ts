// checkpoint's message types for CosmJS's registry: [type URL, protobufjs class] pairs.
import { nrn } from '../../proto/gen/nrn.js';
import { msgTypesOf } from '../msg-types.ts';

const pb = nrn.checkpoint.v1;

const { urls, types } = msgTypesOf('nrn.checkpoint.v1', pb, {
  commit: 'MsgCommitCheckpoint',
  reveal: 'MsgRevealCheckpoint',
  reportLoss: 'MsgReportLoss',
});

export const checkpointMsgTypes = urls;
export const checkpointTypes = types;
