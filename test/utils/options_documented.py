#!/usr/bin/env python3
"""options_documented.py CLI_MD < HELP: every option `kbindgen --help` lists
is documented in a table row of CLI_MD (`| `--opt ...` | ... |`), and every
option a table row documents is one that --help lists."""
import re
import sys

helped = set(re.findall(r"^  (--?[A-Za-z0-9_-]+)", sys.stdin.read(), re.M))
documented = set()
with open(sys.argv[1]) as f:
    for line in f:
        if line.startswith("| `-"):
            first = line.split("|")[1]
            documented |= set(re.findall(r"`(--?[A-Za-z0-9_-]+)", first))
bad = False
for o in sorted(helped - documented):
    print(f"{o}: in --help but in no table of {sys.argv[1]}")
    bad = True
for o in sorted(documented - helped):
    print(f"{o}: documented in {sys.argv[1]} but not in --help")
    bad = True
sys.exit(1 if bad else 0)
