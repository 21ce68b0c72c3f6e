/* `sts-mfa session --help`. */

export const SESSION_HELP = `Usage: sts-mfa session [options]
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
