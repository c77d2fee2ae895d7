#!/usr/bin/env node
// Runs under the Node 24 that the project's `node` dev dependency puts first on PATH.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`nrn-trainer needs Node.js 22 or newer (this is ${process.version}); run it through npm (npx nrn-trainer) so the project's Node 24 is used`);
  process.exit(1);
}
const { main } = await import('../trainer/train/cli.ts');
await main();
