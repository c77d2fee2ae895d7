// checkpoint's message types for CosmJS's registry: [type URL, protobufjs class] pairs.
import type { GeneratedType } from '@cosmjs/proto-signing';
import { nrn } from '../../proto/gen/nrn.js';

const pb = nrn.checkpoint.v1;

export const checkpointMsgTypes = {
  commit: '/nrn.checkpoint.v1.MsgCommitCheckpoint',
  reveal: '/nrn.checkpoint.v1.MsgRevealCheckpoint',
  reportLoss: '/nrn.checkpoint.v1.MsgReportLoss',
} as const;

export const checkpointTypes: ReadonlyArray<[string, GeneratedType]> = [
  [checkpointMsgTypes.commit, pb.MsgCommitCheckpoint as unknown as GeneratedType],
  [checkpointMsgTypes.reveal, pb.MsgRevealCheckpoint as unknown as GeneratedType],
  [checkpointMsgTypes.reportLoss, pb.MsgReportLoss as unknown as GeneratedType],
];
