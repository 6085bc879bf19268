# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lancer_global_optspecs
    string join \n db= now= o/format= json fields= q/quiet no-input y/yes dry-run color= h/help V/version
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

complete -c lancer -n "__fish_lancer_needs_command" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_needs_command" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_needs_command" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_needs_command" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_needs_command" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_needs_command" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_needs_command" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_needs_command" -f -a "log" -d 'The event history, newest first'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "db" -d 'The store: where it is, check it, back it up'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "config" -d 'Policy settings: fees, plan, Connects price, windows'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c lancer -n "__fish_lancer_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l no-payment-verified -d 'Mark the payment method unverified'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l clear-feedback -d 'Remove all recorded feedback before adding any --feedback'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand clients; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l verified -d 'Only clients with a verified payment method'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l no-payment-verified -d 'Mark the payment method unverified'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l clear-feedback -d 'Remove all recorded feedback before adding any --feedback'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l payment-verified -d 'The client\'s payment method is verified'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand client; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and not __fish_seen_subcommand_from add list ls show edit close help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l posted-at -d 'When it was posted [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l posted-at -d 'When it was posted [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l clear-questions -d 'Replace the screening questions with the --question flags given'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l reason -d 'Why it closed' -r -f -a "filled\t''
cancelled\t''
expired\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand jobs; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and not __fish_seen_subcommand_from add list ls show edit close help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l posted-at -d 'When it was posted [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l featured -d 'Only Featured jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l private -d 'Only private (invite-only) jobs'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l posted-at -d 'When it was posted [default: now]' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l proposals -d 'Activity: proposals the job has' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l invites-sent -d 'Activity: invites the client sent' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l interviewing -d 'Activity: freelancers being interviewed' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l last-viewed-at -d 'Activity: when the client last viewed the job' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l bid-range -d 'Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l clear-questions -d 'Replace the screening questions with the --question flags given'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l featured -d 'A Featured job (its invites may come from the platform)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l private -d 'Invite-only: no referrals'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l reason -d 'Why it closed' -r -f -a "filled\t''
cancelled\t''
expired\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand job; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l specialized -d 'A specialized profile (at most two), not the general one'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profiles; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and not __fish_seen_subcommand_from add list ls show edit help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l specialized -d 'A specialized profile (at most two), not the general one'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l kind -d 'Only general or only specialized profiles' -r -f -a "general\t''
specialized\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l clear-skills -d 'Replace the skills with the --skill flags given'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand profile; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and not __fish_seen_subcommand_from add list ls show member-add help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l role -d 'The member\'s role' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agencies; and __fish_seen_subcommand_from member-add" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and not __fish_seen_subcommand_from add list ls show member-add help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l role -d 'The member\'s role' -r -f -a "owner\t''
business-manager\t''
member\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand agency; and __fish_seen_subcommand_from member-add" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand log" -l action -d 'Only events with this action (added, edited, closed, …)' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l since -d 'Only events at or after this time' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l limit -d 'At most this many rows' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand log" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand log" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand log" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand log" -l oldest-first -d 'Oldest first instead of newest first'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand log" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand log" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "path" -d 'Print where the store is (without opening it)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "check" -d 'Check the store\'s integrity, foreign keys and Connects ledger; exit 5 on any problem'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "backup" -d 'Write a consistent copy of the store, even while it is in use'
complete -c lancer -n "__fish_lancer_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the store is (without opening it)'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the store\'s integrity, foreign keys and Connects ledger; exit 5 on any problem'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the store, even while it is in use'
complete -c lancer -n "__fish_lancer_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and not __fish_seen_subcommand_from get set list ls help" -s q -l quiet -d 'Print only ids, one a line'
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
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting\'s value'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every setting with its value and default'
complete -c lancer -n "__fish_lancer_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l db -d 'The store file [default: $XDG_DATA_HOME/lancer/lancer.db]' -r -F
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l now -d 'Take this as the current time (RFC 3339), for scripts and fixtures' -r
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s o -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t''"
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l fields -d 'Choose and order the fields shown, e.g. --fields id,status' -r
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l color -d 'Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l json -d 'Same as --format json'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s q -l quiet -d 'Print only ids, one a line'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l no-input -d 'Never prompt (also when stdin or stderr is not a terminal)'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -l dry-run -d 'Show what would change, costs included, and write nothing'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s h -l help -d 'Print help'
complete -c lancer -n "__fish_lancer_using_subcommand completions" -s V -l version -d 'Print version'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "clients" -d 'Clients: the hiring side of a job'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "jobs" -d 'Job posts'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "profiles" -d 'Your profiles: one general, up to two specialized'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "agencies" -d 'Agencies you belong to and their members'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "log" -d 'The event history, newest first'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "db" -d 'The store: where it is, check it, back it up'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "config" -d 'Policy settings: fees, plan, Connects price, windows'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c lancer -n "__fish_lancer_using_subcommand help; and not __fish_seen_subcommand_from clients jobs profiles agencies log db config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print where the store is (without opening it)'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check the store\'s integrity, foreign keys and Connects ledger; exit 5 on any problem'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the store, even while it is in use'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting\'s value'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting'
complete -c lancer -n "__fish_lancer_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List every setting with its value and default'
