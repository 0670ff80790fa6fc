#!/usr/bin/env python3
"""Before/after search comparison at the same moment (Python 3 standard library only).

Two builds run at once, each on its own copy of one data directory (see docs/benchmarks.md, and
bench/search-ab.sh, which starts them); every query of a scenario goes to both in turn, in alternating order,
so the machine's load falls on both alike. Prints, per build, latency percentiles and the server's CPU time
per request (measured around each request). Then, with --rounds, the 8-user load runs against each build in
turn (A B, B A, ...) for --seconds each, and the total throughput and CPU per request of each build is printed.

    python3 bench/search_ab.py --a http://127.0.0.1:8081 --a-pid 111 --b http://127.0.0.1:8082 --b-pid 222 \\
        --modules jobs-filter,jobs-api --kinds page,fragment --rounds 2 --seconds 10
"""

import argparse
import random
import types
import urllib.parse

import search_load


def compare(builds, module, kind, count, seed, measure):
    rnd = random.Random(seed)
    for build in builds:
        build["latencies"], build["cpu"] = [], 0.0
        build["client"] = search_load.Client(
            build["host"], build["port"], fragment=kind == "fragment", json=module in search_load.JSON)
    for i in range(count):
        path = search_load.QUERIES[module](rnd)
        for build in builds if i % 2 == 0 else reversed(builds):
            before = search_load.cpu_seconds(build["pid"])
            build["latencies"].append(build["client"].get(path))
            build["cpu"] += search_load.cpu_seconds(build["pid"]) - before
    for build in builds:
        build["client"].close()
        if measure:
            values = sorted(build["latencies"])
            ms = [search_load.percentile(values, p) * 1000 for p in (50, 95, 99)]
            print(f"{build['name']} {module:<13} {kind:<8} n={count:>5}  p50={ms[0]:6.1f} ms  p95={ms[1]:6.1f} ms"
                  f"  p99={ms[2]:6.1f} ms  server CPU {build['cpu'] * 1000 / count:5.1f} ms/req", flush=True)


def concurrent(builds, module, users, seconds, rounds):
    totals = {build["name"]: [0, 0.0, 0.0] for build in builds}
    for round_ in range(rounds):
        for build in builds if round_ % 2 == 0 else reversed(builds):
            target = types.SimpleNamespace(host=build["host"], port=build["port"], pid=build["pid"])
            name = f"{build['name']} {module} {users} users, {seconds} s"
            count, wall, cpu = search_load.concurrent_users(target, module, users, seconds, name=name)
            total = totals[build["name"]]
            total[0] += count
            total[1] += wall
            total[2] += cpu
    for name, (count, wall, cpu) in totals.items():
        print(f"{name} {module:<13} {users} users, {rounds} x {seconds} s: {count / wall:6.1f} req/s"
              f"  server CPU {cpu * 1000 / count:5.1f} ms/req", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", required=True, help="base address of build A (before)")
    parser.add_argument("--a-pid", type=int, required=True)
    parser.add_argument("--b", required=True, help="base address of build B (after)")
    parser.add_argument("--b-pid", type=int, required=True)
    parser.add_argument("--modules", default="jobs-text,jobs-filter,jobs-distance,jobs-api")
    parser.add_argument("--kinds", default="page,fragment", help="page, fragment (JSON scenarios ask for JSON)")
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=10, help="length of each 8-user round")
    parser.add_argument("--rounds", type=int, default=0, help="8-user rounds per build (0: none)")
    args = parser.parse_args()
    builds = []
    for name, base, pid in (("A", args.a, args.a_pid), ("B", args.b, args.b_pid)):
        url = urllib.parse.urlsplit(base)
        builds.append({"name": name, "host": url.hostname, "port": url.port or 80, "pid": pid})
    for module in args.modules.split(","):
        kinds = ["json"] if module in search_load.JSON else args.kinds.split(",")
        for kind in kinds:
            compare(builds, module, kind, args.warmup, seed=1, measure=False)
            compare(builds, module, kind, args.requests, seed=3, measure=True)
        if args.rounds:
            concurrent(builds, module, args.users, args.seconds, args.rounds)


if __name__ == "__main__":
    main()
