import { registerError } from '../../chain/errors.ts';

// Codespace 'trainingset'; codes are part of the API (clients match on them), so they never change meaning.
export const errors = {
  unknownGroup: registerError('trainingset', 2, 'unknown training group'),
  noBond: registerError('trainingset', 3, 'no bond in this group'),
  insufficientBond: registerError('trainingset', 4, 'unstake exceeds the bond'),
  duplicateDelta: registerError('trainingset', 5, 'delta CID was already proposed'),
  staleParent: registerError('trainingset', 6, 'parent version is not the group\'s current version'),
  invalidCid: registerError('trainingset', 7, 'malformed CID'),
  depositTooSmall: registerError('trainingset', 8, 'creation deposit below the minimum'),
  invalidAmount: registerError('trainingset', 9, 'invalid amount'),
  unknownProposal: registerError('trainingset', 10, 'unknown proposal'),
  proposalClosed: registerError('trainingset', 11, 'proposal is closed'),
  invalidGroupConfig: registerError('trainingset', 12, 'invalid group configuration'),
  invalidVersion: registerError('trainingset', 13, 'malformed training-set version'),
  invalidVoteOption: registerError('trainingset', 14, 'invalid vote option'),
  invalidEpochLength: registerError('trainingset', 15, 'epoch length out of range'),
  invalidGenesis: registerError('trainingset', 16, 'invalid trainingset genesis'),
};
