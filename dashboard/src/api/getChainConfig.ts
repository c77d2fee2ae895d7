// The wallet config the dashboard server derives from the genesis (Keplr's experimentalSuggestChain shape).
export interface KeplrChainInfo {
  chainId: string;
  chainName: string;
  rpc: string;
  rest: string;
  bip44: { coinType: number };
  bech32Config: Record<string, string>;
  currencies: { coinDenom: string; coinMinimalDenom: string; coinDecimals: number }[];
  feeCurrencies: { coinDenom: string; coinMinimalDenom: string; coinDecimals: number; gasPriceStep: { low: number; average: number; high: number } }[];
  stakeCurrency: { coinDenom: string; coinMinimalDenom: string; coinDecimals: number };
  features: string[];
}

/** @example const info = await getKeplrChainInfo(); await window.keplr.experimentalSuggestChain(info); */
export async function getKeplrChainInfo(): Promise<KeplrChainInfo> {
  const res = await fetch('./keplr.json');
  if (!res.ok) throw new Error(`the dashboard server did not serve keplr.json (HTTP ${res.status})`);
  return (await res.json()) as KeplrChainInfo;
}
