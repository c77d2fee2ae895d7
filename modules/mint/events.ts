// Named constructors for mint's events.
import { event } from '../../chain/events.ts';
import type { RewardKind } from './emission.ts';

export const events = {
  reward: (kind: RewardKind, recipient: string, amount: bigint, halvings: bigint, supply: bigint) =>
    event('mint_reward', { kind, recipient, amount: `${amount}unrn`, halvings: halvings.toString(), supply_before: supply.toString() }),
};
