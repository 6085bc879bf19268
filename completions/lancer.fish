# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lancer_global_optspecs
    string join \n db= now= o/format= json fields= q/quiet offset= jq= no-input y/yes dry-run color= h/help V/version
end

function __fish_lancer_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lancer_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lancer_using_subcommand
    set -l cmd (__fish_lancer_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lancer -n "__fish_lancer_needs_command" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_needs_command" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_needs_command" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_needs_command" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_needs_command" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_needs_command" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_needs_command" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_needs_command" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_needs_command" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_needs_command" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_needs_command" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lancer -n "__fish_lancer_needs_command" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "clients" -d 'Clients: the hiring side of a job'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "client" -d 'Clients: the hiring side of a job'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "jobs" -d 'Job posts'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "job" -d 'Job posts'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "profiles" -d 'Your profiles: one general, up to two specialized'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "profile" -d 'Your profiles: one general, up to two specialized'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "agencies" -d 'Agencies you belong to and their members'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "agency" -d 'Agencies you belong to and their members'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "invites" -d 'Invitations to interview: review, accept, decline, ignore'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "invite" -d 'Invitations to interview: review, accept, decline, ignore'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "proposals" -d 'Proposals: terms, fees, Connects, status'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "proposal" -d 'Proposals: terms, fees, Connects, status'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "messages" -d 'Message rooms of proposals'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "message" -d 'Message rooms of proposals'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "offers" -d 'Offers from clients: accept to start a contract, or decline'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "offer" -d 'Offers from clients: accept to start a contract, or decline'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "contracts" -d 'Contracts: what accepted offers and catalog orders became'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "contract" -d 'Contracts: what accepted offers and catalog orders became'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "catalog" -d 'Catalog projects: fixed-price services clients order directly'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "connects" -d 'Connects: balance, lots, grants, purchases, spending'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "connect" -d 'Connects: balance, lots, grants, purchases, spending'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "policy" -d 'Check a text for contact information and extra-reward offers'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "letter" -d 'Check a draft cover letter against its job and your other letters'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "stats" -d 'Response time, funnel, win rate and Connects per hire'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "seed" -d 'Fill the store with a coherent demo world, deterministically'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "schema" -d 'Print the JSON Schema of an entity\'s JSON output'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "export" -d 'Write every record of the store as JSON or NDJSON'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "import" -d 'Load an export (or a hand-written fixture), all or nothing'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "log" -d 'The event history, newest first'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "db" -d 'The store: where it is, check it, back it up'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "config" -d 'Policy settings: fees, plan, Connects price, windows'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "add" -d 'Record a client'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "list" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "ls" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "show" -d 'Show one client'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "edit" -d 'Change a client\'s details (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l country -d 'Country code, e.g. US' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l rating -d 'Rating from 0 to 5, at most two decimals' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l reviews -d 'Number of reviews' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l hire-rate -d 'Hire rate in percent' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l total-spent -d 'Total spent on the marketplace, e.g. 125000 or $1200.50' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l avg-hourly-paid -d 'Average hourly rate paid' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l jobs-posted -d 'Jobs the client has posted' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l member-since -d 'Member since (YYYY-MM-DD)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l feedback -d 'A line of recent feedback from freelancers (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l country -d 'Only clients from this country' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l name -d 'Only clients whose name contains this text' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l sort -d 'Order of the list (rating and spent: highest first)' -r -f -a "id\t''
name\t''
rating\t''
spent\t''
created\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l country -d 'Only clients from this country' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l name -d 'Only clients whose name contains this text' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l sort -d 'Order of the list (rating and spent: highest first)' -r -f -a "id\t''
name\t''
rating\t''
spent\t''
created\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l uid -d 'New uid' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l country -d 'Country code, e.g. US' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l rating -d 'Rating from 0 to 5, at most two decimals' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l reviews -d 'Number of reviews' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l hire-rate -d 'Hire rate in percent' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l total-spent -d 'Total spent on the marketplace, e.g. 125000 or $1200.50' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l avg-hourly-paid -d 'Average hourly rate paid' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l jobs-posted -d 'Jobs the client has posted' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l member-since -d 'Member since (YYYY-MM-DD)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l feedback -d 'A line of recent feedback from freelancers (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l no-payment-verified -d 'Mark the payment method unverified'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l clear-feedback -d 'Remove all recorded feedback before adding any --feedback'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a client'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one client'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a client\'s details (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "add" -d 'Record a client'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "list" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "ls" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "show" -d 'Show one client'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "edit" -d 'Change a client\'s details (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l country -d 'Country code, e.g. US' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l rating -d 'Rating from 0 to 5, at most two decimals' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l reviews -d 'Number of reviews' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l hire-rate -d 'Hire rate in percent' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l total-spent -d 'Total spent on the marketplace, e.g. 125000 or $1200.50' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l avg-hourly-paid -d 'Average hourly rate paid' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l jobs-posted -d 'Jobs the client has posted' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l member-since -d 'Member since (YYYY-MM-DD)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l feedback -d 'A line of recent feedback from freelancers (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l country -d 'Only clients from this country' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l name -d 'Only clients whose name contains this text' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l sort -d 'Order of the list (rating and spent: highest first)' -r -f -a "id\t''
name\t''
rating\t''
spent\t''
created\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l country -d 'Only clients from this country' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l name -d 'Only clients whose name contains this text' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l sort -d 'Order of the list (rating and spent: highest first)' -r -f -a "id\t''
name\t''
rating\t''
spent\t''
created\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l uid -d 'New uid' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l country -d 'Country code, e.g. US' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l rating -d 'Rating from 0 to 5, at most two decimals' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l reviews -d 'Number of reviews' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l hire-rate -d 'Hire rate in percent' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l total-spent -d 'Total spent on the marketplace, e.g. 125000 or $1200.50' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l avg-hourly-paid -d 'Average hourly rate paid' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l jobs-posted -d 'Jobs the client has posted' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l member-since -d 'Member since (YYYY-MM-DD)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l feedback -d 'A line of recent feedback from freelancers (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l no-payment-verified -d 'Mark the payment method unverified'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l clear-feedback -d 'Remove all recorded feedback before adding any --feedback'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a client'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "list" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one client'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a client\'s details (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "add" -d 'Record a job post'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "list" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "ls" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "show" -d 'Show one job post'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "edit" -d 'Change a job post (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "close" -d 'Close a job: filled, cancelled (refunds Connects spent on it) or expired'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l client -d 'The client who posted it (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l title -d 'The job\'s title' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l description -d 'The job\'s description' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l skill -d 'A skill the job asks for (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l hourly -d 'Hourly budget range, e.g. 20-40' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l fixed -d 'Fixed budget for the whole job, e.g. 300' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l connects -d 'Connects a proposal costs (0-16); derived from the budget when left out' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l question -d 'A screening question (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l experience -d 'Experience level: entry, intermediate or expert' -r -f -a "entry\t''
intermediate\t''
expert\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l length -d 'Expected project length' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l posted-at -d 'When it was posted (a date, RFC 3339, 3d…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s jobs (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l status -d 'Only open or closed jobs' -r -f -a "open\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l skill -d 'Only jobs asking for this skill' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l sort -d 'Order (posted: newest first; budget: highest first)' -r -f -a "id\t''
posted\t''
title\t''
connects\t''
budget\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l client -d 'Only this client\'s jobs (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l status -d 'Only open or closed jobs' -r -f -a "open\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l skill -d 'Only jobs asking for this skill' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l sort -d 'Order (posted: newest first; budget: highest first)' -r -f -a "id\t''
posted\t''
title\t''
connects\t''
budget\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l uid -d 'New uid' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l description -d 'The job\'s description' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l skill -d 'A skill the job asks for (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l hourly -d 'Hourly budget range, e.g. 20-40' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l fixed -d 'Fixed budget for the whole job, e.g. 300' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l connects -d 'Connects a proposal costs (0-16); derived from the budget when left out' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l question -d 'A screening question (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l experience -d 'Experience level: entry, intermediate or expert' -r -f -a "entry\t''
intermediate\t''
expert\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l length -d 'Expected project length' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l posted-at -d 'When it was posted (a date, RFC 3339, 3d…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l clear-questions -d 'Replace the screening questions with the --question flags given'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l reason -d 'Why it closed' -r -f -a "filled\t''
cancelled\t''
expired\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a job post'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one job post'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a job post (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a job: filled, cancelled (refunds Connects spent on it) or expired'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "add" -d 'Record a job post'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "list" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "ls" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "show" -d 'Show one job post'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "edit" -d 'Change a job post (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "close" -d 'Close a job: filled, cancelled (refunds Connects spent on it) or expired'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l client -d 'The client who posted it (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l title -d 'The job\'s title' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l description -d 'The job\'s description' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l skill -d 'A skill the job asks for (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l hourly -d 'Hourly budget range, e.g. 20-40' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l fixed -d 'Fixed budget for the whole job, e.g. 300' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l connects -d 'Connects a proposal costs (0-16); derived from the budget when left out' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l question -d 'A screening question (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l experience -d 'Experience level: entry, intermediate or expert' -r -f -a "entry\t''
intermediate\t''
expert\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l length -d 'Expected project length' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l posted-at -d 'When it was posted (a date, RFC 3339, 3d…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s jobs (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l status -d 'Only open or closed jobs' -r -f -a "open\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l skill -d 'Only jobs asking for this skill' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l sort -d 'Order (posted: newest first; budget: highest first)' -r -f -a "id\t''
posted\t''
title\t''
connects\t''
budget\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l client -d 'Only this client\'s jobs (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l status -d 'Only open or closed jobs' -r -f -a "open\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l skill -d 'Only jobs asking for this skill' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l sort -d 'Order (posted: newest first; budget: highest first)' -r -f -a "id\t''
posted\t''
title\t''
connects\t''
budget\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l uid -d 'New uid' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l description -d 'The job\'s description' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l skill -d 'A skill the job asks for (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l hourly -d 'Hourly budget range, e.g. 20-40' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l fixed -d 'Fixed budget for the whole job, e.g. 300' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l connects -d 'Connects a proposal costs (0-16); derived from the budget when left out' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l question -d 'A screening question (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l experience -d 'Experience level: entry, intermediate or expert' -r -f -a "entry\t''
intermediate\t''
expert\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l length -d 'Expected project length' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l posted-at -d 'When it was posted (a date, RFC 3339, 3d…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l clear-questions -d 'Replace the screening questions with the --question flags given'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l reason -d 'Why it closed' -r -f -a "filled\t''
cancelled\t''
expired\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a job post'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "list" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one job post'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a job post (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a job: filled, cancelled (refunds Connects spent on it) or expired'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "add" -d 'Add a profile'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "list" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "ls" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "show" -d 'Show one profile'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "edit" -d 'Change a profile (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l title -d 'Headline shown to clients' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l rate -d 'Default hourly rate (3.00 to 999.99)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l skill -d 'A skill (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l agency -d 'The agency this profile works through (id, uid or name)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l role -d 'Your role in that agency' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l specialized -d 'A specialized profile (at most two), not the general one'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l uid -d 'New uid' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l title -d 'Headline shown to clients' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l rate -d 'Default hourly rate (3.00 to 999.99)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l skill -d 'A skill (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l agency -d 'The agency this profile works through (id, uid or name)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l role -d 'Your role in that agency' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a profile (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "add" -d 'Add a profile'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "list" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "ls" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "show" -d 'Show one profile'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "edit" -d 'Change a profile (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l title -d 'Headline shown to clients' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l rate -d 'Default hourly rate (3.00 to 999.99)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l skill -d 'A skill (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l agency -d 'The agency this profile works through (id, uid or name)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l role -d 'Your role in that agency' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l specialized -d 'A specialized profile (at most two), not the general one'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l uid -d 'New uid' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l title -d 'Headline shown to clients' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l rate -d 'Default hourly rate (3.00 to 999.99)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l skill -d 'A skill (repeat for more)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l agency -d 'The agency this profile works through (id, uid or name)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l role -d 'Your role in that agency' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a profile (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "add" -d 'Record an agency'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "list" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "ls" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "show" -d 'Show one agency'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "member-add" -d 'Add a member to an agency, or change a member\'s role'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l role -d 'The member\'s role' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record an agency'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one agency'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from help" -f -a "member-add" -d 'Add a member to an agency, or change a member\'s role'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "add" -d 'Record an agency'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "list" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "ls" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "show" -d 'Show one agency'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "member-add" -d 'Add a member to an agency, or change a member\'s role'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l role -d 'The member\'s role' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record an agency'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one agency'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "member-add" -d 'Add a member to an agency, or change a member\'s role'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "receive" -d 'Record an invitation the client (or the platform) sent'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "list" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "ls" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "show" -d 'Show an invitation with its job, client, score and history (a person\'s look marks it viewed)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "accept" -d 'Accept an invitation: it becomes an active proposal with a message room'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "decline" -d 'Decline an invitation with a reason'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "ignore" -d 'Move pending invitations to the archive without answering them'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "mark-withdrawn" -d 'Record that the client withdrew the invitation'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "interview" -d 'Start or submit an invitation\'s instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l job -d 'The job it invites you to (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l kind -d 'client (sent by the client) or featured (sent by the platform for a Featured job)' -r -f -a "client\t''
featured\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l message -d 'The client\'s message' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l received-at -d 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l interview -d 'The invite requires an instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l status -d 'Only invites in this status' -r -f -a "pending\t''
accepted\t''
declined\t''
archived\t''
withdrawn\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l kind -d 'Only client or featured invites' -r -f -a "client\t''
featured\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l job -d 'Only invites to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l client -d 'Only invites from this client (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l since -d 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l until -d 'Only invites received before this time (the same forms as --since)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l sort -d 'Order: received (newest first), oldest, job, id, score (best pending invites first)' -r -f -a "received\t''
oldest\t''
job\t''
id\t''
score\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l min-score -d 'Only pending invites whose triage score is at least this (0 to 100)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l new -d 'Only invites not yet opened with `invite show`'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l status -d 'Only invites in this status' -r -f -a "pending\t''
accepted\t''
declined\t''
archived\t''
withdrawn\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l kind -d 'Only client or featured invites' -r -f -a "client\t''
featured\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l job -d 'Only invites to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l client -d 'Only invites from this client (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l since -d 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l until -d 'Only invites received before this time (the same forms as --since)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l sort -d 'Order: received (newest first), oldest, job, id, score (best pending invites first)' -r -f -a "received\t''
oldest\t''
job\t''
id\t''
score\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l min-score -d 'Only pending invites whose triage score is at least this (0 to 100)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l new -d 'Only invites not yet opened with `invite show`'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l mark-viewed -d 'Mark it viewed even when the output is not a table on a terminal'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l profile -d 'Send it from this profile: `general` (default) or a specialized profile\'s name' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l cover-letter -d 'The cover letter (at most 5,000 characters)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l cover-letter-file -d 'Read the cover letter from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l answer -d 'Answer screening question N (from 1): N=TEXT (repeat)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l attach -d 'Attach a file (up to 10, each at most 25 MiB; stored in the store)' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l boost -d 'Also boost the proposal with this many Connects (1 to 100; once)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l agency -d 'Send it through this agency (its Connects pay)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l as -d 'The agency member sending it' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l uid -d 'A stable key for the new proposal' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l reason -d 'Why: not-my-skills, not-interested, too-busy, budget-too-low, client-concerns, spam, other' -r -f -a "not-my-skills\t''
not-interested\t''
too-busy\t''
budget-too-low\t''
client-concerns\t''
spam\t''
other\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l message -d 'A message to the client (no contact information)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l refer -d 'Refer another freelancer instead: their profile URL or email address' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from ignore" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from mark-withdrawn" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from interview" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Record an invitation the client (or the platform) sent'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an invitation with its job, client, score and history (a person\'s look marks it viewed)'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invitation: it becomes an active proposal with a message room'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invitation with a reason'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "ignore" -d 'Move pending invitations to the archive without answering them'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "mark-withdrawn" -d 'Record that the client withdrew the invitation'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "interview" -d 'Start or submit an invitation\'s instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "receive" -d 'Record an invitation the client (or the platform) sent'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "list" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "ls" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "show" -d 'Show an invitation with its job, client, score and history (a person\'s look marks it viewed)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "accept" -d 'Accept an invitation: it becomes an active proposal with a message room'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "decline" -d 'Decline an invitation with a reason'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "ignore" -d 'Move pending invitations to the archive without answering them'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "mark-withdrawn" -d 'Record that the client withdrew the invitation'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "interview" -d 'Start or submit an invitation\'s instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and not __fish_seen_subcommand_from receive list ls show accept decline ignore mark-withdrawn interview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l job -d 'The job it invites you to (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l kind -d 'client (sent by the client) or featured (sent by the platform for a Featured job)' -r -f -a "client\t''
featured\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l message -d 'The client\'s message' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l received-at -d 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l interview -d 'The invite requires an instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l status -d 'Only invites in this status' -r -f -a "pending\t''
accepted\t''
declined\t''
archived\t''
withdrawn\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l kind -d 'Only client or featured invites' -r -f -a "client\t''
featured\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l job -d 'Only invites to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l client -d 'Only invites from this client (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l since -d 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l until -d 'Only invites received before this time (the same forms as --since)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l sort -d 'Order: received (newest first), oldest, job, id, score (best pending invites first)' -r -f -a "received\t''
oldest\t''
job\t''
id\t''
score\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l min-score -d 'Only pending invites whose triage score is at least this (0 to 100)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l new -d 'Only invites not yet opened with `invite show`'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l status -d 'Only invites in this status' -r -f -a "pending\t''
accepted\t''
declined\t''
archived\t''
withdrawn\t''
closed\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l kind -d 'Only client or featured invites' -r -f -a "client\t''
featured\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l job -d 'Only invites to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l client -d 'Only invites from this client (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l since -d 'Only invites received at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l until -d 'Only invites received before this time (the same forms as --since)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l sort -d 'Order: received (newest first), oldest, job, id, score (best pending invites first)' -r -f -a "received\t''
oldest\t''
job\t''
id\t''
score\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l min-score -d 'Only pending invites whose triage score is at least this (0 to 100)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l new -d 'Only invites not yet opened with `invite show`'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l mark-viewed -d 'Mark it viewed even when the output is not a table on a terminal'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l profile -d 'Send it from this profile: `general` (default) or a specialized profile\'s name' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l cover-letter -d 'The cover letter (at most 5,000 characters)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l cover-letter-file -d 'Read the cover letter from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l answer -d 'Answer screening question N (from 1): N=TEXT (repeat)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l attach -d 'Attach a file (up to 10, each at most 25 MiB; stored in the store)' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l boost -d 'Also boost the proposal with this many Connects (1 to 100; once)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l agency -d 'Send it through this agency (its Connects pay)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l as -d 'The agency member sending it' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l uid -d 'A stable key for the new proposal' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l reason -d 'Why: not-my-skills, not-interested, too-busy, budget-too-low, client-concerns, spam, other' -r -f -a "not-my-skills\t''
not-interested\t''
too-busy\t''
budget-too-low\t''
client-concerns\t''
spam\t''
other\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l message -d 'A message to the client (no contact information)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l refer -d 'Refer another freelancer instead: their profile URL or email address' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from ignore" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from mark-withdrawn" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from interview" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Record an invitation the client (or the platform) sent'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an invitation with its job, client, score and history (a person\'s look marks it viewed)'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invitation: it becomes an active proposal with a message room'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invitation with a reason'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "ignore" -d 'Move pending invitations to the archive without answering them'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "mark-withdrawn" -d 'Record that the client withdrew the invitation'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "interview" -d 'Start or submit an invitation\'s instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "submit" -d 'Send a proposal to a public job (costs the job\'s Connects)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "list" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "ls" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "show" -d 'Show one proposal: terms, fee, Connects, room, offer, edit window'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "edit" -d 'Change a proposal\'s letter, answers, attachments or terms, within their windows'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "withdraw" -d 'Withdraw a proposal (no Connects come back)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "boost" -d 'Boost a proposal with Connects (once)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "mark-viewed" -d 'Record that the client viewed the proposal (closes the letter\'s edit window)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "mark-declined" -d 'Record that the client declined the proposal'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "mark-outbid" -d 'Record that the boost was outbid: its Connects come back'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "lint" -d 'Check the cover letter against the job and your other letters (no AI, no network)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "attachment" -d 'Write one of a proposal\'s attachments to a file or standard output'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l job -d 'The job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l profile -d 'Send it from this profile: `general` (default) or a specialized profile\'s name' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l cover-letter -d 'The cover letter (at most 5,000 characters)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l cover-letter-file -d 'Read the cover letter from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l answer -d 'Answer screening question N (from 1): N=TEXT (repeat)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l attach -d 'Attach a file (up to 10, each at most 25 MiB; stored in the store)' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l boost -d 'Also boost the proposal with this many Connects (1 to 100; once)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l agency -d 'Send it through this agency (its Connects pay)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l as -d 'The agency member sending it' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l uid -d 'A stable key for the new proposal' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l status -d 'Only proposals in this status' -r -f -a "submitted\t''
active\t''
offered\t''
hired\t''
declined\t''
withdrawn\t''
archived\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l job -d 'Only proposals to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l profile -d 'Only proposals from this profile (id, uid, name or `general`)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l sort -d 'Order: id, submitted (newest first), status, job' -r -f -a "id\t''
submitted\t''
status\t''
job\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l status -d 'Only proposals in this status' -r -f -a "submitted\t''
active\t''
offered\t''
hired\t''
declined\t''
withdrawn\t''
archived\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l job -d 'Only proposals to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l profile -d 'Only proposals from this profile (id, uid, name or `general`)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l sort -d 'Order: id, submitted (newest first), status, job' -r -f -a "id\t''
submitted\t''
status\t''
job\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l cover-letter -d 'The cover letter (at most 5,000 characters)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l cover-letter-file -d 'Read the cover letter from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l answer -d 'Answer screening question N (from 1): N=TEXT (repeat)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l attach -d 'Attach a file (up to 10, each at most 25 MiB; stored in the store)' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l remove-attachment -d 'Remove an attachment (its id or name)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l reason -d 'Why: applied-by-mistake, schedule-conflict, client-unresponsive, client-behavior, rate-mismatch, scope-changed, other' -r -f -a "applied-by-mistake\t''
schedule-conflict\t''
client-unresponsive\t''
client-behavior\t''
rate-mismatch\t''
scope-changed\t''
other\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l message -d 'A message to the client (no contact information)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from boost" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-viewed" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-declined" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from mark-outbid" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -s O -l output -d 'Where to write it [default: standard output]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from attachment" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Send a proposal to a public job (costs the job\'s Connects)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "list" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one proposal: terms, fee, Connects, room, offer, edit window'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a proposal\'s letter, answers, attachments or terms, within their windows'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Withdraw a proposal (no Connects come back)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "boost" -d 'Boost a proposal with Connects (once)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "mark-viewed" -d 'Record that the client viewed the proposal (closes the letter\'s edit window)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "mark-declined" -d 'Record that the client declined the proposal'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "mark-outbid" -d 'Record that the boost was outbid: its Connects come back'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check the cover letter against the job and your other letters (no AI, no network)'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "attachment" -d 'Write one of a proposal\'s attachments to a file or standard output'
complete -c lancer -n "__fish_lancer_using_subcommand proposals; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "submit" -d 'Send a proposal to a public job (costs the job\'s Connects)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "list" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "ls" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "show" -d 'Show one proposal: terms, fee, Connects, room, offer, edit window'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "edit" -d 'Change a proposal\'s letter, answers, attachments or terms, within their windows'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "withdraw" -d 'Withdraw a proposal (no Connects come back)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "boost" -d 'Boost a proposal with Connects (once)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "mark-viewed" -d 'Record that the client viewed the proposal (closes the letter\'s edit window)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "mark-declined" -d 'Record that the client declined the proposal'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "mark-outbid" -d 'Record that the boost was outbid: its Connects come back'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "lint" -d 'Check the cover letter against the job and your other letters (no AI, no network)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "attachment" -d 'Write one of a proposal\'s attachments to a file or standard output'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and not __fish_seen_subcommand_from submit list ls show edit withdraw boost mark-viewed mark-declined mark-outbid lint attachment help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l job -d 'The job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l profile -d 'Send it from this profile: `general` (default) or a specialized profile\'s name' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l cover-letter -d 'The cover letter (at most 5,000 characters)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l cover-letter-file -d 'Read the cover letter from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l answer -d 'Answer screening question N (from 1): N=TEXT (repeat)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l attach -d 'Attach a file (up to 10, each at most 25 MiB; stored in the store)' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l boost -d 'Also boost the proposal with this many Connects (1 to 100; once)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l agency -d 'Send it through this agency (its Connects pay)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l as -d 'The agency member sending it' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l uid -d 'A stable key for the new proposal' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l status -d 'Only proposals in this status' -r -f -a "submitted\t''
active\t''
offered\t''
hired\t''
declined\t''
withdrawn\t''
archived\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l job -d 'Only proposals to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l profile -d 'Only proposals from this profile (id, uid, name or `general`)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l sort -d 'Order: id, submitted (newest first), status, job' -r -f -a "id\t''
submitted\t''
status\t''
job\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l status -d 'Only proposals in this status' -r -f -a "submitted\t''
active\t''
offered\t''
hired\t''
declined\t''
withdrawn\t''
archived\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l job -d 'Only proposals to this job (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l profile -d 'Only proposals from this profile (id, uid, name or `general`)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l sort -d 'Order: id, submitted (newest first), status, job' -r -f -a "id\t''
submitted\t''
status\t''
job\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l cover-letter -d 'The cover letter (at most 5,000 characters)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l cover-letter-file -d 'Read the cover letter from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l answer -d 'Answer screening question N (from 1): N=TEXT (repeat)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l attach -d 'Attach a file (up to 10, each at most 25 MiB; stored in the store)' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l remove-attachment -d 'Remove an attachment (its id or name)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l reason -d 'Why: applied-by-mistake, schedule-conflict, client-unresponsive, client-behavior, rate-mismatch, scope-changed, other' -r -f -a "applied-by-mistake\t''
schedule-conflict\t''
client-unresponsive\t''
client-behavior\t''
rate-mismatch\t''
scope-changed\t''
other\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l message -d 'A message to the client (no contact information)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from boost" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-viewed" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-declined" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from mark-outbid" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -s O -l output -d 'Where to write it [default: standard output]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from attachment" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Send a proposal to a public job (costs the job\'s Connects)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "list" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one proposal: terms, fee, Connects, room, offer, edit window'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a proposal\'s letter, answers, attachments or terms, within their windows'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Withdraw a proposal (no Connects come back)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "boost" -d 'Boost a proposal with Connects (once)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "mark-viewed" -d 'Record that the client viewed the proposal (closes the letter\'s edit window)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "mark-declined" -d 'Record that the client declined the proposal'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "mark-outbid" -d 'Record that the boost was outbid: its Connects come back'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check the cover letter against the job and your other letters (no AI, no network)'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "attachment" -d 'Write one of a proposal\'s attachments to a file or standard output'
complete -c lancer -n "__fish_lancer_using_subcommand proposal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -f -a "send" -d 'Send a message to the client in a proposal\'s room'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -f -a "receive" -d 'Record a message the client (or another participant) wrote'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -f -a "list" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -f -a "ls" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and not __fish_seen_subcommand_from send receive list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l file -d 'Read the message from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l as -d 'Send as this agency member (for agency proposals)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l from -d 'Who wrote it [default: the client]' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a message to the client in a proposal\'s room'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Record a message the client (or another participant) wrote'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -f -a "send" -d 'Send a message to the client in a proposal\'s room'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -f -a "receive" -d 'Record a message the client (or another participant) wrote'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -f -a "list" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -f -a "ls" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand message; and not __fish_seen_subcommand_from send receive list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l file -d 'Read the message from a file, or `-` for standard input' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l as -d 'Send as this agency member (for agency proposals)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l from -d 'Who wrote it [default: the client]' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a message to the client in a proposal\'s room'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Record a message the client (or another participant) wrote'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "receive" -d 'Record the client\'s offer on a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "list" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "ls" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "show" -d 'Show one offer'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "accept" -d 'Accept an offer: a contract starts'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "decline" -d 'Decline an offer: the proposal goes back to active'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l proposal -d 'The proposal the offer is on (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l weekly-limit -d 'Hours a week the client will pay for (hourly offers)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l received-at -d 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l status -d 'Only offers in this status (open, accepted, declined, expired, withdrawn)' -r -f -a "open\t''
accepted\t''
declined\t''
expired\t''
withdrawn\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l status -d 'Only offers in this status (open, accepted, declined, expired, withdrawn)' -r -f -a "open\t''
accepted\t''
declined\t''
expired\t''
withdrawn\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l as -d 'The agency member accepting (its business manager)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l uid -d 'A stable key for the new contract' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l reason -d 'Why: rate-too-low, terms-mismatch, schedule-conflict, scope-changed, client-behavior, other' -r -f -a "rate-too-low\t''
terms-mismatch\t''
schedule-conflict\t''
scope-changed\t''
client-behavior\t''
other\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l message -d 'A message to the client (no contact information)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Record the client\'s offer on a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one offer'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an offer: a contract starts'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an offer: the proposal goes back to active'
complete -c lancer -n "__fish_lancer_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "receive" -d 'Record the client\'s offer on a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "list" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "ls" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "show" -d 'Show one offer'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "accept" -d 'Accept an offer: a contract starts'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "decline" -d 'Decline an offer: the proposal goes back to active'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and not __fish_seen_subcommand_from receive list ls show accept decline help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l proposal -d 'The proposal the offer is on (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l rate -d 'Hourly rate the client sees (hourly jobs), 3.00 to 999.99' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l bid -d 'Bid for the whole project (fixed-price jobs), 5.00 to 1,000,000.00' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l milestone -d 'A milestone "DESCRIPTION;YYYY-MM-DD;AMOUNT" (repeat; the bid is their sum)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l receive -d 'What you want to receive after the fee; the client amount is worked out' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l duration -d 'How long the work will take' -r -f -a "less-than-1-month\t''
1-to-3-months\t''
3-to-6-months\t''
more-than-6-months\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l weekly-limit -d 'Hours a week the client will pay for (hourly offers)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l received-at -d 'When it arrived (a date, RFC 3339, 2h ago…) [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from receive" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l status -d 'Only offers in this status (open, accepted, declined, expired, withdrawn)' -r -f -a "open\t''
accepted\t''
declined\t''
expired\t''
withdrawn\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l status -d 'Only offers in this status (open, accepted, declined, expired, withdrawn)' -r -f -a "open\t''
accepted\t''
declined\t''
expired\t''
withdrawn\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l as -d 'The agency member accepting (its business manager)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l uid -d 'A stable key for the new contract' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l reason -d 'Why: rate-too-low, terms-mismatch, schedule-conflict, scope-changed, client-behavior, other' -r -f -a "rate-too-low\t''
terms-mismatch\t''
schedule-conflict\t''
scope-changed\t''
client-behavior\t''
other\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l message -d 'A message to the client (no contact information)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Record the client\'s offer on a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one offer'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an offer: a contract starts'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an offer: the proposal goes back to active'
complete -c lancer -n "__fish_lancer_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -f -a "list" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -f -a "ls" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -f -a "show" -d 'Show one contract'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -f -a "end" -d 'End a contract'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and not __fish_seen_subcommand_from list ls show end help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l status -d 'Only contracts in this status' -r -f -a "active\t''
paused\t''
ended\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l status -d 'Only contracts in this status' -r -f -a "active\t''
paused\t''
ended\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l reason -d 'Why it ended' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one contract'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a contract'
complete -c lancer -n "__fish_lancer_using_subcommand contracts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -f -a "list" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -f -a "ls" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -f -a "show" -d 'Show one contract'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -f -a "end" -d 'End a contract'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and not __fish_seen_subcommand_from list ls show end help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l status -d 'Only contracts in this status' -r -f -a "active\t''
paused\t''
ended\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l status -d 'Only contracts in this status' -r -f -a "active\t''
paused\t''
ended\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l reason -d 'Why it ended' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one contract'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a contract'
complete -c lancer -n "__fish_lancer_using_subcommand contract; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -f -a "add" -d 'Offer a fixed-price project in your catalog'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -f -a "list" -d 'List catalog projects'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -f -a "ls" -d 'List catalog projects'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -f -a "order" -d 'Record a client\'s order: a contract starts, no Connects spent'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and not __fish_seen_subcommand_from add list ls order help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l price -d 'Its price (5.00 to 1,000,000.00)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l delivery-days -d 'Days to deliver' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l description -d 'What the client gets' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l profile -d 'The profile it is offered from (id, uid, name or `general`)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l uid -d 'A stable key for scripts and imports' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l client -d 'The client ordering it (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l uid -d 'A stable key for the new contract' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from order" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "add" -d 'Offer a fixed-price project in your catalog'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "list" -d 'List catalog projects'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "order" -d 'Record a client\'s order: a contract starts, no Connects spent'
complete -c lancer -n "__fish_lancer_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "balance" -d 'The balance and the lots it is made of'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "history" -d 'Every change of the balance, newest first (as `log`)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "buy" -d 'Buy whole Connects at the configured price'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "grant" -d 'Record the plan\'s monthly allowance (once per month)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "spend" -d 'Spend Connects on something other than a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l kind -d 'Only rows of this kind' -r -f -a "grant\t''
purchase\t''
spend\t''
refund\t''
expire\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l oldest-first -d 'Oldest first instead of newest first'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from buy" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l month -d 'The month, YYYY-MM [default: the current month]' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l for -d 'What for' -r -f -a "profile-boost\t''
availability-badge\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from spend" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from help" -f -a "balance" -d 'The balance and the lots it is made of'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every change of the balance, newest first (as `log`)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from help" -f -a "buy" -d 'Buy whole Connects at the configured price'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Record the plan\'s monthly allowance (once per month)'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from help" -f -a "spend" -d 'Spend Connects on something other than a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand connects; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "balance" -d 'The balance and the lots it is made of'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "history" -d 'Every change of the balance, newest first (as `log`)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "buy" -d 'Buy whole Connects at the configured price'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "grant" -d 'Record the plan\'s monthly allowance (once per month)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "spend" -d 'Spend Connects on something other than a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and not __fish_seen_subcommand_from balance history buy grant spend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l kind -d 'Only rows of this kind' -r -f -a "grant\t''
purchase\t''
spend\t''
refund\t''
expire\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l oldest-first -d 'Oldest first instead of newest first'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from buy" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l month -d 'The month, YYYY-MM [default: the current month]' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l for -d 'What for' -r -f -a "profile-boost\t''
availability-badge\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l agency -d 'An agency\'s shared pool instead of your own Connects' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from spend" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "balance" -d 'The balance and the lots it is made of'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every change of the balance, newest first (as `log`)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "buy" -d 'Buy whole Connects at the configured price'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Record the plan\'s monthly allowance (once per month)'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "spend" -d 'Spend Connects on something other than a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Check a text (an argument, or standard input when left out or `-`)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l explain -d 'Show why each finding was raised and what moved its confidence'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a text (an argument, or standard input when left out or `-`)'
complete -c lancer -n "__fish_lancer_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Check a draft cover letter for a job'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l job -d 'The job it is for (id or uid)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l invite -d 'The letter is answering an invitation (expects a thank-you)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a draft cover letter for a job'
complete -c lancer -n "__fish_lancer_using_subcommand letter; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l since -d 'Start of the funnel\'s window: a date, RFC 3339, or 30d, 2w ago… [default: 90 days before now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l profile -d 'Only proposals sent from this profile (id, uid, name or `general`)' -r
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand stats" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand stats" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l invites -d 'How many invites to create' -r
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l seed -d 'The random seed: the same seed and --now build the same world' -r
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand seed" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l if-empty -d 'Do nothing (and succeed) when the store already has invites'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand seed" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand schema" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand schema" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand export" -s O -l output -d 'Write to this file instead of standard output' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand export" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand export" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand export" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand export" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand export" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand export" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand export" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand export" -l ndjson -d 'One record a line (streams), instead of one JSON document'
complete -c lancer -n "__fish_lancer_using_subcommand export" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand export" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand export" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand export" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand export" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand export" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand import" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand import" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand import" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand import" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand import" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand import" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand import" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand import" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand import" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand import" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand import" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand import" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand import" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand import" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l action -d 'Only events with this action (added, edited, closed, …)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l since -d 'Only events at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l until -d 'Only events before this time (the same forms as --since)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand log" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand log" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand log" -l oldest-first -d 'Oldest first instead of newest first'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -f -a "path" -d 'Print where the store is (without opening it)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -f -a "init" -d 'Create the store (and its folders) if there is none; an existing store is only migrated'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -f -a "check" -d 'Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -f -a "backup" -d 'Write a consistent copy of the store, even while it is in use'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -f -a "copy" -d 'Copy every record into a new or empty store, SQLite or PostgreSQL, either way'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path init check backup copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l from -d 'The store to copy [default: the one --db / LANCER_DB names]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The store to fill: a new file, or an empty store or database' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the store is (without opening it)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the store (and its folders) if there is none; an existing store is only migrated'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the store, even while it is in use'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy every record into a new or empty store, SQLite or PostgreSQL, either way'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -f -a "get" -d 'Print one setting\'s value'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -f -a "set" -d 'Change a setting'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -f -a "list" -d 'List every setting with its value and default'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -f -a "ls" -d 'List every setting with its value and default'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting\'s value'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every setting with its value and default'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l db -d 'The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l now -d 'Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)' -r
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l offset -d 'Skip this many rows of a list first (with --limit, pages through it)' -r
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression, e.g. --jq \'.[] | .id\' (strings print raw)' -r
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s q -l quiet -d 'Print only ids, one a line (nothing for a result without one)'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "clients" -d 'Clients: the hiring side of a job'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "jobs" -d 'Job posts'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "profiles" -d 'Your profiles: one general, up to two specialized'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "agencies" -d 'Agencies you belong to and their members'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "invites" -d 'Invitations to interview: review, accept, decline, ignore'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "proposals" -d 'Proposals: terms, fees, Connects, status'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "messages" -d 'Message rooms of proposals'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "offers" -d 'Offers from clients: accept to start a contract, or decline'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "contracts" -d 'Contracts: what accepted offers and catalog orders became'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "catalog" -d 'Catalog projects: fixed-price services clients order directly'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "connects" -d 'Connects: balance, lots, grants, purchases, spending'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "policy" -d 'Check a text for contact information and extra-reward offers'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "letter" -d 'Check a draft cover letter against its job and your other letters'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "stats" -d 'Response time, funnel, win rate and Connects per hire'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "seed" -d 'Fill the store with a coherent demo world, deterministically'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "schema" -d 'Print the JSON Schema of an entity\'s JSON output'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "export" -d 'Write every record of the store as JSON or NDJSON'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "import" -d 'Load an export (or a hand-written fixture), all or nothing'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "log" -d 'The event history, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "db" -d 'The store: where it is, check it, back it up'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "config" -d 'Policy settings: fees, plan, Connects price, windows'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies invites proposals messages offers contracts catalog connects policy letter stats seed schema export import log db config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "add" -d 'Record a client'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "list" -d 'List clients'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "show" -d 'Show one client'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from clients" -f -a "edit" -d 'Change a client\'s details (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "add" -d 'Record a job post'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "list" -d 'List job posts'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "show" -d 'Show one job post'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "edit" -d 'Change a job post (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "close" -d 'Close a job: filled, cancelled (refunds Connects spent on it) or expired'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "add" -d 'Add a profile'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "list" -d 'List profiles'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "show" -d 'Show one profile'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "edit" -d 'Change a profile (only the flags given)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from agencies" -f -a "add" -d 'Record an agency'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from agencies" -f -a "list" -d 'List agencies with their members'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from agencies" -f -a "show" -d 'Show one agency'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from agencies" -f -a "member-add" -d 'Add a member to an agency, or change a member\'s role'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "receive" -d 'Record an invitation the client (or the platform) sent'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "list" -d 'List invitations, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "show" -d 'Show an invitation with its job, client, score and history (a person\'s look marks it viewed)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "accept" -d 'Accept an invitation: it becomes an active proposal with a message room'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "decline" -d 'Decline an invitation with a reason'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "ignore" -d 'Move pending invitations to the archive without answering them'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "mark-withdrawn" -d 'Record that the client withdrew the invitation'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "interview" -d 'Start or submit an invitation\'s instant interview'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "submit" -d 'Send a proposal to a public job (costs the job\'s Connects)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "list" -d 'List proposals'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "show" -d 'Show one proposal: terms, fee, Connects, room, offer, edit window'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "edit" -d 'Change a proposal\'s letter, answers, attachments or terms, within their windows'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "withdraw" -d 'Withdraw a proposal (no Connects come back)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "boost" -d 'Boost a proposal with Connects (once)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "mark-viewed" -d 'Record that the client viewed the proposal (closes the letter\'s edit window)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "mark-declined" -d 'Record that the client declined the proposal'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "mark-outbid" -d 'Record that the boost was outbid: its Connects come back'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "lint" -d 'Check the cover letter against the job and your other letters (no AI, no network)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from proposals" -f -a "attachment" -d 'Write one of a proposal\'s attachments to a file or standard output'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "send" -d 'Send a message to the client in a proposal\'s room'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "receive" -d 'Record a message the client (or another participant) wrote'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "list" -d 'List a room\'s messages, oldest first'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "receive" -d 'Record the client\'s offer on a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "list" -d 'List offers'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "show" -d 'Show one offer'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "accept" -d 'Accept an offer: a contract starts'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "decline" -d 'Decline an offer: the proposal goes back to active'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from contracts" -f -a "list" -d 'List contracts'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from contracts" -f -a "show" -d 'Show one contract'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from contracts" -f -a "end" -d 'End a contract'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "add" -d 'Offer a fixed-price project in your catalog'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "list" -d 'List catalog projects'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "order" -d 'Record a client\'s order: a contract starts, no Connects spent'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from connects" -f -a "balance" -d 'The balance and the lots it is made of'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from connects" -f -a "history" -d 'Every change of the balance, newest first (as `log`)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from connects" -f -a "buy" -d 'Buy whole Connects at the configured price'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from connects" -f -a "grant" -d 'Record the plan\'s monthly allowance (once per month)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from connects" -f -a "spend" -d 'Spend Connects on something other than a proposal'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "check" -d 'Check a text (an argument, or standard input when left out or `-`)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from letter" -f -a "check" -d 'Check a draft cover letter for a job'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print where the store is (without opening it)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create the store (and its folders) if there is none; an existing store is only migrated'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the store, even while it is in use'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy every record into a new or empty store, SQLite or PostgreSQL, either way'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting\'s value'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List every setting with its value and default'
