import {spawnSync} from 'node:child_process';

/*
 * botocore itself, as the judge of a shared credentials file: python3 reads the file with
 * botocore's raw_config_parse (what the AWS CLI and boto3 use) and says what every profile holds.
 */

export const hasBotocore = spawnSync('python3', ['-c', 'import botocore.configloader'], {stdio: 'ignore'}).status === 0;
if (!hasBotocore) console.warn('Skipping the checks through botocore: python3 with botocore is not installed.');

// `latin1`: read as botocore does under a Latin-1 locale (open() takes the locale's encoding).
const SCRIPT = `
import builtins, json, sys
if sys.argv[2] == 'latin1':
    _open = builtins.open
    builtins.open = lambda f, *a, **k: _open(f, *a, **{**k, 'encoding': 'latin-1'})
from botocore.configloader import raw_config_parse
from botocore.exceptions import ConfigParseError
try:
    print(json.dumps({'profiles': raw_config_parse(sys.argv[1])}))
except ConfigParseError as error:
    print(json.dumps({'error': str(error)}))
`;

export type BotocoreReading = {profiles: Record<string, Record<string, unknown>>} | {error: string};

/** What botocore reads in `file` (profiles and their settings), or its ConfigParseError. */
export function botocoreRead(file: string, encoding: 'locale' | 'latin1' = 'locale'): BotocoreReading {
	const result = spawnSync('python3', ['-c', SCRIPT, file, encoding], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
	return JSON.parse(result.stdout) as BotocoreReading;
}
