// Preloaded with `node --import` by the speed test: writes to STS_MFA_TEST_LOADS every ES module
// the process loads (through a module hook) and every .js file it reads itself (the dashboard
// script is read with readFileSync and run as a vm.Script, not imported).
import fs from 'node:fs';
import {register} from 'node:module';

const out = process.env.STS_MFA_TEST_LOADS;
register(new URL('record-loads-hooks.mjs', import.meta.url), {data: {out}});
const readFileSync = fs.readFileSync;
fs.readFileSync = function recordedReadFileSync(file, ...rest) {
	if (typeof file === 'string' && file.endsWith('.js')) fs.appendFileSync(out, `read ${file}\n`);
	return readFileSync.call(this, file, ...rest);
};
