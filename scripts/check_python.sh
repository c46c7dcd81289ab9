#!/bin/sh
# Print the first Python 3.11+ interpreter found, or explain in one line what is missing.
for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python; do
  [ -n "$candidate" ] || continue
  command -v "$candidate" >/dev/null 2>&1 || continue
  if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    command -v "$candidate"
    exit 0
  fi
done
echo "error: Python 3.11 or newer (with its venv module) is needed; install it, or run make PYTHON=/path/to/python3.11" >&2
exit 1
