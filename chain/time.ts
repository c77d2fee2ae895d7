// google.protobuf.Timestamp ↔ Unix milliseconds: ABCI headers carry block time as a Timestamp, and the SDK's
// responses (unbonding completion, jail times) report one.
export const toTimestamp = (ms: number) => ({ seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 });

export function fromTimestamp(t: { seconds: bigint; nanos: number } | undefined): number {
  return t ? Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6) : 0;
}
