#!/usr/bin/env python3
"""Time to the first record of `caseingest extract FILE`, fresh processes of several publishes alternated.

    eng/first-record.py ROUNDS FILE NAME=PATH[|VAR=VALUE,VAR=VALUE] ...

Each round starts every program once (the order rotated each round): wall time from process start to the first
line on stdout, and the CPU of the process (user + system, getrusage of the child). Prints per program the median
and minimum, the median of the per-round ratios to the first program, and how many different outputs it gave
(one: the same bytes every time; the hash prefix to compare programs), then the load average. On a shared
machine run it under `chrt -f 10` so the measured process has the cores as on a quiet one.
"""
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import time

rounds, document = int(sys.argv[1]), sys.argv[2]
programs = []
for spec in sys.argv[3:]:
    name, rest = spec.split("=", 1)
    path, _, variables = rest.partition("|")
    env = dict(os.environ)
    for pair in filter(None, variables.split(",")):
        key, value = pair.split("=", 1)
        env[key] = value
    programs.append((name, path, env))

results = {name: ([], [], set()) for name, _, _ in programs}
for r in range(rounds):
    for name, path, env in programs[r % len(programs):] + programs[:r % len(programs)]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        child = subprocess.Popen([path, "extract", document], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        first = child.stdout.readline()
        first_at = time.perf_counter()
        rest = child.stdout.read()
        child.wait()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        results[name][0].append((first_at - start) * 1000)
        results[name][1].append(cpu * 1000)
        results[name][2].add(hashlib.sha256(first + rest).hexdigest())

base_wall, base_cpu, _ = results[programs[0][0]]
for name, (wall, cpu, outputs) in results.items():
    wall_ratio = statistics.median(a / b for a, b in zip(wall, base_wall))
    cpu_ratio = statistics.median(a / b for a, b in zip(cpu, base_cpu))
    print(f"{name:16s} first record p50 {statistics.median(wall):6.0f} ms (min {min(wall):5.0f})  CPU p50 {statistics.median(cpu):6.0f} ms"
          f"  ratio to {programs[0][0]}: wall {wall_ratio:.2f} CPU {cpu_ratio:.2f}  outputs {len(outputs)} {sorted(outputs)[0][:12]}")
print("load average", *open("/proc/loadavg").read().split()[:3])
