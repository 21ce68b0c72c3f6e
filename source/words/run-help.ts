import {SCENARIOS} from '../scenario/scenarios/index.js';
/* `sts-mfa --help` and `sts-mfa run --help`: the demo's options, keys and exit statuses (the README's tables match them: test/cli/help-readme.test.ts). */

/** One row per declared scenario: its name, then its declared help line (English, as the rest of this help). */
const SCENARIO_ROWS = Object.values(SCENARIOS)
	.map((scenario) => `  ${scenario.name.padEnd(26)}${scenario.helpLine.en}`)
	.join('\n');

export const RUN_HELP = `Usage: sts-mfa [run] [options]

Runs an MFA demo: create a user and a virtual MFA device, enable it with two codes, prove that
a request without MFA is denied and one with MFA lists the buckets, then tear everything down.
By default it runs against an embedded sandbox on this machine, not AWS.

Scenario
  --scenario NAME           one of these (without it the dashboard asks, plain mode runs
                            session-token):
${SCENARIO_ROWS}

Target (default: the embedded sandbox)
  --aws                     use a real AWS account (standard credential chain); asks first
  --profile NAME            shared-config profile to use with --aws (default: AWS_PROFILE)
  --region REGION           region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's, us-east-1)
  --endpoint URL            any AWS-compatible endpoint, e.g. a standalone 'sts-mfa sandbox'

Behaviour
  --plain                   line-by-line log instead of the dashboard (automatic without a TTY)
  --json                    print a machine-readable report at the end (implies --plain)
  -y, --yes                 do not ask for confirmation before creating resources
  --auto-mfa                type every MFA code with the built-in authenticator
  --theme dark|light|auto   the dashboard's colours (default: STS_MFA_THEME, else dark; auto:
                            the terminal's background, asked with OSC 11)
  --light-background        with NO_COLOR, draw the QR code for a light terminal background
                            (the dashboard's i key flips it; with colour it is black on white)
  --screen-reader           for screen readers: each change said once as a line, never redrawn; the
                            seed (s) and otpauth URI (u) instead of the QR code (also INK_SCREEN_READER=true)
  --propagation-timeout S   how long to wait for IAM changes to take effect (default 120)
  --propagation-delay S     embedded sandbox only: simulate IAM's eventual consistency
  --record FILE.cast        record the dashboard as an asciicast v2 file (asciinema play FILE.cast),
                            owner-only, as it goes; the revealed seed and every secret left out, the
                            QR code too with --aws or --endpoint (a box says so)
  --record-qr               with --record, keep the QR code against --aws or --endpoint as well
  -h, --help                this help
  -v, --version             the version

Keys in the dashboard: Enter next step, ←/→ review steps, a auto-fill codes, r retry,
t tear down now, q quit (tears down first; during teardown: leave at once), ? all keys.

Exit status
  0         the demo proved its point and left nothing; or you stopped it and nothing is left
  1         a step failed, or the demo did not prove its point (also: input that ended
            before the codes came)
  2         usage or configuration error (a bad flag, an unknown profile, no credentials;
            plain mode without --auto-mfa when stdin can give nothing, e.g. < /dev/null)
  3         something could not be deleted, or a create cut short may have made
            it: 'sts-mfa cleanup' removes it
  130, 143  interrupted (Ctrl-C, SIGINT) or terminated (SIGTERM), after teardown ran`;

/** `sts-mfa --help`: every command, then the demo's own options (RUN_HELP after its opening paragraph). */
export const TOP_HELP = `sts-mfa: a terminal dashboard that shows how an AWS session token that requires MFA works.

Commands
  sts-mfa [run]             run the demo (the default; see 'sts-mfa run --help')
  sts-mfa sandbox           run the embedded AWS-compatible sandbox on its own
  sts-mfa cleanup           delete anything earlier runs left behind
  sts-mfa session           an MFA session for your own profile (see 'sts-mfa session --help')
  sts-mfa check             is MFA really enforced in an account or in policy files? (read-only)
  sts-mfa serve --ssh       a workshop: every attendee's own run over SSH (see 'sts-mfa serve --help')
  sts-mfa presenter         your notes and the next step, beside the running dashboard
  sts-mfa help [COMMAND]    help for a command

Language: --lang en|pt-BR, with any command; else LC_ALL, LC_MESSAGES or LANG (pt_BR.UTF-8);
else English. Commands, flags, AWS names, error codes and the --json report stay as they are.

${RUN_HELP.split('\n').slice(6).join('\n')}`;
