// One line per Msg of an NRN proto package: its short name in client code, and from that its type URL and the
// [URL, protobufjs class] pair CosmJS's Registry takes, so a type URL is written once.
import type { GeneratedType } from '@cosmjs/proto-signing';

export function msgTypesOf<K extends string>(pkg: string, ns: object, msgs: Record<K, string>): {
  urls: { readonly [k in K]: string };
  types: ReadonlyArray<[string, GeneratedType]>;
} {
  const urls = {} as Record<K, string>;
  const types: [string, GeneratedType][] = [];
  for (const [key, name] of Object.entries(msgs) as [K, string][]) {
    const cls = (ns as Record<string, unknown>)[name];
    if (typeof cls !== 'function') throw new Error(`${pkg}.${name} is not a generated message class`);
    urls[key] = `/${pkg}.${name}`;
    types.push([urls[key], cls as unknown as GeneratedType]);
  }
  return { urls, types };
}
