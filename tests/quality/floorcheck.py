"""Shared by the regression guards: runs a development-set runner and fails when a figure
drops below its floor."""
import subprocess


def run_and_check(usage, argv, floors, figures):
    """argv: [script, RUNNER, PARALLAX_CLI]; floors: set -> {figure: floor}; figures(line)
    reads the figures of one output line. Returns the exit status."""
    if len(argv) != 3:
        print(usage)
        return 2
    run = subprocess.run(["bash", argv[1], argv[2]], capture_output=True, text=True)
    print(run.stdout)
    if run.returncode != 0:
        print(run.stderr)
        return 1
    failures = []
    seen = set()
    for line in run.stdout.splitlines():
        name = line.split(" ", 1)[0]
        if name not in floors:
            continue
        seen.add(name)
        got = figures(line)
        for figure, floor in floors[name].items():
            if figure not in got:
                failures.append(f"{name}: no {figure} in the output")
            elif got[figure] < floor:
                failures.append(f"{name}: {figure} {got[figure]:.3f} is below {floor:.3f}")
    for name in floors:
        if name not in seen:
            failures.append(f"{name}: no result")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0
