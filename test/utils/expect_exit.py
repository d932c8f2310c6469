#!/usr/bin/env python3
"""expect_exit.py CODE COMMAND...: runs COMMAND and succeeds only when it
exits with status CODE (lit's `not` only checks for non-zero)."""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:])
if got != want:
    sys.stderr.write(f"expect_exit: expected exit status {want}, got {got}\n")
    sys.exit(1)
