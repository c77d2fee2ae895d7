/** A CID string that does not parse; nothing was fetched. */
export class InvalidCidError extends Error {
  readonly cid: string;

  constructor(cid: string, options?: { cause?: unknown }) {
    super(`invalid CID "${cid}": expected a CIDv0 (Qm…) or CIDv1 (bafy…/bafk…) string`, options);
    this.name = 'InvalidCidError';
    this.cid = cid;
  }
}

/** No block of the content arrived within the timeout: no reachable peer or daemon has it. */
export class ContentUnavailableError extends Error {
  readonly cid: string;
  readonly timeoutMs: number;

  constructor(cid: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(
      `content ${cid} is unavailable: no block arrived within ${timeoutMs} ms. ` +
      'Make sure a node that holds it is running and connected (dial its multiaddr, or point --ipfs at a ' +
      'Kubo daemon that has it), or raise the timeout.',
      options
    );
    this.name = 'ContentUnavailableError';
    this.cid = cid;
    this.timeoutMs = timeoutMs;
  }
}

/** A block whose bytes do not hash to its CID: the source is corrupt or dishonest. */
export class ContentVerificationError extends Error {
  readonly cid: string;

  constructor(cid: string, reason: string) {
    super(`block ${cid} failed verification: ${reason}`);
    this.name = 'ContentVerificationError';
    this.cid = cid;
  }
}

/** The CID names something that is not what the caller asked for (e.g. a directory given to getBytes). */
export class UnexpectedContentTypeError extends Error {
  readonly cid: string;

  constructor(cid: string, expected: string, actual: string) {
    super(`content ${cid} is a ${actual}, expected a ${expected}`);
    this.name = 'UnexpectedContentTypeError';
    this.cid = cid;
  }
}

/** Kubo stored content under a CID other than the one the documented import parameters give. */
export class CidMismatchError extends Error {
  readonly expected: string;
  readonly actual: string;

  constructor(expected: string, actual: string) {
    super(
      `Kubo returned CID ${actual} but the documented import parameters give ${expected}; ` +
      'the daemon ignored the add options (check its Import config and version)'
    );
    this.name = 'CidMismatchError';
    this.expected = expected;
    this.actual = actual;
  }
}

/** The Kubo RPC endpoint did not answer. */
export class KuboUnreachableError extends Error {
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    super(`Kubo RPC API at ${url} is not reachable: start the daemon (ipfs daemon) or fix --ipfs`, options);
    this.name = 'KuboUnreachableError';
    this.url = url;
  }
}
