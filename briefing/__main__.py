"""``python -m briefing`` runs the command line."""

import sys

try:
    from .cli.command import main
except KeyboardInterrupt:  # Ctrl-C while the command line is still loading
    sys.stderr.write(
        "briefing: error: interrupted; no output file was changed (run again to finish)\n"
    )
    sys.exit(130)

main()
