// The type registry every NRN client uses: CosmJS's defaults merged with NRN's own messages
// (CosmJS `new Registry(custom)` drops the defaults, so they are always merged here).
import { Registry } from '@cosmjs/proto-signing';
import type { GeneratedType } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { trainingsetTypes } from './trainingset/types.ts';
import { stakingTypes } from './staking/types.ts';
import { checkpointTypes } from './checkpoint/types.ts';
import { bridgeTypes } from './bridge/types.ts';

export const nrnTypes: ReadonlyArray<[string, GeneratedType]> = [...trainingsetTypes, ...stakingTypes, ...checkpointTypes, ...bridgeTypes];

export function createRegistry(extra: ReadonlyArray<[string, GeneratedType]> = []): Registry {
  return new Registry([...defaultRegistryTypes, ...nrnTypes, ...extra]);
}
