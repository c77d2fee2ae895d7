// Errors carry a codespace and code (what clients match on) and a log a person can read, as in the Cosmos SDK.

export class AppError extends Error {
  readonly codespace: string;
  readonly code: number;
  constructor(codespace: string, code: number, log: string) {
    super(log);
    this.name = 'AppError';
    this.codespace = codespace;
    this.code = code;
  }
}

/** A registered error kind; `wrap` adds the context of the call site in front of its description. */
export interface ErrorKind {
  codespace: string;
  code: number;
  description: string;
  wrap(context: string): AppError;
  is(err: unknown): boolean;
}

const registry = new Map<string, ErrorKind>();

export function registerError(codespace: string, code: number, description: string): ErrorKind {
  const id = `${codespace}/${code}`;
  if (registry.has(id)) throw new Error(`error ${id} registered twice`);
  const kind: ErrorKind = {
    codespace,
    code,
    description,
    wrap: (context: string) => new AppError(codespace, code, `${context}: ${description}`),
    is: (err: unknown) => err instanceof AppError && err.codespace === codespace && err.code === code,
  };
  registry.set(id, kind);
  return kind;
}

// The Cosmos SDK's root errors (types/errors/errors.go), same codes so clients and explorers read them alike.
export const sdk = {
  txDecode: registerError('sdk', 2, 'tx parse error'),
  invalidSequence: registerError('sdk', 3, 'invalid sequence'),
  unauthorized: registerError('sdk', 4, 'unauthorized'),
  insufficientFunds: registerError('sdk', 5, 'insufficient funds'),
  unknownRequest: registerError('sdk', 6, 'unknown request'),
  invalidAddress: registerError('sdk', 7, 'invalid address'),
  invalidPubKey: registerError('sdk', 8, 'invalid pubkey'),
  unknownAddress: registerError('sdk', 9, 'unknown address'),
  invalidCoins: registerError('sdk', 10, 'invalid coins'),
  outOfGas: registerError('sdk', 11, 'out of gas'),
  memoTooLarge: registerError('sdk', 12, 'memo too large'),
  insufficientFee: registerError('sdk', 13, 'insufficient fee'),
  tooManySignatures: registerError('sdk', 14, 'maximum number of signatures exceeded'),
  noSignatures: registerError('sdk', 15, 'no signatures supplied'),
  invalidRequest: registerError('sdk', 18, 'invalid request'),
  txTooLarge: registerError('sdk', 21, 'tx too large'),
  invalidSigner: registerError('sdk', 24, 'tx intended signer does not match the given signer'),
  invalidChainId: registerError('sdk', 28, 'invalid chain-id'),
  txTimeoutHeight: registerError('sdk', 30, 'tx timeout height'),
  unknownExtensionOptions: registerError('sdk', 31, 'unknown extension options'),
  wrongSequence: registerError('sdk', 32, 'incorrect account sequence'),
  notFound: registerError('sdk', 38, 'not found'),
  invalidGasLimit: registerError('sdk', 41, 'invalid gas limit'),
};

/** Turns anything thrown by a handler into an AppError; unexpected errors become a generic internal code. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new AppError('undefined', 1, `internal error: ${msg}`);
}
