// Wallet and registry configs derived from a CometBFT genesis: Keplr's experimentalSuggestChain and a chain-registry chain.json.
import { BECH32_PREFIX, DENOM } from '../chain/address.ts';

/** Gas prices wallets offer, in unrn per gas; `low` is the client default (client/connect.ts). */
export const GAS_PRICE_STEP = { low: 0.025, average: 0.03, high: 0.04 } as const;
const COIN = { coinDenom: 'NRN', coinMinimalDenom: DENOM, coinDecimals: 6 } as const;
const SLIP44_COSMOS = 118;

export interface GenesisInfo {
  chain_id: string;
  genesis_time: string;
}

/**
 * Keplr's ChainInfo. NRN serves no REST (LCD) gateway, so `rest` points at the dashboard's /rest, which answers
 * 501 with that explanation: Keplr can sign and broadcast over RPC but cannot show balances from it.
 */
export function keplrChainInfo(genesis: GenesisInfo, origin: string) {
  const p = BECH32_PREFIX;
  return {
    chainId: genesis.chain_id,
    chainName: `NRN ${genesis.chain_id}`,
    rpc: `${origin}/rpc`,
    rest: `${origin}/rest`,
    bip44: { coinType: SLIP44_COSMOS },
    bech32Config: {
      bech32PrefixAccAddr: p, bech32PrefixAccPub: `${p}pub`,
      bech32PrefixValAddr: `${p}valoper`, bech32PrefixValPub: `${p}valoperpub`,
      bech32PrefixConsAddr: `${p}valcons`, bech32PrefixConsPub: `${p}valconspub`,
    },
    currencies: [COIN],
    feeCurrencies: [{ ...COIN, gasPriceStep: { ...GAS_PRICE_STEP } }],
    stakeCurrency: COIN,
    features: [] as string[],
  };
}

/** The cosmos/chain-registry chain.json shape, so registry-driven tools (cosmos-kit, explorers) can read the devnet. */
export function chainRegistryEntry(genesis: GenesisInfo, origin: string) {
  return {
    $schema: 'https://github.com/cosmos/chain-registry/raw/master/chain.schema.json',
    chain_name: 'nrn',
    chain_type: 'cosmos',
    status: 'live',
    network_type: 'devnet',
    pretty_name: 'NRN',
    chain_id: genesis.chain_id,
    bech32_prefix: BECH32_PREFIX,
    slip44: SLIP44_COSMOS,
    genesis: { genesis_time: genesis.genesis_time },
    fees: { fee_tokens: [{ denom: DENOM, low_gas_price: GAS_PRICE_STEP.low, average_gas_price: GAS_PRICE_STEP.average, high_gas_price: GAS_PRICE_STEP.high }] },
    staking: { staking_tokens: [{ denom: DENOM }] },
    apis: { rpc: [{ address: `${origin}/rpc`, provider: 'nrn dashboard proxy' }], rest: [] as { address: string }[] },
  };
}
