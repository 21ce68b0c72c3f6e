// The sandbox's signed-request throughput comes from the sandbox's own benchmark,
// scripts/bench-sandbox.mjs, run as is; this only places its figures in the table.
export async function sandboxThroughput() {
	return [{name: 'sandbox throughput', value: undefined, unit: 'req/s', note: 'scripts/bench-sandbox.mjs not available yet'}];
}
