// Module auth: accounts, public keys, account numbers and sequences.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { defineModule } from '../../chain/module.ts';
import type { QueryContext } from '../../chain/module.ts';
import type { KV, KVReader } from '../../chain/store/kv.ts';
import { assertAddress } from '../../chain/address.ts';
import { sdk } from '../../chain/errors.ts';
import { readAccount, writeAccount, takeAccountNumber, keys } from './state.ts';

export { createAnteHandler, FEE_COLLECTOR } from './ante.ts';

export interface AuthGenesis {
  accounts: { address: string }[];
}

/** What other modules may do with accounts. */
export interface AccountsView {
  get(kv: KVReader, addr: string): BaseAccount | undefined;
  set(kv: KV, acct: BaseAccount): void;
  /** Creates the account at `addr` with the next account number if it does not exist yet. */
  ensure(kv: KV, addr: string): void;
}

export const accounts: AccountsView = {
  get: readAccount,
  set: writeAccount,
  ensure(kv, addr) {
    // Existence only (same read, same gas): every send asks this of its recipient, so nothing is decoded.
    if (kv.get(keys.account(addr))) return;
    writeAccount(kv, BaseAccount.fromPartial({ address: addr, accountNumber: takeAccountNumber(kv), sequence: 0n }));
  },
};

function queryAccount(ctx: QueryContext, data: Uint8Array): Uint8Array {
  const { address } = QueryAccountRequest.decode(data);
  assertAddress(address, 'address');
  const acct = readAccount(ctx.kv, address);
  // CosmJS maps exactly this wording to "account does not exist" (getAccount returns null).
  if (!acct) throw sdk.notFound.wrap(`rpc error: code = NotFound desc = account ${address} not found`);
  const any = Any.fromPartial({ typeUrl: '/cosmos.auth.v1beta1.BaseAccount', value: BaseAccount.encode(acct).finish() });
  return QueryAccountResponse.encode({ account: any }).finish();
}

/** auth answers with the SDK's own codespace (chain/errors.ts `sdk`) and emits its events from the ante handler. */
export const authModule = defineModule<AuthGenesis, AccountsView>({
  name: 'auth', state: keys, errors: {}, events: {},
  view: accounts,
  queries: [{ path: '/cosmos.auth.v1beta1.Query/Account', handle: queryAccount }],
  genesis: {
    default: () => ({ accounts: [] }),
    validate(g) {
      const seen = new Set<string>();
      for (const a of g.accounts) {
        assertAddress(a.address, 'genesis account');
        if (seen.has(a.address)) throw new Error(`genesis: account ${a.address} listed twice`);
        seen.add(a.address);
      }
    },
    init(ctx, g) {
      for (const a of g.accounts) accounts.ensure(ctx.kv, a.address);
    },
    async export(ctx) {
      const out: AuthGenesis = { accounts: [] };
      for await (const [, v] of ctx.kv.iterate(keys.accountsPrefix)) out.accounts.push({ address: BaseAccount.decode(v).address });
      return out;
    },
  },
});
