import type {ChildProcess} from 'node:child_process';
import type {IAMClient, SimulateCustomPolicyCommandInput} from '@aws-sdk/client-iam';
import type {STSClient} from '@aws-sdk/client-sts';

export function standaloneSandbox(cli: string): Promise<{
	child: ChildProcess;
	endpoint: string;
	credentials: {accessKeyId: string; secretAccessKey: string};
}>;
export function broadPolicy(): string;
export function broadSimulation(policy: string, actions: number, resources: number): SimulateCustomPolicyCommandInput;
export function backtrackingSimulation(): SimulateCustomPolicyCommandInput;
export function broadPages(iam: IAMClient): Promise<Array<{results: number; marker?: string}>>;
export function probedWhile(sts: STSClient, work: Promise<unknown>): Promise<number[]>;
