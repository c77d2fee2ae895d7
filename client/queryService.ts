// One NRN module's gRPC query service over a CometBFT connection, as the queries files use it: `ask('Group', bytes)`.
import { QueryClient } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import type { CometClient } from '@cosmjs/tendermint-rpc';

export interface QueryService {
  /** The response bytes of `/<service>/<method>`; a failed query throws CosmJS's "Query failed with (code): log". */
  ask(method: string, request?: Uint8Array): Promise<Uint8Array>;
  comet: CometClient;
}

/** Connects to `rpc` for `service` (e.g. `nrn.trainingset.v1.Query`); `comet.disconnect()` when done. */
export async function connectQueryService(rpc: string, service: string): Promise<QueryService> {
  const comet = await connectComet(rpc);
  const qc = new QueryClient(comet);
  return { comet, ask: async (method, request = new Uint8Array(0)) => (await qc.queryAbci(`/${service}/${method}`, request)).value };
}
