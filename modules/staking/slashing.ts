// Slashing: duplicate-vote evidence and downtime (missed blocks in a sliding window) slash and jail; MsgUnjail frees.
import { MsgUnjail, MsgUnjailResponse } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import { MisbehaviorType } from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { BlockEvidence, Context, MsgHandler } from '../../chain/module.ts';
import { keys, readJson, writeJson, readInt, writeInt } from './state.ts';
import { DEC_ONE } from './params.ts';
import type { Params } from './params.ts';
import { readParams, writeValidator, accountFromValoper, readShares, tokensOf, validatorByCons } from './keeper.ts';
import type { StakingKeeper } from './keeper.ts';
import { assertValoper } from './msgs.ts';
import { slashValidator } from './slash.ts';
import { errors } from './errors.ts';
import { events } from './events.ts';

/** Per consensus address: where its window started and how many of the window's blocks it missed. */
export interface SigningInfo { startHeight: number; indexOffset: number; missed: number }

const hexOf = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

export async function resetSigningWindow(ctx: Context, consHex: string) {
  const stale: string[] = [];
  for await (const [k] of ctx.kv.iterate(keys.missedPrefix(consHex))) stale.push(k);
  for (const k of stale) ctx.kv.delete(k);
  writeJson(ctx.kv, keys.signingInfo(consHex), { startHeight: ctx.block.height, indexOffset: 0, missed: 0 } satisfies SigningInfo);
}

/**
 * Power changes reach CometBFT one block late (the SDK's ValidatorUpdateDelay): stake that left at H − 1 still
 * voted at H, so it answers for an infraction at H.
 */
export const VALIDATOR_UPDATE_DELAY = 1;

export function createSlashing(keeper: StakingKeeper) {
  /** CometBFT reports each duplicate vote once per height; a validator pays for one infraction height once. */
  async function handleDoubleSign(ctx: Context, p: Params, consHex: string, height: bigint, power: bigint) {
    const v = validatorByCons(ctx.kv, consHex);
    if (!v || ctx.kv.get(keys.evidenceSeen(consHex, height))) return;
    ctx.kv.set(keys.evidenceSeen(consHex, height), new Uint8Array(0));
    // One slash per episode: equivocations from before the validator was last punished for one (the same twin
    // process, found at several heights) are already paid for; the SDK gets the same effect by tombstoning.
    if (height <= readInt(ctx.kv, keys.doubleSignSlashedAt(consHex))) return;
    writeInt(ctx.kv, keys.doubleSignSlashedAt(consHex), BigInt(ctx.block.height));
    const infraction = { height: Number(height) - VALIDATOR_UPDATE_DELAY, power, fraction: p.slashFractionDoubleSign, reason: 'double_sign' };
    await slashValidator(ctx, keeper, v, infraction);
    keeper.jail(ctx, v, ctx.block.timeMs + p.doubleSignJailMs);
  }

  async function handleSignature(ctx: Context, p: Params, consHex: string, signed: boolean, power: bigint) {
    const v = validatorByCons(ctx.kv, consHex);
    if (!v || v.jailed) return;
    const info = readJson<SigningInfo>(ctx.kv, keys.signingInfo(consHex)) ?? { startHeight: ctx.block.height, indexOffset: 0, missed: 0 };
    const window = p.signedBlocksWindow;
    const index = info.indexOffset % window;
    const wasMissed = ctx.kv.get(keys.missedBit(consHex, index)) !== undefined;
    if (!signed && !wasMissed) { ctx.kv.set(keys.missedBit(consHex, index), new Uint8Array([1])); info.missed++; }
    if (signed && wasMissed) { ctx.kv.delete(keys.missedBit(consHex, index)); info.missed--; }
    info.indexOffset++;
    if (!signed) ctx.events.emit(events.liveness(consHex, info.missed, ctx.block.height));
    const maxMissed = window - Number((BigInt(window) * p.minSignedPerWindow) / DEC_ONE);
    if (info.indexOffset >= window && info.missed > maxMissed) {
      // The missed vote was for the previous block, whose stake was set one more block before (as the SDK's x/slashing).
      const infraction = { height: ctx.block.height - VALIDATOR_UPDATE_DELAY - 1, power, fraction: p.slashFractionDowntime, reason: 'missing_signature' };
      await slashValidator(ctx, keeper, v, infraction);
      keeper.jail(ctx, v, ctx.block.timeMs + p.downtimeJailMs);
      await resetSigningWindow(ctx, consHex);
      return;
    }
    writeJson(ctx.kv, keys.signingInfo(consHex), info);
  }

  async function beginBlock(ctx: Context, evidence: BlockEvidence) {
    // Params are fixed within a block: read once, not once per vote.
    const p = readParams(ctx.kv);
    for (const m of evidence.misbehavior ?? []) {
      if (m.type === MisbehaviorType.DUPLICATE_VOTE) await handleDoubleSign(ctx, p, hexOf(m.validator.address), m.height, m.validator.power);
    }
    for (const vote of evidence.decidedLastCommit?.votes ?? []) {
      await handleSignature(ctx, p, hexOf(vote.validator.address), vote.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_ABSENT, vote.validator.power);
    }
  }

  const unjail: MsgHandler<MsgUnjail> = {
    typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail',
    codec: MsgUnjail,
    signers: (m) => [accountFromValoper(m.validatorAddr)],
    validate: (m) => assertValoper(m.validatorAddr, 'validator_addr'),
    async execute(ctx, m) {
      const v = keeper.getValidator(ctx.kv, m.validatorAddr);
      if (!v.jailed) throw errors.notJailed.wrap(`validator ${m.validatorAddr}`);
      if (ctx.block.timeMs < v.jailedUntilMs) throw errors.stillJailed.wrap(`validator ${m.validatorAddr} is jailed until ${new Date(v.jailedUntilMs).toISOString()}`);
      const self = tokensOf(v, readShares(ctx.kv, accountFromValoper(m.validatorAddr), m.validatorAddr));
      if (self < BigInt(v.minSelfDelegation)) throw errors.noSelfDelegation.wrap(`self-delegation ${self} is below min_self_delegation ${v.minSelfDelegation}`);
      v.jailed = false;
      writeValidator(ctx.kv, v);
      await resetSigningWindow(ctx, v.consAddr);
      ctx.events.emit(events.unjail(m.validatorAddr));
      return { typeUrl: '/cosmos.slashing.v1beta1.MsgUnjailResponse', value: MsgUnjailResponse.encode({}).finish() };
    },
  };

  return { beginBlock, msgs: [unjail] as MsgHandler[] };
}
