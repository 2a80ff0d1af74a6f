#!/usr/bin/env bash
# Sets up Steady and opens it. The first time, with no log of your own yet, it opens the demo.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh run
if [[ $# -eq 0 ]] && ! .venv/bin/python -c 'from app.core.paths import default_database as d; import sys; sys.exit(0 if d().exists() else 1)'; then
  exec .venv/bin/python -m app --demo
fi
exec .venv/bin/python -m app "$@"
