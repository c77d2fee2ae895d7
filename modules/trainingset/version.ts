// The training-set version chain is dataset/version.ts, the one implementation the chain and the tools share.
export { genesisVersion, nextVersion } from '../../dataset/version.ts';
