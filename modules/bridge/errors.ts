import { registerError } from '../../chain/errors.ts';

// Codespace 'bridge'; codes are part of the API (clients match on them), so they never change meaning.
export const errors = {
  invalidEthAddress: registerError('bridge', 2, 'malformed Ethereum address'),
  invalidSignature: registerError('bridge', 3, 'invalid Ethereum signature'),
  notValidator: registerError('bridge', 4, 'signer is not a bonded validator\'s operator'),
  ethKeyTaken: registerError('bridge', 5, 'Ethereum address is already bound to another validator'),
  ethKeyRegistered: registerError('bridge', 6, 'validator already registered an Ethereum key'),
  noEthKey: registerError('bridge', 7, 'validator has no registered Ethereum key'),
  invalidAmount: registerError('bridge', 8, 'malformed amount'),
  unknownTransfer: registerError('bridge', 9, 'unknown outgoing transfer'),
  notSender: registerError('bridge', 10, 'only the transfer\'s sender may cancel it'),
  alreadyBatched: registerError('bridge', 11, 'transfer is already in a batch'),
  unknownBatch: registerError('bridge', 12, 'unknown or no longer pending batch'),
  unknownValset: registerError('bridge', 13, 'unknown valset'),
  duplicateConfirm: registerError('bridge', 14, 'validator already confirmed this'),
  nonContiguousClaim: registerError('bridge', 15, 'claim event nonce is not the validator\'s next one'),
  conflictingClaim: registerError('bridge', 16, 'validator already voted on this event nonce'),
  invalidGenesis: registerError('bridge', 17, 'invalid bridge genesis'),
  invalidNonce: registerError('bridge', 18, 'malformed nonce'),
  invalidRecipient: registerError('bridge', 19, 'malformed recipient'),
  unknownSettlement: registerError('bridge', 20, 'unknown or superseded settlement'),
};
