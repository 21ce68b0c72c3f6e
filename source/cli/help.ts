/** The text of `sts-mfa --help` and of each command's --help. Kept beside the parser it documents. */
import {CHECK_HELP} from '../words/check-help.js';
import {SERVE_HELP} from '../words/serve.js';
import {PRESENTER_HELP} from '../words/presenter.js';

const RUN = `Usage: sts-mfa [run] [options]

Runs an MFA demo: create a user and a virtual MFA device, enable it with two codes, prove that
a request without MFA is denied and one with MFA lists the buckets, then tear everything down.
By default it runs against an embedded sandbox on this machine, not AWS.

Scenario
  --scenario NAME           one of these (without it the dashboard asks, plain mode runs
                            session-token):
  session-token             GetSessionToken; the policy allows listing only with MFA (Bool)
  assume-role               a role whose trust policy lets the user assume it only with MFA
  force-mfa                 a Deny with BoolIfExists refuses the long-term key itself

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

const SANDBOX = `Usage: sts-mfa sandbox [options]

Runs the embedded AWS-compatible endpoint (IAM, STS, S3 and CloudTrail's LookupEvents) in the
foreground. It verifies SigV4 signatures and TOTP codes and enforces IAM policies, including
aws:MultiFactorAuthPresent, and AWS's 2023 rule on managing one's own MFA devices.
On start it prints export lines for AWS_ENDPOINT_URL, the administrator's keys, AWS_REGION and
AWS_DEFAULT_REGION (standard output holds nothing else); notes go to stderr. Ctrl-C stops it.
With --detach it runs in the background and returns once it listens, so the lines can be
sourced at once:

  sts-mfa sandbox --detach > sandbox.env && . ./sandbox.env && aws sts get-caller-identity

Options
  -d, --detach              run in the background: print the export lines once it listens, then
                            return (stderr names the process id that 'kill' stops)
  --host HOST               address to bind (default 127.0.0.1)
  --port N                  port (default 4566; 0 picks a free one)
  --state FILE              keep the sandbox's state in FILE across restarts (owner-only file)
  --propagation-delay S     new keys and policy changes take effect only after S seconds
  --account-id ID           12-digit account id (env STS_MFA_SANDBOX_ACCOUNT_ID)
  --access-key-id ID        administrator key id (env STS_MFA_SANDBOX_ACCESS_KEY_ID)
  --secret-access-key KEY   administrator secret; visible to every local user in 'ps': prefer the env
                            STS_MFA_SANDBOX_SECRET_ACCESS_KEY or --secret-access-key-file
  --secret-access-key-file PATH
                            read the administrator secret from PATH (its first line)
  -h, --help                this help`;

const CLEANUP = `Usage: sts-mfa cleanup [options]

Finds what earlier runs on this machine left behind (from their journals), lists it, and deletes
it after confirmation: demo users with their inline policies, access keys and MFA devices, free
virtual MFA devices, and assume-role's roles and customer managed policies. With --aws or
--endpoint it also finds, by the /sts-mfa/ IAM path and sts-mfa's tags, what runs with no record
on this machine left; those may still be running elsewhere, so they are deleted only when older
than --older-than, or when named with --run. Nothing without sts-mfa's tags is touched.

Options
  --aws | --endpoint URL    where to look (as for 'sts-mfa run'); default: each journal's own target
  --profile NAME, --region REGION
  --older-than DURATION     untracked resources at least this old may go: 30m, 2h, 1d (default 1h)
  --run ID                  the untracked resources of this run may go, whatever their age (repeatable)
  --dry-run                 only list what would be deleted
  -y, --yes                 delete without asking
  -h, --help                this help

Exit status
  0         nothing is left behind (or nothing was found; or a dry run)
  1         something is still there, a target could not be searched, or you answered no
  2         usage error (a bad flag or duration)`;

const SESSION = `Usage: sts-mfa session [options]
       sts-mfa session exec [options] -- COMMAND [ARGS...]

Gets an MFA session (STS GetSessionToken) for your own profile and hands it to your AWS tools:
as export lines (eval "$(sts-mfa session)"), as a credential_process answer, in a profile of
~/.aws/credentials, or in the environment of one command (exec). Sessions are cached owner-only
in your cache directory and reused until 5 minutes before they end, so you type a code once.

Source and device
  --profile NAME            the long-term keys to start from (the SDK's standard chain; default:
                            AWS_PROFILE, the environment, then the default profile)
  --region REGION           region for STS (default: AWS_REGION, the profile's, or us-east-1)
  --serial ARN              the MFA device (default: the profile's mfa_serial, else your own
                            device, found with iam:ListMFADevices)
  --duration D              how long the session lasts: 15m to 36h, e.g. 12h, 90m, 3600s (default 12h)

The code (default: asked for on the terminal, /dev/tty, never on stdin or stdout)
  --token-code CODE         the 6-digit code
  --mfa-process CMD         a command whose first line of output is the code, e.g.
                            'op item get AWS --otp' or 'ykman oath accounts code -s AWS'

Output
  --format F                env (default: export lines for eval), json, or credential-process
  --write-profile NAME      write the session into ~/.aws/credentials as [NAME] (nothing else in
                            the file changes); prints nothing unless --format is given
  --no-cache                neither read nor keep a cached session
  --refresh                 get a new session even if a cached one is still good
  -h, --help                this help

'session exec' runs COMMAND with the session in its environment (AWS_PROFILE removed, the
profile's region and endpoint set) and exits with its status. The env format exports them too.

In ~/.aws/config, for every AWS tool to use it on its own (with the region and any endpoint_url
it needs beside it: a credential_process answer carries keys only):
  [profile work-mfa]
  credential_process = sts-mfa session --profile work --format credential-process

Exit status
  0         the session was handed out ('session exec': the command's own status)
  1         AWS refused or could not be reached (a wrong or used code, a clock that is off)
  2         usage or configuration error (a bad flag, an unknown profile, no credentials,
            session credentials as the source, a device that is not yours, no way to get a code)`;

const TOP = `sts-mfa: a terminal dashboard that shows how an AWS session token that requires MFA works.

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

${RUN.split('\n').slice(6).join('\n')}`;

export function helpText(topic?: string): string {
	switch (topic) {
		case 'run':
			return RUN;
		case 'sandbox':
			return SANDBOX;
		case 'cleanup':
			return CLEANUP;
		case 'session':
			return SESSION;
		case 'check':
			return CHECK_HELP;
		case 'serve':
			return SERVE_HELP;
		case 'presenter':
			return PRESENTER_HELP;
		default:
			return TOP;
	}
}
