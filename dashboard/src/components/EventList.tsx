// Events as cards of attributes, addresses linked and amounts readable.
import type { ChainEvent } from '../api/types.ts';
import { AttrValue } from './ui.tsx';

export function EventList({ events }: { events: ChainEvent[] }) {
  return (
    <div class="events" data-testid="events">
      {events.map((e, i) => (
        <div class="event" key={i}>
          <div class="event-type">{e.type}</div>
          <table class="kv">
            <tbody>
              {e.attributes.map((a, j) => (
                <tr key={j}><th>{a.key}</th><td><AttrValue k={a.key} v={a.value} /></td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
