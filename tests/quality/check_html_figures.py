#!/usr/bin/env python3
"""Regression guard over the saved-page development sets: runs
../shared/corpus/html-dev/tools/run_html_dev.sh with parallax-cli and fails when a figure
drops below the floor reached so far. The floors sit a little under the figures measured when
they were set; they guard, they are not targets."""
import re
import subprocess
import sys

# set -> {figure: floor}; "body" is the body F1.
FLOORS = {
    "readability": {"body": 0.88, "site": 0.95, "author": 0.70, "date": 0.95},
    "trafilatura": {"body": 0.88, "title": 0.76, "author": 0.62, "date": 0.75},
}


def figures(line):
    found = {}
    m = re.search(r"body F1 ([0-9.]+)", line)
    if m:
        found["body"] = float(m.group(1))
    for name in ("title", "site", "author", "date"):
        m = re.search(r"\| " + name + r" ([0-9.]+)/", line)
        if m:
            found[name] = float(m.group(1))
    return found


def main():
    if len(sys.argv) != 3:
        print("usage: check_html_figures.py RUN_HTML_DEV_SH PARALLAX_CLI", file=sys.stderr)
        return 2
    run = subprocess.run(["bash", sys.argv[1], sys.argv[2]], capture_output=True, text=True)
    print(run.stdout)
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        return 1
    failures = []
    seen = set()
    for line in run.stdout.splitlines():
        name = line.split(" ", 1)[0]
        if name not in FLOORS:
            continue
        seen.add(name)
        got = figures(line)
        for figure, floor in FLOORS[name].items():
            if figure not in got:
                failures.append(f"{name}: no {figure} in the output")
            elif got[figure] < floor:
                failures.append(f"{name}: {figure} {got[figure]:.3f} is below {floor:.3f}")
    for name in FLOORS:
        if name not in seen:
            failures.append(f"{name}: no result")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
