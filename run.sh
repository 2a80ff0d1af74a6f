#!/usr/bin/env bash
# Sets up Steady and opens it: your own log once you have one; until then it asks whether to
# explore the demo or start your own.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh run
exec .venv/bin/python -m app "$@"
