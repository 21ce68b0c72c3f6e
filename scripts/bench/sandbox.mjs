// The sandbox's signed-request throughput comes from the sandbox's own benchmark,
// scripts/bench-sandbox.mjs (its measureSandboxThroughput), run as is; this only places its
// figures in the table.
import {measureSandboxThroughput} from '../bench-sandbox.mjs';

export async function sandboxThroughput() {
	process.stderr.write('bench: sandbox throughput (scripts/bench-sandbox.mjs: ceiling, sandbox, moto)\n');
	const result = await measureSandboxThroughput();
	const setup = `GetCallerIdentity, JS SDK, concurrency ${result.concurrency}`;
	const rows = [
		{name: 'client ceiling (bare node:http answer)', value: result.ceiling, unit: 'req/s', note: setup},
		{
			name: 'sandbox signed-request throughput',
			value: result.sandbox,
			unit: 'req/s',
			target: `>= ${result.targets.ofCeiling * 100}% of ceiling`,
			pass: result.ofCeiling >= result.targets.ofCeiling,
			note: `${(result.ofCeiling * 100).toFixed(0)}% of the ceiling`,
		},
	];
	if (result.moto === undefined) {
		rows.push({name: 'moto_server', value: undefined, unit: 'req/s', note: 'moto_server not installed'});
	} else {
		rows.push({
			name: 'sandbox vs moto_server',
			value: result.overMoto,
			unit: 'x',
			target: `>= ${result.targets.overMoto}x`,
			pass: result.overMoto >= result.targets.overMoto,
			note: `moto ${Math.round(result.moto).toLocaleString('en-US')} req/s`,
		});
	}
	return rows;
}
