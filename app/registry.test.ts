// The client registry and the chain agree: every Msg the app routes can be encoded by a CosmJS client built with
// createRegistry(), and every NRN type the registry adds is a Msg the app routes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nrnModules } from './wiring.ts';
import { createRegistry, nrnTypes } from '../client/registry.ts';
import { chainMsgTypes } from '../client/chain-types.ts';

test('createRegistry() knows every Msg the chain routes, and adds none the chain does not', () => {
  const routed = nrnModules().modules.flatMap((m) => m.msgs.map((h) => h.typeUrl));
  const registry = createRegistry();
  const missing = routed.filter((url) => !registry.lookupType(url));
  assert.deepEqual(missing, [], 'a CosmJS client could not encode these');
  const unrouted = nrnTypes.map(([url]) => url).filter((url) => !routed.includes(url));
  assert.deepEqual(unrouted, [], 'the registry adds types no module handles');
  assert.equal(new Set(nrnTypes.map(([url]) => url)).size, nrnTypes.length, 'each NRN type once');
});

test('chainMsgTypes is exactly the set of Msgs the chain routes, and decodes what createRegistry encodes', () => {
  const routed = nrnModules().modules.flatMap((m) => m.msgs.map((h) => h.typeUrl));
  assert.deepEqual([...chainMsgTypes.keys()].sort(), [...routed].sort());
  const registry = createRegistry();
  const send = { fromAddress: 'nrn1from', toAddress: 'nrn1to', amount: [{ denom: 'unrn', amount: '5' }] };
  const any = registry.encodeAsAny({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: send });
  assert.deepEqual(chainMsgTypes.get(any.typeUrl)!.decode(any.value), send);
});
