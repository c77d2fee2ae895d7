// Events as CometBFT indexes them: every attribute is marked for the kv indexer so `tx_search` finds it.
export interface EventAttribute { key: string; value: string; index: boolean }
export interface AppEvent { type: string; attributes: EventAttribute[] }

export function event(type: string, attrs: Record<string, string>): AppEvent {
  return { type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index: true })) };
}

export class EventSink {
  readonly events: AppEvent[] = [];
  /** False where the events are thrown away (CheckTx answers carry none): emitters may skip building them. */
  readonly keep: boolean;
  constructor(keep = true) { this.keep = keep; }
  emit(e: AppEvent) { if (this.keep) this.events.push(e); }
}
