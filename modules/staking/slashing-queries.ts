// Slashing's queries on the Cosmos SDK's gRPC paths (params, signing infos), so CosmJS's slashing extension reads them.
import {
  QueryParamsResponse, QuerySigningInfoRequest, QuerySigningInfoResponse, QuerySigningInfosResponse,
} from 'cosmjs-types/cosmos/slashing/v1beta1/query';
import type { ValidatorSigningInfo } from 'cosmjs-types/cosmos/slashing/v1beta1/slashing';
import type { QueryHandler } from '../../chain/module.ts';
import type { KVReader } from '../../chain/store/kv.ts';
import { keys, readJson, decodeText, encodeText } from './state.ts';
import { readParams, validatorByCons, valconsOf, VALCONS_PREFIX } from './keeper.ts';
import type { SigningInfo } from './slashing.ts';
import { errors } from './errors.ts';
import { toTimestamp } from '../../chain/time.ts';
import { bech32Data } from '../../chain/address.ts';

/** The SDK's LegacyDec fields of slashing params are `bytes` on the wire: the ASCII digits of the 18-place atomics. */
export const decBytes = (atomics: bigint) => encodeText(atomics.toString());

function consHexOf(valcons: string): string {
  return Buffer.from(bech32Data(valcons, 'cons_address', VALCONS_PREFIX, [20])).toString('hex').toUpperCase();
}

/** A validator not yet seen in a commit has an empty window; tombstoning does not exist here (double-sign jails for a period). */
function signingInfo(kv: KVReader, consHex: string, info: SigningInfo | undefined): ValidatorSigningInfo {
  const v = validatorByCons(kv, consHex);
  return {
    address: valconsOf(consHex),
    startHeight: BigInt(info?.startHeight ?? 0),
    indexOffset: BigInt(info?.indexOffset ?? 0),
    jailedUntil: toTimestamp(v?.jailedUntilMs ?? 0),
    tombstoned: false,
    missedBlocksCounter: BigInt(info?.missed ?? 0),
  };
}

export function slashingQueries(): QueryHandler[] {
  return [
    {
      path: '/cosmos.slashing.v1beta1.Query/Params',
      handle(ctx) {
        const p = readParams(ctx.kv);
        return QueryParamsResponse.encode({
          params: {
            signedBlocksWindow: BigInt(p.signedBlocksWindow),
            minSignedPerWindow: decBytes(p.minSignedPerWindow),
            downtimeJailDuration: { seconds: BigInt(p.downtimeJailMs / 1000), nanos: 0 },
            slashFractionDoubleSign: decBytes(p.slashFractionDoubleSign),
            slashFractionDowntime: decBytes(p.slashFractionDowntime),
          },
        }).finish();
      },
    },
    {
      path: '/cosmos.slashing.v1beta1.Query/SigningInfo',
      handle(ctx, data) {
        const req = QuerySigningInfoRequest.decode(data);
        const consHex = consHexOf(req.consAddress);
        const info = readJson<SigningInfo>(ctx.kv, keys.signingInfo(consHex));
        if (!info && !validatorByCons(ctx.kv, consHex)) throw errors.noSigningInfo.wrap(`rpc error: code = NotFound desc = SigningInfo not found for validator ${req.consAddress}`);
        return QuerySigningInfoResponse.encode({ valSigningInfo: signingInfo(ctx.kv, consHex, info) }).finish();
      },
    },
    {
      path: '/cosmos.slashing.v1beta1.Query/SigningInfos',
      async handle(ctx) {
        const prefix = keys.signingInfo('');
        const info: ValidatorSigningInfo[] = [];
        for await (const [k, raw] of ctx.kv.iterate(prefix)) info.push(signingInfo(ctx.kv, k.slice(prefix.length), JSON.parse(decodeText(raw)) as SigningInfo));
        return QuerySigningInfosResponse.encode({ info, pagination: { nextKey: new Uint8Array(0), total: BigInt(info.length) } }).finish();
      },
    },
  ];
}
