// Config for `hardhat node` only (started by devchain.ts); contracts are compiled by compile.ts with solc-js.
import { join } from 'node:path';
import type { HardhatUserConfig } from 'hardhat/config';

// Hardhat roots relative paths at the repository's package.json; keep its build-info watcher folder in contracts/.
const hardhatDir = join(import.meta.dirname, '.hardhat');

const config: HardhatUserConfig = {
  paths: { artifacts: join(hardhatDir, 'artifacts'), cache: join(hardhatDir, 'cache') },
  networks: {
    node: {
      type: 'edr-simulated',
      chainType: 'l1',
      chainId: 31337,
      // Mainnet's block gas limit, so gas figures measured here mean what they would there.
      blockGasLimit: 30_000_000,
    },
  },
};

export default config;
