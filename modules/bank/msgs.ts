// Stateless checks of bank's messages (ValidateBasic).
import type { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { assertAddress } from '../../chain/address.ts';
import { parseCoins } from './coins.ts';
import type { Amount } from './coins.ts';

export function validateMsgSend(msg: MsgSend): Amount[] {
  assertAddress(msg.fromAddress, 'from_address');
  assertAddress(msg.toAddress, 'to_address');
  return parseCoins(msg.amount, 'amount');
}
