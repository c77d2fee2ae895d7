// Exactly the messages the NRN chain routes, as [type URL, generated class] pairs, for code that decodes what the
// chain commits (the dashboard) without CosmJS's signing stack or its default registry of every SDK and IBC type.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgBeginRedelegate, MsgCreateValidator, MsgDelegate, MsgEditValidator, MsgUndelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import { trainingsetTypes } from './trainingset/types.ts';
import { stakingTypes } from './staking/types.ts';
import { checkpointTypes } from './checkpoint/types.ts';
import { bridgeTypes } from './bridge/types.ts';

export interface MsgDecoder { decode(bytes: Uint8Array): unknown }

/** The SDK messages NRN routes (CosmJS's default registry has these among many the chain does not). */
export const sdkMsgTypes: ReadonlyArray<[string, MsgDecoder]> = [
  ['/cosmos.bank.v1beta1.MsgSend', MsgSend],
  ['/cosmos.staking.v1beta1.MsgCreateValidator', MsgCreateValidator],
  ['/cosmos.staking.v1beta1.MsgEditValidator', MsgEditValidator],
  ['/cosmos.staking.v1beta1.MsgDelegate', MsgDelegate],
  ['/cosmos.staking.v1beta1.MsgUndelegate', MsgUndelegate],
  ['/cosmos.staking.v1beta1.MsgBeginRedelegate', MsgBeginRedelegate],
  ['/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward],
  ['/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission', MsgWithdrawValidatorCommission],
];

/** Every message type the chain routes, by type URL. */
export const chainMsgTypes: ReadonlyMap<string, MsgDecoder> = new Map<string, MsgDecoder>([
  ...sdkMsgTypes, ...stakingTypes, ...trainingsetTypes, ...checkpointTypes, ...bridgeTypes,
]);
