import { registerError } from '../../chain/errors.ts';

// Codespace 'checkpoint'; codes are part of the API (clients match on them), so they never change meaning.
export const errors = {
  unknownGroup: registerError('checkpoint', 2, 'unknown training group'),
  revealWithoutCommit: registerError('checkpoint', 3, 'no commitment to reveal'),
  wrongSalt: registerError('checkpoint', 4, 'reveal does not open any of the trainer\'s commitments (wrong salt, CID or trainer)'),
  revealAfterRound: registerError('checkpoint', 5, 'the commitment\'s round has ended'),
  duplicateCid: registerError('checkpoint', 6, 'checkpoint CID was already revealed'),
  notValidator: registerError('checkpoint', 7, 'signer is not a bonded validator\'s operator'),
  duplicateReport: registerError('checkpoint', 8, 'validator already reported on this checkpoint'),
  invalidCid: registerError('checkpoint', 9, 'malformed CID'),
  invalidCommitment: registerError('checkpoint', 10, 'malformed commitment'),
  invalidSalt: registerError('checkpoint', 11, 'malformed salt'),
  invalidLoss: registerError('checkpoint', 12, 'malformed loss'),
  revealTooEarly: registerError('checkpoint', 13, 'reveal must come in a later block than its commit'),
  staleVersion: registerError('checkpoint', 14, 'training-set version is not the group\'s current version'),
  unknownParent: registerError('checkpoint', 15, 'parent checkpoint is not one of the group\'s checkpoints'),
  unknownCheckpoint: registerError('checkpoint', 16, 'unknown checkpoint'),
  roundSettled: registerError('checkpoint', 17, 'the checkpoint\'s round is settled; reports are closed'),
  seedPending: registerError('checkpoint', 18, 'the evaluation seed (hash of the block after the reveal) is not recorded yet'),
  duplicateCommit: registerError('checkpoint', 19, 'this trainer already made this commitment'),
  invalidGenesis: registerError('checkpoint', 20, 'invalid checkpoint genesis'),
  invalidVersion: registerError('checkpoint', 21, 'malformed training-set version'),
};
