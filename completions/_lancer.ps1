
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'lancer' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'lancer'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'lancer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('clients', 'clients', [CompletionResultType]::ParameterValue, 'Clients: the hiring side of a job')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Clients: the hiring side of a job')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Job posts')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Job posts')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Your profiles: one general, up to two specialized')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Your profiles: one general, up to two specialized')
            [CompletionResult]::new('agencies', 'agencies', [CompletionResultType]::ParameterValue, 'Agencies you belong to and their members')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'Agencies you belong to and their members')
            [CompletionResult]::new('invites', 'invites', [CompletionResultType]::ParameterValue, 'Invitations to interview: review, accept, decline, ignore')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invitations to interview: review, accept, decline, ignore')
            [CompletionResult]::new('proposals', 'proposals', [CompletionResultType]::ParameterValue, 'Proposals: terms, fees, Connects, status')
            [CompletionResult]::new('proposal', 'proposal', [CompletionResultType]::ParameterValue, 'Proposals: terms, fees, Connects, status')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'Message rooms of proposals')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Message rooms of proposals')
            [CompletionResult]::new('offers', 'offers', [CompletionResultType]::ParameterValue, 'Offers from clients: accept to start a contract, or decline')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Offers from clients: accept to start a contract, or decline')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts: what accepted offers and catalog orders became')
            [CompletionResult]::new('contract', 'contract', [CompletionResultType]::ParameterValue, 'Contracts: what accepted offers and catalog orders became')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Catalog projects: fixed-price services clients order directly')
            [CompletionResult]::new('connects', 'connects', [CompletionResultType]::ParameterValue, 'Connects: balance, lots, grants, purchases, spending')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connects: balance, lots, grants, purchases, spending')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Check a text for contact information and extra-reward offers')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'Check a draft cover letter against its job and your other letters')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Response time, funnel, win rate and Connects per hire')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill the store with a coherent demo world, deterministically')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of an entity''s JSON output')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every record of the store as JSON or NDJSON')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load an export (or a hand-written fixture), all or nothing')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The event history, newest first')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The store: where it is, check it, back it up')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Policy settings: fees, plan, Connects price, windows')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;clients' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s details (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;client' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s details (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;clients;add' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'Rating from 0 to 5, at most two decimals')
            [CompletionResult]::new('--reviews', '--reviews', [CompletionResultType]::ParameterName, 'Number of reviews')
            [CompletionResult]::new('--hire-rate', '--hire-rate', [CompletionResultType]::ParameterName, 'Hire rate in percent')
            [CompletionResult]::new('--total-spent', '--total-spent', [CompletionResultType]::ParameterName, 'Total spent on the marketplace, e.g. 125000 or $1200.50')
            [CompletionResult]::new('--avg-hourly-paid', '--avg-hourly-paid', [CompletionResultType]::ParameterName, 'Average hourly rate paid')
            [CompletionResult]::new('--jobs-posted', '--jobs-posted', [CompletionResultType]::ParameterName, 'Jobs the client has posted')
            [CompletionResult]::new('--member-since', '--member-since', [CompletionResultType]::ParameterName, 'Member since (YYYY-MM-DD)')
            [CompletionResult]::new('--feedback', '--feedback', [CompletionResultType]::ParameterName, 'A line of recent feedback from freelancers (repeat for more)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--payment-verified', '--payment-verified', [CompletionResultType]::ParameterName, 'The client''s payment method is verified')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;client;add' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'Rating from 0 to 5, at most two decimals')
            [CompletionResult]::new('--reviews', '--reviews', [CompletionResultType]::ParameterName, 'Number of reviews')
            [CompletionResult]::new('--hire-rate', '--hire-rate', [CompletionResultType]::ParameterName, 'Hire rate in percent')
            [CompletionResult]::new('--total-spent', '--total-spent', [CompletionResultType]::ParameterName, 'Total spent on the marketplace, e.g. 125000 or $1200.50')
            [CompletionResult]::new('--avg-hourly-paid', '--avg-hourly-paid', [CompletionResultType]::ParameterName, 'Average hourly rate paid')
            [CompletionResult]::new('--jobs-posted', '--jobs-posted', [CompletionResultType]::ParameterName, 'Jobs the client has posted')
            [CompletionResult]::new('--member-since', '--member-since', [CompletionResultType]::ParameterName, 'Member since (YYYY-MM-DD)')
            [CompletionResult]::new('--feedback', '--feedback', [CompletionResultType]::ParameterName, 'A line of recent feedback from freelancers (repeat for more)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--payment-verified', '--payment-verified', [CompletionResultType]::ParameterName, 'The client''s payment method is verified')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;clients;list' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Only clients from this country')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only clients whose name contains this text')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list (rating and spent: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'Only clients with a verified payment method')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;clients;ls' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Only clients from this country')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only clients whose name contains this text')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list (rating and spent: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'Only clients with a verified payment method')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;client;list' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Only clients from this country')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only clients whose name contains this text')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list (rating and spent: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'Only clients with a verified payment method')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;client;ls' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Only clients from this country')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only clients whose name contains this text')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list (rating and spent: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'Only clients with a verified payment method')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;clients;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;client;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;clients;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'New uid')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'Rating from 0 to 5, at most two decimals')
            [CompletionResult]::new('--reviews', '--reviews', [CompletionResultType]::ParameterName, 'Number of reviews')
            [CompletionResult]::new('--hire-rate', '--hire-rate', [CompletionResultType]::ParameterName, 'Hire rate in percent')
            [CompletionResult]::new('--total-spent', '--total-spent', [CompletionResultType]::ParameterName, 'Total spent on the marketplace, e.g. 125000 or $1200.50')
            [CompletionResult]::new('--avg-hourly-paid', '--avg-hourly-paid', [CompletionResultType]::ParameterName, 'Average hourly rate paid')
            [CompletionResult]::new('--jobs-posted', '--jobs-posted', [CompletionResultType]::ParameterName, 'Jobs the client has posted')
            [CompletionResult]::new('--member-since', '--member-since', [CompletionResultType]::ParameterName, 'Member since (YYYY-MM-DD)')
            [CompletionResult]::new('--feedback', '--feedback', [CompletionResultType]::ParameterName, 'A line of recent feedback from freelancers (repeat for more)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--no-payment-verified', '--no-payment-verified', [CompletionResultType]::ParameterName, 'Mark the payment method unverified')
            [CompletionResult]::new('--clear-feedback', '--clear-feedback', [CompletionResultType]::ParameterName, 'Remove all recorded feedback before adding any --feedback')
            [CompletionResult]::new('--payment-verified', '--payment-verified', [CompletionResultType]::ParameterName, 'The client''s payment method is verified')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;client;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'New uid')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'Rating from 0 to 5, at most two decimals')
            [CompletionResult]::new('--reviews', '--reviews', [CompletionResultType]::ParameterName, 'Number of reviews')
            [CompletionResult]::new('--hire-rate', '--hire-rate', [CompletionResultType]::ParameterName, 'Hire rate in percent')
            [CompletionResult]::new('--total-spent', '--total-spent', [CompletionResultType]::ParameterName, 'Total spent on the marketplace, e.g. 125000 or $1200.50')
            [CompletionResult]::new('--avg-hourly-paid', '--avg-hourly-paid', [CompletionResultType]::ParameterName, 'Average hourly rate paid')
            [CompletionResult]::new('--jobs-posted', '--jobs-posted', [CompletionResultType]::ParameterName, 'Jobs the client has posted')
            [CompletionResult]::new('--member-since', '--member-since', [CompletionResultType]::ParameterName, 'Member since (YYYY-MM-DD)')
            [CompletionResult]::new('--feedback', '--feedback', [CompletionResultType]::ParameterName, 'A line of recent feedback from freelancers (repeat for more)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--no-payment-verified', '--no-payment-verified', [CompletionResultType]::ParameterName, 'Mark the payment method unverified')
            [CompletionResult]::new('--clear-feedback', '--clear-feedback', [CompletionResultType]::ParameterName, 'Remove all recorded feedback before adding any --feedback')
            [CompletionResult]::new('--payment-verified', '--payment-verified', [CompletionResultType]::ParameterName, 'The client''s payment method is verified')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;clients;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s details (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;clients;help;add' {
            break
        }
        'lancer;clients;help;list' {
            break
        }
        'lancer;clients;help;show' {
            break
        }
        'lancer;clients;help;edit' {
            break
        }
        'lancer;clients;help;help' {
            break
        }
        'lancer;client;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s details (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;client;help;add' {
            break
        }
        'lancer;client;help;list' {
            break
        }
        'lancer;client;help;show' {
            break
        }
        'lancer;client;help;edit' {
            break
        }
        'lancer;client;help;help' {
            break
        }
        'lancer;jobs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a job post')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job post')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a job post (only the flags given)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a job: filled, cancelled (refunds Connects spent on it) or expired')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;job' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a job post')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job post')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a job post (only the flags given)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a job: filled, cancelled (refunds Connects spent on it) or expired')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;jobs;add' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'The client who posted it (id or uid)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The job''s title')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The job''s description')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill the job asks for (repeat for more)')
            [CompletionResult]::new('--hourly', '--hourly', [CompletionResultType]::ParameterName, 'Hourly budget range, e.g. 20-40')
            [CompletionResult]::new('--fixed', '--fixed', [CompletionResultType]::ParameterName, 'Fixed budget for the whole job, e.g. 300')
            [CompletionResult]::new('--connects', '--connects', [CompletionResultType]::ParameterName, 'Connects a proposal costs (0-16); derived from the budget when left out')
            [CompletionResult]::new('--question', '--question', [CompletionResultType]::ParameterName, 'A screening question (repeat for more)')
            [CompletionResult]::new('--experience', '--experience', [CompletionResultType]::ParameterName, 'Experience level: entry, intermediate or expert')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Expected project length')
            [CompletionResult]::new('--posted-at', '--posted-at', [CompletionResultType]::ParameterName, 'When it was posted (a date, RFC 3339, 3d…) [default: now]')
            [CompletionResult]::new('--proposals', '--proposals', [CompletionResultType]::ParameterName, 'Activity: proposals the job has')
            [CompletionResult]::new('--invites-sent', '--invites-sent', [CompletionResultType]::ParameterName, 'Activity: invites the client sent')
            [CompletionResult]::new('--interviewing', '--interviewing', [CompletionResultType]::ParameterName, 'Activity: freelancers being interviewed')
            [CompletionResult]::new('--last-viewed-at', '--last-viewed-at', [CompletionResultType]::ParameterName, 'Activity: when the client last viewed the job')
            [CompletionResult]::new('--bid-range', '--bid-range', [CompletionResultType]::ParameterName, 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'A Featured job (its invites may come from the platform)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Invite-only: no referrals')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;job;add' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'The client who posted it (id or uid)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The job''s title')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The job''s description')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill the job asks for (repeat for more)')
            [CompletionResult]::new('--hourly', '--hourly', [CompletionResultType]::ParameterName, 'Hourly budget range, e.g. 20-40')
            [CompletionResult]::new('--fixed', '--fixed', [CompletionResultType]::ParameterName, 'Fixed budget for the whole job, e.g. 300')
            [CompletionResult]::new('--connects', '--connects', [CompletionResultType]::ParameterName, 'Connects a proposal costs (0-16); derived from the budget when left out')
            [CompletionResult]::new('--question', '--question', [CompletionResultType]::ParameterName, 'A screening question (repeat for more)')
            [CompletionResult]::new('--experience', '--experience', [CompletionResultType]::ParameterName, 'Experience level: entry, intermediate or expert')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Expected project length')
            [CompletionResult]::new('--posted-at', '--posted-at', [CompletionResultType]::ParameterName, 'When it was posted (a date, RFC 3339, 3d…) [default: now]')
            [CompletionResult]::new('--proposals', '--proposals', [CompletionResultType]::ParameterName, 'Activity: proposals the job has')
            [CompletionResult]::new('--invites-sent', '--invites-sent', [CompletionResultType]::ParameterName, 'Activity: invites the client sent')
            [CompletionResult]::new('--interviewing', '--interviewing', [CompletionResultType]::ParameterName, 'Activity: freelancers being interviewed')
            [CompletionResult]::new('--last-viewed-at', '--last-viewed-at', [CompletionResultType]::ParameterName, 'Activity: when the client last viewed the job')
            [CompletionResult]::new('--bid-range', '--bid-range', [CompletionResultType]::ParameterName, 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'A Featured job (its invites may come from the platform)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Invite-only: no referrals')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;jobs;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s jobs (id or uid)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only open or closed jobs')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only jobs asking for this skill')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order (posted: newest first; budget: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'Only Featured jobs')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Only private (invite-only) jobs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;jobs;ls' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s jobs (id or uid)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only open or closed jobs')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only jobs asking for this skill')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order (posted: newest first; budget: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'Only Featured jobs')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Only private (invite-only) jobs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;job;list' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s jobs (id or uid)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only open or closed jobs')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only jobs asking for this skill')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order (posted: newest first; budget: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'Only Featured jobs')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Only private (invite-only) jobs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;job;ls' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s jobs (id or uid)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only open or closed jobs')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only jobs asking for this skill')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order (posted: newest first; budget: highest first)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'Only Featured jobs')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Only private (invite-only) jobs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;jobs;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;job;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;jobs;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'New uid')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The job''s description')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill the job asks for (repeat for more)')
            [CompletionResult]::new('--hourly', '--hourly', [CompletionResultType]::ParameterName, 'Hourly budget range, e.g. 20-40')
            [CompletionResult]::new('--fixed', '--fixed', [CompletionResultType]::ParameterName, 'Fixed budget for the whole job, e.g. 300')
            [CompletionResult]::new('--connects', '--connects', [CompletionResultType]::ParameterName, 'Connects a proposal costs (0-16); derived from the budget when left out')
            [CompletionResult]::new('--question', '--question', [CompletionResultType]::ParameterName, 'A screening question (repeat for more)')
            [CompletionResult]::new('--experience', '--experience', [CompletionResultType]::ParameterName, 'Experience level: entry, intermediate or expert')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Expected project length')
            [CompletionResult]::new('--posted-at', '--posted-at', [CompletionResultType]::ParameterName, 'When it was posted (a date, RFC 3339, 3d…) [default: now]')
            [CompletionResult]::new('--proposals', '--proposals', [CompletionResultType]::ParameterName, 'Activity: proposals the job has')
            [CompletionResult]::new('--invites-sent', '--invites-sent', [CompletionResultType]::ParameterName, 'Activity: invites the client sent')
            [CompletionResult]::new('--interviewing', '--interviewing', [CompletionResultType]::ParameterName, 'Activity: freelancers being interviewed')
            [CompletionResult]::new('--last-viewed-at', '--last-viewed-at', [CompletionResultType]::ParameterName, 'Activity: when the client last viewed the job')
            [CompletionResult]::new('--bid-range', '--bid-range', [CompletionResultType]::ParameterName, 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--clear-skills', '--clear-skills', [CompletionResultType]::ParameterName, 'Replace the skills with the --skill flags given')
            [CompletionResult]::new('--clear-questions', '--clear-questions', [CompletionResultType]::ParameterName, 'Replace the screening questions with the --question flags given')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'A Featured job (its invites may come from the platform)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Invite-only: no referrals')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;job;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'New uid')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The job''s description')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill the job asks for (repeat for more)')
            [CompletionResult]::new('--hourly', '--hourly', [CompletionResultType]::ParameterName, 'Hourly budget range, e.g. 20-40')
            [CompletionResult]::new('--fixed', '--fixed', [CompletionResultType]::ParameterName, 'Fixed budget for the whole job, e.g. 300')
            [CompletionResult]::new('--connects', '--connects', [CompletionResultType]::ParameterName, 'Connects a proposal costs (0-16); derived from the budget when left out')
            [CompletionResult]::new('--question', '--question', [CompletionResultType]::ParameterName, 'A screening question (repeat for more)')
            [CompletionResult]::new('--experience', '--experience', [CompletionResultType]::ParameterName, 'Experience level: entry, intermediate or expert')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Expected project length')
            [CompletionResult]::new('--posted-at', '--posted-at', [CompletionResultType]::ParameterName, 'When it was posted (a date, RFC 3339, 3d…) [default: now]')
            [CompletionResult]::new('--proposals', '--proposals', [CompletionResultType]::ParameterName, 'Activity: proposals the job has')
            [CompletionResult]::new('--invites-sent', '--invites-sent', [CompletionResultType]::ParameterName, 'Activity: invites the client sent')
            [CompletionResult]::new('--interviewing', '--interviewing', [CompletionResultType]::ParameterName, 'Activity: freelancers being interviewed')
            [CompletionResult]::new('--last-viewed-at', '--last-viewed-at', [CompletionResultType]::ParameterName, 'Activity: when the client last viewed the job')
            [CompletionResult]::new('--bid-range', '--bid-range', [CompletionResultType]::ParameterName, 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--clear-skills', '--clear-skills', [CompletionResultType]::ParameterName, 'Replace the skills with the --skill flags given')
            [CompletionResult]::new('--clear-questions', '--clear-questions', [CompletionResultType]::ParameterName, 'Replace the screening questions with the --question flags given')
            [CompletionResult]::new('--featured', '--featured', [CompletionResultType]::ParameterName, 'A Featured job (its invites may come from the platform)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Invite-only: no referrals')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;jobs;close' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it closed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;job;close' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it closed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;jobs;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a job post')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job post')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a job post (only the flags given)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a job: filled, cancelled (refunds Connects spent on it) or expired')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;jobs;help;add' {
            break
        }
        'lancer;jobs;help;list' {
            break
        }
        'lancer;jobs;help;show' {
            break
        }
        'lancer;jobs;help;edit' {
            break
        }
        'lancer;jobs;help;close' {
            break
        }
        'lancer;jobs;help;help' {
            break
        }
        'lancer;job;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a job post')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job post')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a job post (only the flags given)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a job: filled, cancelled (refunds Connects spent on it) or expired')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;job;help;add' {
            break
        }
        'lancer;job;help;list' {
            break
        }
        'lancer;job;help;show' {
            break
        }
        'lancer;job;help;edit' {
            break
        }
        'lancer;job;help;close' {
            break
        }
        'lancer;job;help;help' {
            break
        }
        'lancer;profiles' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a profile (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;profile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a profile (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;profiles;add' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Headline shown to clients')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Default hourly rate (3.00 to 999.99)')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill (repeat for more)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency this profile works through (id, uid or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Your role in that agency')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--specialized', '--specialized', [CompletionResultType]::ParameterName, 'A specialized profile (at most two), not the general one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profile;add' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Headline shown to clients')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Default hourly rate (3.00 to 999.99)')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill (repeat for more)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency this profile works through (id, uid or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Your role in that agency')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--specialized', '--specialized', [CompletionResultType]::ParameterName, 'A specialized profile (at most two), not the general one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profiles;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only general or only specialized profiles')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profiles;ls' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only general or only specialized profiles')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profile;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only general or only specialized profiles')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profile;ls' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only general or only specialized profiles')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profiles;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profile;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profiles;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'New uid')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Headline shown to clients')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Default hourly rate (3.00 to 999.99)')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill (repeat for more)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency this profile works through (id, uid or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Your role in that agency')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--clear-skills', '--clear-skills', [CompletionResultType]::ParameterName, 'Replace the skills with the --skill flags given')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profile;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'New uid')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Headline shown to clients')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Default hourly rate (3.00 to 999.99)')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'A skill (repeat for more)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency this profile works through (id, uid or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Your role in that agency')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--clear-skills', '--clear-skills', [CompletionResultType]::ParameterName, 'Replace the skills with the --skill flags given')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;profiles;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a profile (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;profiles;help;add' {
            break
        }
        'lancer;profiles;help;list' {
            break
        }
        'lancer;profiles;help;show' {
            break
        }
        'lancer;profiles;help;edit' {
            break
        }
        'lancer;profiles;help;help' {
            break
        }
        'lancer;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a profile (only the flags given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;profile;help;add' {
            break
        }
        'lancer;profile;help;list' {
            break
        }
        'lancer;profile;help;show' {
            break
        }
        'lancer;profile;help;edit' {
            break
        }
        'lancer;profile;help;help' {
            break
        }
        'lancer;agencies' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an agency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agency')
            [CompletionResult]::new('member-add', 'member-add', [CompletionResultType]::ParameterValue, 'Add a member to an agency, or change a member''s role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;agency' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an agency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agency')
            [CompletionResult]::new('member-add', 'member-add', [CompletionResultType]::ParameterValue, 'Add a member to an agency, or change a member''s role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;agencies;add' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agency;add' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agencies;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agencies;ls' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agency;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agency;ls' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agencies;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agency;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agencies;member-add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The member''s role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agency;member-add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The member''s role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;agencies;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an agency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agency')
            [CompletionResult]::new('member-add', 'member-add', [CompletionResultType]::ParameterValue, 'Add a member to an agency, or change a member''s role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;agencies;help;add' {
            break
        }
        'lancer;agencies;help;list' {
            break
        }
        'lancer;agencies;help;show' {
            break
        }
        'lancer;agencies;help;member-add' {
            break
        }
        'lancer;agencies;help;help' {
            break
        }
        'lancer;agency;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an agency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agency')
            [CompletionResult]::new('member-add', 'member-add', [CompletionResultType]::ParameterValue, 'Add a member to an agency, or change a member''s role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;agency;help;add' {
            break
        }
        'lancer;agency;help;list' {
            break
        }
        'lancer;agency;help;show' {
            break
        }
        'lancer;agency;help;member-add' {
            break
        }
        'lancer;agency;help;help' {
            break
        }
        'lancer;invites' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record an invitation the client (or the platform) sent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation with its job, client, score and history (a person''s look marks it viewed)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: it becomes an active proposal with a message room')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation with a reason')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Move pending invitations to the archive without answering them')
            [CompletionResult]::new('mark-withdrawn', 'mark-withdrawn', [CompletionResultType]::ParameterValue, 'Record that the client withdrew the invitation')
            [CompletionResult]::new('interview', 'interview', [CompletionResultType]::ParameterValue, 'Start or submit an invitation''s instant interview')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record an invitation the client (or the platform) sent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation with its job, client, score and history (a person''s look marks it viewed)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: it becomes an active proposal with a message room')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation with a reason')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Move pending invitations to the archive without answering them')
            [CompletionResult]::new('mark-withdrawn', 'mark-withdrawn', [CompletionResultType]::ParameterValue, 'Record that the client withdrew the invitation')
            [CompletionResult]::new('interview', 'interview', [CompletionResultType]::ParameterValue, 'Start or submit an invitation''s instant interview')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;invites;receive' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'The job it invites you to (id or uid)')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'client (sent by the client) or featured (sent by the platform for a Featured job)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The client''s message')
            [CompletionResult]::new('--received-at', '--received-at', [CompletionResultType]::ParameterName, 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--interview', '--interview', [CompletionResultType]::ParameterName, 'The invite requires an instant interview')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;receive' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'The job it invites you to (id or uid)')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'client (sent by the client) or featured (sent by the platform for a Featured job)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The client''s message')
            [CompletionResult]::new('--received-at', '--received-at', [CompletionResultType]::ParameterName, 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--interview', '--interview', [CompletionResultType]::ParameterName, 'The invite requires an instant interview')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invites in this status')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only client or featured invites')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only invites to this job (id or uid)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only invites from this client (id or uid)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only invites received before this time (the same forms as --since)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: received (newest first), oldest, job, id, score (best pending invites first)')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Only pending invites whose triage score is at least this (0 to 100)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Only invites not yet opened with `invite show`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invites in this status')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only client or featured invites')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only invites to this job (id or uid)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only invites from this client (id or uid)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only invites received before this time (the same forms as --since)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: received (newest first), oldest, job, id, score (best pending invites first)')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Only pending invites whose triage score is at least this (0 to 100)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Only invites not yet opened with `invite show`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invites in this status')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only client or featured invites')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only invites to this job (id or uid)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only invites from this client (id or uid)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only invites received before this time (the same forms as --since)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: received (newest first), oldest, job, id, score (best pending invites first)')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Only pending invites whose triage score is at least this (0 to 100)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Only invites not yet opened with `invite show`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invites in this status')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only client or featured invites')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only invites to this job (id or uid)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only invites from this client (id or uid)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only invites received before this time (the same forms as --since)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: received (newest first), oldest, job, id, score (best pending invites first)')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Only pending invites whose triage score is at least this (0 to 100)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Only invites not yet opened with `invite show`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--mark-viewed', '--mark-viewed', [CompletionResultType]::ParameterName, 'Mark it viewed even when the output is not a table on a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--mark-viewed', '--mark-viewed', [CompletionResultType]::ParameterName, 'Mark it viewed even when the output is not a table on a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;accept' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Send it from this profile: `general` (default) or a specialized profile''s name')
            [CompletionResult]::new('--cover-letter', '--cover-letter', [CompletionResultType]::ParameterName, 'The cover letter (at most 5,000 characters)')
            [CompletionResult]::new('--cover-letter-file', '--cover-letter-file', [CompletionResultType]::ParameterName, 'Read the cover letter from a file, or `-` for standard input')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer screening question N (from 1): N=TEXT (repeat)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (up to 10, each at most 25 MiB; stored in the store)')
            [CompletionResult]::new('--boost', '--boost', [CompletionResultType]::ParameterName, 'Also boost the proposal with this many Connects (1 to 100; once)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Send it through this agency (its Connects pay)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The agency member sending it')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new proposal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;accept' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Send it from this profile: `general` (default) or a specialized profile''s name')
            [CompletionResult]::new('--cover-letter', '--cover-letter', [CompletionResultType]::ParameterName, 'The cover letter (at most 5,000 characters)')
            [CompletionResult]::new('--cover-letter-file', '--cover-letter-file', [CompletionResultType]::ParameterName, 'Read the cover letter from a file, or `-` for standard input')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer screening question N (from 1): N=TEXT (repeat)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (up to 10, each at most 25 MiB; stored in the store)')
            [CompletionResult]::new('--boost', '--boost', [CompletionResultType]::ParameterName, 'Also boost the proposal with this many Connects (1 to 100; once)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Send it through this agency (its Connects pay)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The agency member sending it')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new proposal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;decline' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: not-my-skills, not-interested, too-busy, budget-too-low, client-concerns, spam, other')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message to the client (no contact information)')
            [CompletionResult]::new('--refer', '--refer', [CompletionResultType]::ParameterName, 'Refer another freelancer instead: their profile URL or email address')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;decline' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: not-my-skills, not-interested, too-busy, budget-too-low, client-concerns, spam, other')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message to the client (no contact information)')
            [CompletionResult]::new('--refer', '--refer', [CompletionResultType]::ParameterName, 'Refer another freelancer instead: their profile URL or email address')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;ignore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;ignore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;mark-withdrawn' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;mark-withdrawn' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;interview' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invite;interview' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;invites;help' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record an invitation the client (or the platform) sent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation with its job, client, score and history (a person''s look marks it viewed)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: it becomes an active proposal with a message room')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation with a reason')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Move pending invitations to the archive without answering them')
            [CompletionResult]::new('mark-withdrawn', 'mark-withdrawn', [CompletionResultType]::ParameterValue, 'Record that the client withdrew the invitation')
            [CompletionResult]::new('interview', 'interview', [CompletionResultType]::ParameterValue, 'Start or submit an invitation''s instant interview')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;invites;help;receive' {
            break
        }
        'lancer;invites;help;list' {
            break
        }
        'lancer;invites;help;show' {
            break
        }
        'lancer;invites;help;accept' {
            break
        }
        'lancer;invites;help;decline' {
            break
        }
        'lancer;invites;help;ignore' {
            break
        }
        'lancer;invites;help;mark-withdrawn' {
            break
        }
        'lancer;invites;help;interview' {
            break
        }
        'lancer;invites;help;help' {
            break
        }
        'lancer;invite;help' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record an invitation the client (or the platform) sent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation with its job, client, score and history (a person''s look marks it viewed)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: it becomes an active proposal with a message room')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation with a reason')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Move pending invitations to the archive without answering them')
            [CompletionResult]::new('mark-withdrawn', 'mark-withdrawn', [CompletionResultType]::ParameterValue, 'Record that the client withdrew the invitation')
            [CompletionResult]::new('interview', 'interview', [CompletionResultType]::ParameterValue, 'Start or submit an invitation''s instant interview')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;invite;help;receive' {
            break
        }
        'lancer;invite;help;list' {
            break
        }
        'lancer;invite;help;show' {
            break
        }
        'lancer;invite;help;accept' {
            break
        }
        'lancer;invite;help;decline' {
            break
        }
        'lancer;invite;help;ignore' {
            break
        }
        'lancer;invite;help;mark-withdrawn' {
            break
        }
        'lancer;invite;help;interview' {
            break
        }
        'lancer;invite;help;help' {
            break
        }
        'lancer;proposals' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a proposal to a public job (costs the job''s Connects)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: terms, fee, Connects, room, offer, edit window')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a proposal''s letter, answers, attachments or terms, within their windows')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a proposal (no Connects come back)')
            [CompletionResult]::new('boost', 'boost', [CompletionResultType]::ParameterValue, 'Boost a proposal with Connects (once)')
            [CompletionResult]::new('mark-viewed', 'mark-viewed', [CompletionResultType]::ParameterValue, 'Record that the client viewed the proposal (closes the letter''s edit window)')
            [CompletionResult]::new('mark-declined', 'mark-declined', [CompletionResultType]::ParameterValue, 'Record that the client declined the proposal')
            [CompletionResult]::new('mark-outbid', 'mark-outbid', [CompletionResultType]::ParameterValue, 'Record that the boost was outbid: its Connects come back')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the cover letter against the job and your other letters (no AI, no network)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write one of a proposal''s attachments to a file or standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;proposal' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a proposal to a public job (costs the job''s Connects)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: terms, fee, Connects, room, offer, edit window')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a proposal''s letter, answers, attachments or terms, within their windows')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a proposal (no Connects come back)')
            [CompletionResult]::new('boost', 'boost', [CompletionResultType]::ParameterValue, 'Boost a proposal with Connects (once)')
            [CompletionResult]::new('mark-viewed', 'mark-viewed', [CompletionResultType]::ParameterValue, 'Record that the client viewed the proposal (closes the letter''s edit window)')
            [CompletionResult]::new('mark-declined', 'mark-declined', [CompletionResultType]::ParameterValue, 'Record that the client declined the proposal')
            [CompletionResult]::new('mark-outbid', 'mark-outbid', [CompletionResultType]::ParameterValue, 'Record that the boost was outbid: its Connects come back')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the cover letter against the job and your other letters (no AI, no network)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write one of a proposal''s attachments to a file or standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;proposals;submit' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'The job (id or uid)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Send it from this profile: `general` (default) or a specialized profile''s name')
            [CompletionResult]::new('--cover-letter', '--cover-letter', [CompletionResultType]::ParameterName, 'The cover letter (at most 5,000 characters)')
            [CompletionResult]::new('--cover-letter-file', '--cover-letter-file', [CompletionResultType]::ParameterName, 'Read the cover letter from a file, or `-` for standard input')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer screening question N (from 1): N=TEXT (repeat)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (up to 10, each at most 25 MiB; stored in the store)')
            [CompletionResult]::new('--boost', '--boost', [CompletionResultType]::ParameterName, 'Also boost the proposal with this many Connects (1 to 100; once)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Send it through this agency (its Connects pay)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The agency member sending it')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new proposal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;submit' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'The job (id or uid)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Send it from this profile: `general` (default) or a specialized profile''s name')
            [CompletionResult]::new('--cover-letter', '--cover-letter', [CompletionResultType]::ParameterName, 'The cover letter (at most 5,000 characters)')
            [CompletionResult]::new('--cover-letter-file', '--cover-letter-file', [CompletionResultType]::ParameterName, 'Read the cover letter from a file, or `-` for standard input')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer screening question N (from 1): N=TEXT (repeat)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (up to 10, each at most 25 MiB; stored in the store)')
            [CompletionResult]::new('--boost', '--boost', [CompletionResultType]::ParameterName, 'Also boost the proposal with this many Connects (1 to 100; once)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Send it through this agency (its Connects pay)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The agency member sending it')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new proposal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only proposals in this status')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only proposals to this job (id or uid)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Only proposals from this profile (id, uid, name or `general`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: id, submitted (newest first), status, job')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only proposals in this status')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only proposals to this job (id or uid)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Only proposals from this profile (id, uid, name or `general`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: id, submitted (newest first), status, job')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only proposals in this status')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only proposals to this job (id or uid)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Only proposals from this profile (id, uid, name or `general`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: id, submitted (newest first), status, job')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only proposals in this status')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only proposals to this job (id or uid)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Only proposals from this profile (id, uid, name or `general`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: id, submitted (newest first), status, job')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;edit' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--cover-letter', '--cover-letter', [CompletionResultType]::ParameterName, 'The cover letter (at most 5,000 characters)')
            [CompletionResult]::new('--cover-letter-file', '--cover-letter-file', [CompletionResultType]::ParameterName, 'Read the cover letter from a file, or `-` for standard input')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer screening question N (from 1): N=TEXT (repeat)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (up to 10, each at most 25 MiB; stored in the store)')
            [CompletionResult]::new('--remove-attachment', '--remove-attachment', [CompletionResultType]::ParameterName, 'Remove an attachment (its id or name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;edit' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--cover-letter', '--cover-letter', [CompletionResultType]::ParameterName, 'The cover letter (at most 5,000 characters)')
            [CompletionResult]::new('--cover-letter-file', '--cover-letter-file', [CompletionResultType]::ParameterName, 'Read the cover letter from a file, or `-` for standard input')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'Answer screening question N (from 1): N=TEXT (repeat)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (up to 10, each at most 25 MiB; stored in the store)')
            [CompletionResult]::new('--remove-attachment', '--remove-attachment', [CompletionResultType]::ParameterName, 'Remove an attachment (its id or name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;withdraw' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: applied-by-mistake, schedule-conflict, client-unresponsive, client-behavior, rate-mismatch, scope-changed, other')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message to the client (no contact information)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;withdraw' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: applied-by-mistake, schedule-conflict, client-unresponsive, client-behavior, rate-mismatch, scope-changed, other')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message to the client (no contact information)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;boost' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;boost' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;mark-viewed' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;mark-viewed' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;mark-declined' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;mark-declined' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;mark-outbid' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;mark-outbid' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;lint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;lint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;attachment' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Where to write it [default: standard output]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it [default: standard output]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposal;attachment' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Where to write it [default: standard output]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it [default: standard output]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;proposals;help' {
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a proposal to a public job (costs the job''s Connects)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: terms, fee, Connects, room, offer, edit window')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a proposal''s letter, answers, attachments or terms, within their windows')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a proposal (no Connects come back)')
            [CompletionResult]::new('boost', 'boost', [CompletionResultType]::ParameterValue, 'Boost a proposal with Connects (once)')
            [CompletionResult]::new('mark-viewed', 'mark-viewed', [CompletionResultType]::ParameterValue, 'Record that the client viewed the proposal (closes the letter''s edit window)')
            [CompletionResult]::new('mark-declined', 'mark-declined', [CompletionResultType]::ParameterValue, 'Record that the client declined the proposal')
            [CompletionResult]::new('mark-outbid', 'mark-outbid', [CompletionResultType]::ParameterValue, 'Record that the boost was outbid: its Connects come back')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the cover letter against the job and your other letters (no AI, no network)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write one of a proposal''s attachments to a file or standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;proposals;help;submit' {
            break
        }
        'lancer;proposals;help;list' {
            break
        }
        'lancer;proposals;help;show' {
            break
        }
        'lancer;proposals;help;edit' {
            break
        }
        'lancer;proposals;help;withdraw' {
            break
        }
        'lancer;proposals;help;boost' {
            break
        }
        'lancer;proposals;help;mark-viewed' {
            break
        }
        'lancer;proposals;help;mark-declined' {
            break
        }
        'lancer;proposals;help;mark-outbid' {
            break
        }
        'lancer;proposals;help;lint' {
            break
        }
        'lancer;proposals;help;attachment' {
            break
        }
        'lancer;proposals;help;help' {
            break
        }
        'lancer;proposal;help' {
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a proposal to a public job (costs the job''s Connects)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: terms, fee, Connects, room, offer, edit window')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a proposal''s letter, answers, attachments or terms, within their windows')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a proposal (no Connects come back)')
            [CompletionResult]::new('boost', 'boost', [CompletionResultType]::ParameterValue, 'Boost a proposal with Connects (once)')
            [CompletionResult]::new('mark-viewed', 'mark-viewed', [CompletionResultType]::ParameterValue, 'Record that the client viewed the proposal (closes the letter''s edit window)')
            [CompletionResult]::new('mark-declined', 'mark-declined', [CompletionResultType]::ParameterValue, 'Record that the client declined the proposal')
            [CompletionResult]::new('mark-outbid', 'mark-outbid', [CompletionResultType]::ParameterValue, 'Record that the boost was outbid: its Connects come back')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the cover letter against the job and your other letters (no AI, no network)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write one of a proposal''s attachments to a file or standard output')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;proposal;help;submit' {
            break
        }
        'lancer;proposal;help;list' {
            break
        }
        'lancer;proposal;help;show' {
            break
        }
        'lancer;proposal;help;edit' {
            break
        }
        'lancer;proposal;help;withdraw' {
            break
        }
        'lancer;proposal;help;boost' {
            break
        }
        'lancer;proposal;help;mark-viewed' {
            break
        }
        'lancer;proposal;help;mark-declined' {
            break
        }
        'lancer;proposal;help;mark-outbid' {
            break
        }
        'lancer;proposal;help;lint' {
            break
        }
        'lancer;proposal;help;attachment' {
            break
        }
        'lancer;proposal;help;help' {
            break
        }
        'lancer;messages' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to the client in a proposal''s room')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record a message the client (or another participant) wrote')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;message' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to the client in a proposal''s room')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record a message the client (or another participant) wrote')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;messages;send' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the message from a file, or `-` for standard input')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Send as this agency member (for agency proposals)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;message;send' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the message from a file, or `-` for standard input')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Send as this agency member (for agency proposals)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;messages;receive' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Who wrote it [default: the client]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;message;receive' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Who wrote it [default: the client]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;messages;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;messages;ls' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;message;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;message;ls' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;messages;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to the client in a proposal''s room')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record a message the client (or another participant) wrote')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;messages;help;send' {
            break
        }
        'lancer;messages;help;receive' {
            break
        }
        'lancer;messages;help;list' {
            break
        }
        'lancer;messages;help;help' {
            break
        }
        'lancer;message;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to the client in a proposal''s room')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record a message the client (or another participant) wrote')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;message;help;send' {
            break
        }
        'lancer;message;help;receive' {
            break
        }
        'lancer;message;help;list' {
            break
        }
        'lancer;message;help;help' {
            break
        }
        'lancer;offers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record the client''s offer on a proposal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: a contract starts')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer: the proposal goes back to active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;offer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record the client''s offer on a proposal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: a contract starts')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer: the proposal goes back to active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;offers;receive' {
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The proposal the offer is on (id or uid)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--weekly-limit', '--weekly-limit', [CompletionResultType]::ParameterName, 'Hours a week the client will pay for (hourly offers)')
            [CompletionResult]::new('--received-at', '--received-at', [CompletionResultType]::ParameterName, 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offer;receive' {
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'The proposal the offer is on (id or uid)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99')
            [CompletionResult]::new('--bid', '--bid', [CompletionResultType]::ParameterName, 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)')
            [CompletionResult]::new('--receive', '--receive', [CompletionResultType]::ParameterName, 'What you want to receive after the fee; the client amount is worked out')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work will take')
            [CompletionResult]::new('--weekly-limit', '--weekly-limit', [CompletionResultType]::ParameterName, 'Hours a week the client will pay for (hourly offers)')
            [CompletionResult]::new('--received-at', '--received-at', [CompletionResultType]::ParameterName, 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offers;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only offers in this status (open, accepted, declined, expired, withdrawn)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offers;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only offers in this status (open, accepted, declined, expired, withdrawn)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offer;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only offers in this status (open, accepted, declined, expired, withdrawn)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offer;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only offers in this status (open, accepted, declined, expired, withdrawn)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offers;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offers;accept' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The agency member accepting (its business manager)')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new contract')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offer;accept' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The agency member accepting (its business manager)')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new contract')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offers;decline' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: rate-too-low, terms-mismatch, schedule-conflict, scope-changed, client-behavior, other')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message to the client (no contact information)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offer;decline' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: rate-too-low, terms-mismatch, schedule-conflict, scope-changed, client-behavior, other')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message to the client (no contact information)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;offers;help' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record the client''s offer on a proposal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: a contract starts')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer: the proposal goes back to active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;offers;help;receive' {
            break
        }
        'lancer;offers;help;list' {
            break
        }
        'lancer;offers;help;show' {
            break
        }
        'lancer;offers;help;accept' {
            break
        }
        'lancer;offers;help;decline' {
            break
        }
        'lancer;offers;help;help' {
            break
        }
        'lancer;offer;help' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record the client''s offer on a proposal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: a contract starts')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer: the proposal goes back to active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;offer;help;receive' {
            break
        }
        'lancer;offer;help;list' {
            break
        }
        'lancer;offer;help;show' {
            break
        }
        'lancer;offer;help;accept' {
            break
        }
        'lancer;offer;help;decline' {
            break
        }
        'lancer;offer;help;help' {
            break
        }
        'lancer;contracts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contract')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contract')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;contract' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contract')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contract')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;contracts;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only contracts in this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contracts;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only contracts in this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contract;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only contracts in this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contract;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only contracts in this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contracts;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contract;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contracts;end' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it ended')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contract;end' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it ended')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;contracts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contract')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contract')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;contracts;help;list' {
            break
        }
        'lancer;contracts;help;show' {
            break
        }
        'lancer;contracts;help;end' {
            break
        }
        'lancer;contracts;help;help' {
            break
        }
        'lancer;contract;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contract')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contract')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;contract;help;list' {
            break
        }
        'lancer;contract;help;show' {
            break
        }
        'lancer;contract;help;end' {
            break
        }
        'lancer;contract;help;help' {
            break
        }
        'lancer;catalog' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Offer a fixed-price project in your catalog')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalog projects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List catalog projects')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Record a client''s order: a contract starts, no Connects spent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;catalog;add' {
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Its price (5.00 to 1,000,000.00)')
            [CompletionResult]::new('--delivery-days', '--delivery-days', [CompletionResultType]::ParameterName, 'Days to deliver')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the client gets')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile it is offered from (id, uid, name or `general`)')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for scripts and imports')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;catalog;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;catalog;ls' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;catalog;order' {
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'The client ordering it (id or uid)')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'A stable key for the new contract')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;catalog;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Offer a fixed-price project in your catalog')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalog projects')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Record a client''s order: a contract starts, no Connects spent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;catalog;help;add' {
            break
        }
        'lancer;catalog;help;list' {
            break
        }
        'lancer;catalog;help;order' {
            break
        }
        'lancer;catalog;help;help' {
            break
        }
        'lancer;connects' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The balance and the lots it is made of')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change of the balance, newest first (as `log`)')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy whole Connects at the configured price')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Record the plan''s monthly allowance (once per month)')
            [CompletionResult]::new('spend', 'spend', [CompletionResultType]::ParameterValue, 'Spend Connects on something other than a proposal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;connect' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The balance and the lots it is made of')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change of the balance, newest first (as `log`)')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy whole Connects at the configured price')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Record the plan''s monthly allowance (once per month)')
            [CompletionResult]::new('spend', 'spend', [CompletionResultType]::ParameterValue, 'Spend Connects on something other than a proposal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;connects;balance' {
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connect;balance' {
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connects;history' {
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only rows of this kind')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--oldest-first', '--oldest-first', [CompletionResultType]::ParameterName, 'Oldest first instead of newest first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connect;history' {
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only rows of this kind')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--oldest-first', '--oldest-first', [CompletionResultType]::ParameterName, 'Oldest first instead of newest first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connects;buy' {
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connect;buy' {
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connects;grant' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM [default: the current month]')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connect;grant' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM [default: the current month]')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connects;spend' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'What for')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connect;spend' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'What for')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'An agency''s shared pool instead of your own Connects')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;connects;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The balance and the lots it is made of')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change of the balance, newest first (as `log`)')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy whole Connects at the configured price')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Record the plan''s monthly allowance (once per month)')
            [CompletionResult]::new('spend', 'spend', [CompletionResultType]::ParameterValue, 'Spend Connects on something other than a proposal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;connects;help;balance' {
            break
        }
        'lancer;connects;help;history' {
            break
        }
        'lancer;connects;help;buy' {
            break
        }
        'lancer;connects;help;grant' {
            break
        }
        'lancer;connects;help;spend' {
            break
        }
        'lancer;connects;help;help' {
            break
        }
        'lancer;connect;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The balance and the lots it is made of')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change of the balance, newest first (as `log`)')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy whole Connects at the configured price')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Record the plan''s monthly allowance (once per month)')
            [CompletionResult]::new('spend', 'spend', [CompletionResultType]::ParameterValue, 'Spend Connects on something other than a proposal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;connect;help;balance' {
            break
        }
        'lancer;connect;help;history' {
            break
        }
        'lancer;connect;help;buy' {
            break
        }
        'lancer;connect;help;grant' {
            break
        }
        'lancer;connect;help;spend' {
            break
        }
        'lancer;connect;help;help' {
            break
        }
        'lancer;policy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a text (an argument, or standard input when left out or `-`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;policy;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show why each finding was raised and what moved its confidence')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;policy;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a text (an argument, or standard input when left out or `-`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;policy;help;check' {
            break
        }
        'lancer;policy;help;help' {
            break
        }
        'lancer;letter' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a draft cover letter for a job')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;letter;check' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'The job it is for (id or uid)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'The letter is answering an invitation (expects a thank-you)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;letter;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a draft cover letter for a job')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;letter;help;check' {
            break
        }
        'lancer;letter;help;help' {
            break
        }
        'lancer;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of the funnel''s window: a date, RFC 3339, or 30d, 2w ago… [default: 90 days before now]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Only proposals sent from this profile (id, uid, name or `general`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;seed' {
            [CompletionResult]::new('--invites', '--invites', [CompletionResultType]::ParameterName, 'How many invites to create')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The random seed: the same seed and --now build the same world')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--if-empty', '--if-empty', [CompletionResultType]::ParameterName, 'Do nothing (and succeed) when the store already has invites')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;schema' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;export' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'One record a line (streams), instead of one JSON document')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;log' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only events with this action (added, edited, closed, …)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before this time (the same forms as --since)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--oldest-first', '--oldest-first', [CompletionResultType]::ParameterName, 'Oldest first instead of newest first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the store is (without opening it)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (and its folders) if there is none; an existing store is only migrated')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store, even while it is in use')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every record into a new or empty store, SQLite or PostgreSQL, either way')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;db;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;db;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The store to copy [default: the one --db / LANCER_DB names]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The store to fill: a new file, or an empty store or database')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the store is (without opening it)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (and its folders) if there is none; an existing store is only migrated')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store, even while it is in use')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every record into a new or empty store, SQLite or PostgreSQL, either way')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;db;help;path' {
            break
        }
        'lancer;db;help;init' {
            break
        }
        'lancer;db;help;check' {
            break
        }
        'lancer;db;help;backup' {
            break
        }
        'lancer;db;help;copy' {
            break
        }
        'lancer;db;help;help' {
            break
        }
        'lancer;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;config;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;config;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;config;help;get' {
            break
        }
        'lancer;config;help;set' {
            break
        }
        'lancer;config;help;list' {
            break
        }
        'lancer;config;help;help' {
            break
        }
        'lancer;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Choose and order the fields shown, e.g. --fields id,status')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows of a list first (with --limit, pages through it)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression, e.g. --jq ''.[] | .id'' (strings print raw)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one a line (nothing for a result without one)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin or stderr is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, costs included, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lancer;help' {
            [CompletionResult]::new('clients', 'clients', [CompletionResultType]::ParameterValue, 'Clients: the hiring side of a job')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Job posts')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Your profiles: one general, up to two specialized')
            [CompletionResult]::new('agencies', 'agencies', [CompletionResultType]::ParameterValue, 'Agencies you belong to and their members')
            [CompletionResult]::new('invites', 'invites', [CompletionResultType]::ParameterValue, 'Invitations to interview: review, accept, decline, ignore')
            [CompletionResult]::new('proposals', 'proposals', [CompletionResultType]::ParameterValue, 'Proposals: terms, fees, Connects, status')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'Message rooms of proposals')
            [CompletionResult]::new('offers', 'offers', [CompletionResultType]::ParameterValue, 'Offers from clients: accept to start a contract, or decline')
            [CompletionResult]::new('contracts', 'contracts', [CompletionResultType]::ParameterValue, 'Contracts: what accepted offers and catalog orders became')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Catalog projects: fixed-price services clients order directly')
            [CompletionResult]::new('connects', 'connects', [CompletionResultType]::ParameterValue, 'Connects: balance, lots, grants, purchases, spending')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Check a text for contact information and extra-reward offers')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'Check a draft cover letter against its job and your other letters')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Response time, funnel, win rate and Connects per hire')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill the store with a coherent demo world, deterministically')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of an entity''s JSON output')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every record of the store as JSON or NDJSON')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load an export (or a hand-written fixture), all or nothing')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The event history, newest first')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The store: where it is, check it, back it up')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Policy settings: fees, plan, Connects price, windows')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lancer;help;clients' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a client')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clients')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one client')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a client''s details (only the flags given)')
            break
        }
        'lancer;help;clients;add' {
            break
        }
        'lancer;help;clients;list' {
            break
        }
        'lancer;help;clients;show' {
            break
        }
        'lancer;help;clients;edit' {
            break
        }
        'lancer;help;jobs' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a job post')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List job posts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one job post')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a job post (only the flags given)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a job: filled, cancelled (refunds Connects spent on it) or expired')
            break
        }
        'lancer;help;jobs;add' {
            break
        }
        'lancer;help;jobs;list' {
            break
        }
        'lancer;help;jobs;show' {
            break
        }
        'lancer;help;jobs;edit' {
            break
        }
        'lancer;help;jobs;close' {
            break
        }
        'lancer;help;profiles' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one profile')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a profile (only the flags given)')
            break
        }
        'lancer;help;profiles;add' {
            break
        }
        'lancer;help;profiles;list' {
            break
        }
        'lancer;help;profiles;show' {
            break
        }
        'lancer;help;profiles;edit' {
            break
        }
        'lancer;help;agencies' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record an agency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agencies with their members')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agency')
            [CompletionResult]::new('member-add', 'member-add', [CompletionResultType]::ParameterValue, 'Add a member to an agency, or change a member''s role')
            break
        }
        'lancer;help;agencies;add' {
            break
        }
        'lancer;help;agencies;list' {
            break
        }
        'lancer;help;agencies;show' {
            break
        }
        'lancer;help;agencies;member-add' {
            break
        }
        'lancer;help;invites' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record an invitation the client (or the platform) sent')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an invitation with its job, client, score and history (a person''s look marks it viewed)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: it becomes an active proposal with a message room')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation with a reason')
            [CompletionResult]::new('ignore', 'ignore', [CompletionResultType]::ParameterValue, 'Move pending invitations to the archive without answering them')
            [CompletionResult]::new('mark-withdrawn', 'mark-withdrawn', [CompletionResultType]::ParameterValue, 'Record that the client withdrew the invitation')
            [CompletionResult]::new('interview', 'interview', [CompletionResultType]::ParameterValue, 'Start or submit an invitation''s instant interview')
            break
        }
        'lancer;help;invites;receive' {
            break
        }
        'lancer;help;invites;list' {
            break
        }
        'lancer;help;invites;show' {
            break
        }
        'lancer;help;invites;accept' {
            break
        }
        'lancer;help;invites;decline' {
            break
        }
        'lancer;help;invites;ignore' {
            break
        }
        'lancer;help;invites;mark-withdrawn' {
            break
        }
        'lancer;help;invites;interview' {
            break
        }
        'lancer;help;proposals' {
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a proposal to a public job (costs the job''s Connects)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List proposals')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one proposal: terms, fee, Connects, room, offer, edit window')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a proposal''s letter, answers, attachments or terms, within their windows')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a proposal (no Connects come back)')
            [CompletionResult]::new('boost', 'boost', [CompletionResultType]::ParameterValue, 'Boost a proposal with Connects (once)')
            [CompletionResult]::new('mark-viewed', 'mark-viewed', [CompletionResultType]::ParameterValue, 'Record that the client viewed the proposal (closes the letter''s edit window)')
            [CompletionResult]::new('mark-declined', 'mark-declined', [CompletionResultType]::ParameterValue, 'Record that the client declined the proposal')
            [CompletionResult]::new('mark-outbid', 'mark-outbid', [CompletionResultType]::ParameterValue, 'Record that the boost was outbid: its Connects come back')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the cover letter against the job and your other letters (no AI, no network)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write one of a proposal''s attachments to a file or standard output')
            break
        }
        'lancer;help;proposals;submit' {
            break
        }
        'lancer;help;proposals;list' {
            break
        }
        'lancer;help;proposals;show' {
            break
        }
        'lancer;help;proposals;edit' {
            break
        }
        'lancer;help;proposals;withdraw' {
            break
        }
        'lancer;help;proposals;boost' {
            break
        }
        'lancer;help;proposals;mark-viewed' {
            break
        }
        'lancer;help;proposals;mark-declined' {
            break
        }
        'lancer;help;proposals;mark-outbid' {
            break
        }
        'lancer;help;proposals;lint' {
            break
        }
        'lancer;help;proposals;attachment' {
            break
        }
        'lancer;help;messages' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to the client in a proposal''s room')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record a message the client (or another participant) wrote')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s messages, oldest first')
            break
        }
        'lancer;help;messages;send' {
            break
        }
        'lancer;help;messages;receive' {
            break
        }
        'lancer;help;messages;list' {
            break
        }
        'lancer;help;offers' {
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Record the client''s offer on a proposal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List offers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one offer')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: a contract starts')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer: the proposal goes back to active')
            break
        }
        'lancer;help;offers;receive' {
            break
        }
        'lancer;help;offers;list' {
            break
        }
        'lancer;help;offers;show' {
            break
        }
        'lancer;help;offers;accept' {
            break
        }
        'lancer;help;offers;decline' {
            break
        }
        'lancer;help;contracts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contracts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contract')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contract')
            break
        }
        'lancer;help;contracts;list' {
            break
        }
        'lancer;help;contracts;show' {
            break
        }
        'lancer;help;contracts;end' {
            break
        }
        'lancer;help;catalog' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Offer a fixed-price project in your catalog')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalog projects')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Record a client''s order: a contract starts, no Connects spent')
            break
        }
        'lancer;help;catalog;add' {
            break
        }
        'lancer;help;catalog;list' {
            break
        }
        'lancer;help;catalog;order' {
            break
        }
        'lancer;help;connects' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The balance and the lots it is made of')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change of the balance, newest first (as `log`)')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy whole Connects at the configured price')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Record the plan''s monthly allowance (once per month)')
            [CompletionResult]::new('spend', 'spend', [CompletionResultType]::ParameterValue, 'Spend Connects on something other than a proposal')
            break
        }
        'lancer;help;connects;balance' {
            break
        }
        'lancer;help;connects;history' {
            break
        }
        'lancer;help;connects;buy' {
            break
        }
        'lancer;help;connects;grant' {
            break
        }
        'lancer;help;connects;spend' {
            break
        }
        'lancer;help;policy' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a text (an argument, or standard input when left out or `-`)')
            break
        }
        'lancer;help;policy;check' {
            break
        }
        'lancer;help;letter' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a draft cover letter for a job')
            break
        }
        'lancer;help;letter;check' {
            break
        }
        'lancer;help;stats' {
            break
        }
        'lancer;help;seed' {
            break
        }
        'lancer;help;schema' {
            break
        }
        'lancer;help;export' {
            break
        }
        'lancer;help;import' {
            break
        }
        'lancer;help;log' {
            break
        }
        'lancer;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the store is (without opening it)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (and its folders) if there is none; an existing store is only migrated')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store, even while it is in use')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every record into a new or empty store, SQLite or PostgreSQL, either way')
            break
        }
        'lancer;help;db;path' {
            break
        }
        'lancer;help;db;init' {
            break
        }
        'lancer;help;db;check' {
            break
        }
        'lancer;help;db;backup' {
            break
        }
        'lancer;help;db;copy' {
            break
        }
        'lancer;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            break
        }
        'lancer;help;config;get' {
            break
        }
        'lancer;help;config;set' {
            break
        }
        'lancer;help;config;list' {
            break
        }
        'lancer;help;completions' {
            break
        }
        'lancer;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
