"""CPU time per component of a command's process tree (Linux /proc, sampled every 50 ms).

    python3 Benchmarks/RunBench/cpu_by_process.py .build/release/RunBench 1 --only scene

getrusage(RUSAGE_CHILDREN) misses most of Chromium: Playwright's driver exits before the
browser's processes are reaped, so they are re-parented to init and their CPU is never added
to the benchmark's children. This samples every descendant's own utime + stime instead (the
last sample of a process that lives less than 50 ms is lost). Printed to stderr at the end.
"""

import collections
import os
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def processes():
    """pid -> (parent pid, command name, cpu ticks, command line)."""
    table = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as handle:
                stat = handle.read()
            with open(f"/proc/{name}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ")
        except OSError:
            continue
        end = stat.rindex(")")
        fields = stat[end + 2:].split()
        table[int(name)] = (int(fields[1]), stat[stat.index("(") + 1:end], int(fields[11]) + int(fields[12]), command)
    return table


def component(comm, command):
    if b"runner.py" in command:
        return "python runner"
    if b"bare_loop.py" in command:
        return "python bare loop"
    if b"http.server" in command:
        return "http.server (site)"
    if comm == "node" or b"run-driver" in command:
        return "node (Playwright driver)"
    if "chrom" in comm or b"chromium" in command:
        return "chromium (all processes)"
    if "RunBench" in comm or b"RunBench" in command or "scene" == comm:
        return "scene (Swift)"
    return comm


def main():
    child = subprocess.Popen(sys.argv[1:])
    last = {}
    while child.poll() is None:
        table = processes()
        children = collections.defaultdict(list)
        for pid, (parent, _, _, _) in table.items():
            children[parent].append(pid)
        stack, seen = [child.pid], set()
        while stack:
            pid = stack.pop()
            if pid in seen or pid not in table:
                continue
            seen.add(pid)
            _, comm, ticks, command = table[pid]
            last[pid] = (component(comm, command), ticks)
            stack += children[pid]
        time.sleep(0.05)
    totals = collections.Counter()
    for name, ticks in last.values():
        totals[name] += ticks
    total = sum(totals.values()) or 1
    print(f"CPU by component (sampled): {total / TICKS:.2f} s", file=sys.stderr)
    for name, ticks in totals.most_common():
        print(f"  {name:28s} {ticks / TICKS:7.2f} s  {100 * ticks / total:5.1f} %", file=sys.stderr)
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
