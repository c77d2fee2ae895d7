import { registerError } from '../../chain/errors.ts';

export const errors = {
  invalidGenesis: registerError('mint', 2, 'invalid mint genesis'),
};
