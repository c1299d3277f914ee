// The one usage text, printed on stderr for every wrong or missing argument (exit code 2).
export const USAGE = `Usage: pnpm cli <command> [options]

Commands:
  user create --email EMAIL --password PASSWORD [--full-name NAME]
  org create --name NAME --owner EMAIL [--slug SLUG]
  api-key create --org SLUG --name NAME --scopes read,write,delete [--expires-at ISO-8601] [--as EMAIL]
  plan set --org SLUG --plan free|starter|pro|enterprise
                      (tops the allowance up to the plan's; refused for Stripe-billed orgs)
  credits grant --org SLUG --amount N --reason TEXT
                      (purchased credits: they never expire)
  db migrate
  db reset            (embedded PGlite only; refused when DATABASE_URL is set)
  secrets rotate      re-encrypt stored secrets under ENCRYPTION_KEY (old keys in ENCRYPTION_KEY_PREVIOUS)
  contacts backfill [--org SLUG]
                      contacts from the people of leads found before contacts were rows (safe to rerun)

Each command prints one JSON object on stdout. Logs go to stderr.
Exit codes: 0 success, 1 refused or failed (JSON error on stderr), 2 wrong arguments.`;

/** Wrong or missing arguments: the CLI prints the usage and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
