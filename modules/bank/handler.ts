// Bank's message handlers: check the signer's state, write, emit.
import { MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { MsgHandler } from '../../chain/module.ts';
import { event } from '../../chain/events.ts';
import type { BankView } from './keeper.ts';
import { validateMsgSend } from './msgs.ts';
import { errors } from './errors.ts';

export function msgSendHandler(bank: BankView, blockedRecipients: () => Set<string>): MsgHandler<MsgSend, ReturnType<typeof validateMsgSend>> {
  return {
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    codec: MsgSend,
    signers: (m) => [m.fromAddress],
    validate: validateMsgSend,
    execute(ctx, m, coins) {
      if (blockedRecipients().has(m.toAddress)) throw errors.sendDisabled.wrap(`${m.toAddress} is a module account`);
      bank.send(ctx, m.fromAddress, m.toAddress, coins);
      ctx.events.emit(event('message', { sender: m.fromAddress }));
      return { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: MsgSendResponse.encode({}).finish() };
    },
  };
}
