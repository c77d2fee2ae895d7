// Shapes shared by the dashboard's read actions (CometBFT 0.38 JSON, trimmed and typed).

export interface ChainEvent {
  type: string;
  attributes: { key: string; value: string }[];
}

/** What the app answered for one tx in FinalizeBlock. */
export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  gasWanted: number;
  gasUsed: number;
  events: ChainEvent[];
}

export interface RawTxResult {
  code?: number;
  codespace?: string;
  log?: string;
  gas_wanted?: string;
  gas_used?: string;
  events?: { type: string; attributes?: { key: string; value: string }[] }[];
}

export function toOutcome(r: RawTxResult): TxOutcome {
  return {
    code: r.code ?? 0,
    codespace: r.codespace ?? '',
    log: r.log ?? '',
    gasWanted: Number(r.gas_wanted ?? 0),
    gasUsed: Number(r.gas_used ?? 0),
    events: toEvents(r.events),
  };
}

export function toEvents(events: RawTxResult['events']): ChainEvent[] {
  return (events ?? []).map((e) => ({ type: e.type, attributes: (e.attributes ?? []).map(({ key, value }) => ({ key, value: value ?? '' })) }));
}
