// Deploys NRNBridge (which creates its WrappedNRN) and binds ethers contracts to the compiled ABIs.
import { Contract, ContractFactory, Interface, isCallException } from 'ethers';
import type { ContractRunner, InterfaceAbi, Signer } from 'ethers';
import { loadArtifact } from './compile.ts';
import { packMembers } from './hash.ts';
import type { Valset } from './hash.ts';

export interface BridgeDeployment {
  bridge: Contract;
  token: Contract;
  bridgeAddress: string;
  tokenAddress: string;
  /** Block the bridge was created in: orchestrators scan events from here. */
  deployBlock: number;
}

export function bridgeAt(address: string, runner: ContractRunner | null): Contract {
  return new Contract(address, loadArtifact('NRNBridge').abi as InterfaceAbi, runner);
}

export function tokenAt(address: string, runner: ContractRunner | null): Contract {
  return new Contract(address, loadArtifact('WrappedNRN').abi as InterfaceAbi, runner);
}

/** Deploy a bridge whose first signer set is `valset`; `bridgeId` must be unique to this deployment. */
export async function deployBridge(deployer: Signer, bridgeId: string, valset: Valset): Promise<BridgeDeployment> {
  const artifact = loadArtifact('NRNBridge');
  const factory = new ContractFactory(artifact.abi as InterfaceAbi, artifact.bytecode, deployer);
  const deployed = await factory.deploy(bridgeId, packMembers(valset), valset.nonce);
  const receipt = await deployed.deploymentTransaction()?.wait();
  if (!receipt) throw new Error('bridge deployment was not mined');
  const bridgeAddress = await deployed.getAddress();
  const bridge = bridgeAt(bridgeAddress, deployer);
  const tokenAddress = (await bridge.getFunction('token')()) as string;
  return { bridge, token: tokenAt(tokenAddress, deployer), bridgeAddress, tokenAddress, deployBlock: receipt.blockNumber };
}

let errorInterface: Interface | undefined;

/**
 * Name the custom error a failed bridge or token call reverted with (ethers names them only for static calls;
 * a sent transaction fails in eth_estimateGas with the raw revert data). Undefined for anything else.
 */
export function bridgeRevert(err: unknown): { name: string; args: unknown[] } | undefined {
  if (!isCallException(err) || !err.data) return undefined;
  errorInterface ??= new Interface(
    [...loadArtifact('NRNBridge').abi, ...loadArtifact('WrappedNRN').abi].filter(
      (fragment) => (fragment as { type?: string }).type === 'error',
    ) as InterfaceAbi,
  );
  const parsed = errorInterface.parseError(err.data);
  return parsed ? { name: parsed.name, args: [...parsed.args] } : undefined;
}
