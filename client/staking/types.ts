// Staking-side messages CosmJS's default registry lacks (it has staking and distribution, not slashing).
import type { GeneratedType } from '@cosmjs/proto-signing';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';

export const stakingTypes: ReadonlyArray<[string, GeneratedType]> = [['/cosmos.slashing.v1beta1.MsgUnjail', MsgUnjail]];
