#!/usr/bin/env python3
"""Search load for the training catalog, the employer directory and the job board (Python 3 standard library only).

Sends text, filter and distance searches over keep-alive HTTP connections and prints, per scenario, the
latency percentiles, the throughput and the server's CPU time per request (from /proc/<pid>/stat).

    python3 bench/search_load.py --base http://127.0.0.1:8080 --pid 12345
    python3 bench/search_load.py --modules jobs-filter --requests 3000
"""

import argparse
import http.client
import os
import random
import threading
import time
import urllib.parse

ZIPS = ["12207", "10027", "14604", "13202", "14202", "10451", "11201", "12601", "13501", "12901"]
RADII = ["10", "25", "50"]

TRAINING_TEXT = [
    "care coordination", "community health worker", "nursing", "care managment", "patient navigation",
    "direct support", "case manager", "spanish", "health home", "medication administration",
]
TYPES = ["CERTIFICATE", "DEGREE", "CERTIFICATION", "PROFESSIONAL_DEVELOPMENT", "APPRENTICESHIP"]
MODES = ["IN_PERSON", "HYBRID", "ONLINE"]
SCHEDULES = ["DAYTIME", "EVENINGS", "WEEKENDS", "SELF_PACED"]
CAREERS = ["care-coordination-and-care-management", "community-health-worker", "direct-support-professional",
           "registered-nurse"]

EMPLOYER_TEXT = [
    "health home", "care coordination", "hospital", "nursing", "behavioral health", "developmental",
    "medcal center", "family health", "care network", "bilingual",
]
SETTINGS = ["hospital", "health-home", "primary-care", "behavioral-health", "long-term-care", "community-based",
            "opwdd-cco", "health-plan"]
REGIONS = ["Capital Region", "Central New York", "Finger Lakes", "Long Island", "Mid-Hudson", "Mohawk Valley",
           "New York City", "North Country", "Southern Tier", "Western New York"]


def training_query(rnd):
    """Text, one or two filters and (mostly) a place and radius."""
    params = [("q", rnd.choice(TRAINING_TEXT))]
    filters = rnd.sample(["type", "mode", "schedule", "career"], rnd.choice([1, 1, 2]))
    for name in filters:
        if name == "type":
            params.append(("type", rnd.choice(TYPES)))
        elif name == "mode":
            params.append(("mode", rnd.choice(MODES)))
        elif name == "schedule":
            params.append(("schedule", rnd.choice(SCHEDULES)))
        else:
            params.append(("career", rnd.choice(CAREERS)))
    if rnd.random() < 0.8:
        params += [("near", rnd.choice(ZIPS)), ("radius", rnd.choice(RADII))]
        if rnd.random() < 0.3:
            params.append(("sort", "distance"))
    return "/trainings?" + urllib.parse.urlencode(params)


def employer_query(rnd):
    params = [("q", rnd.choice(EMPLOYER_TEXT))]
    filters = rnd.sample(["setting", "career", "region"], rnd.choice([1, 1, 2]))
    for name in filters:
        if name == "setting":
            params.append(("setting", rnd.choice(SETTINGS)))
        elif name == "career":
            params.append(("career", rnd.choice(CAREERS)))
        else:
            params.append(("region", rnd.choice(REGIONS)))
    if rnd.random() < 0.8:
        params += [("near", rnd.choice(ZIPS)), ("radius", rnd.choice(RADII))]
    return "/employers?" + urllib.parse.urlencode(params)


# Words people type into a job search: job titles, kinds of work and places, some misspelled.
JOB_TEXT = [
    "care coordinator", "registered nurse", "community health worker", "direct support professional",
    "case manager", "nurse care manager", "patient navigator", "peer", "outreach worker", "charge nurse",
    "health home", "bilingual", "habilitation specialist", "job coach", "school nurse", "public health nurse",
    "senior care manager", "entry-level", "spanish", "brooklyn", "buffalo nurse", "rochester care manager",
    "care cordinator", "registerd nurse", "comunity health worker", "case manger", "direct suport",
]
JOB_CAREERS = CAREERS
JOB_TYPES = ["FULL_TIME", "FULL_TIME", "PART_TIME", "PER_DIEM", "TEMPORARY"]
JOB_SCHEDULES = ["DAYS", "EVENINGS", "NIGHTS", "WEEKENDS", "ROTATING"]
# Dollars a year, as the form asks ($20 and $25 an hour are 41,600 and 52,000).
JOB_MIN_PAY = ["35000", "40000", "41600", "45000", "50000", "52000", "60000", "75000"]


def job_filters(rnd, count):
    """Count of the filters a job seeker sets most: career, employment type, minimum pay, schedule."""
    params = []
    for name in rnd.sample(["career", "type", "minPay", "schedule"], count):
        if name == "career":
            params.append(("career", rnd.choice(JOB_CAREERS)))
        elif name == "type":
            params.append(("type", rnd.choice(JOB_TYPES)))
        elif name == "minPay":
            params.append(("minPay", rnd.choice(JOB_MIN_PAY)))
        else:
            params.append(("schedule", rnd.choice(JOB_SCHEDULES)))
    return params


def job_text_query(rnd):
    """(a) Text only."""
    return "/jobs?" + urllib.parse.urlencode([("q", rnd.choice(JOB_TEXT))])


def job_filter_params(rnd):
    """Text, one or two filters, a place and a radius."""
    params = [("q", rnd.choice(JOB_TEXT))] + job_filters(rnd, rnd.choice([1, 1, 2]))
    return params + [("near", rnd.choice(ZIPS)), ("radius", rnd.choice(RADII))]


def job_filter_query(rnd):
    """(b) Text + filter + distance."""
    return "/jobs?" + urllib.parse.urlencode(job_filter_params(rnd))


def job_distance_query(rnd):
    """(c) Filters and a place, no text, nearest first."""
    params = job_filters(rnd, rnd.choice([1, 2, 2, 3]))
    params += [("near", rnd.choice(ZIPS)), ("radius", rnd.choice(RADII)), ("sort", "DISTANCE")]
    return "/jobs?" + urllib.parse.urlencode(params)


def job_api_query(rnd):
    """(d) The JSON API with the parameters of (b)."""
    return "/api/v1/jobs?" + urllib.parse.urlencode(job_filter_params(rnd))


QUERIES = {
    "trainings": training_query,
    "employers": employer_query,
    "jobs-text": job_text_query,
    "jobs-filter": job_filter_query,
    "jobs-distance": job_distance_query,
    "jobs-api": job_api_query,
}
# What the API answers: JSON, never an htmx fragment.
JSON = {"jobs-api"}


class Client:
    """One user: one keep-alive connection, like a browser tab."""

    def __init__(self, host, port, fragment, json=False):
        self.connection = http.client.HTTPConnection(host, port, timeout=30)
        self.headers = {"Accept-Encoding": "gzip", "Accept": "application/json" if json else "text/html"}
        if fragment:
            self.headers["HX-Request"] = "true"

    def get(self, path):
        start = time.perf_counter()
        self.connection.request("GET", path, headers=self.headers)
        response = self.connection.getresponse()
        response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
        return elapsed

    def close(self):
        self.connection.close()


def cpu_seconds(pid):
    if pid is None:
        return None
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the file, 12 and 13 after the ")" that ends the name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average():
    with open("/proc/loadavg") as loadavg:
        return " ".join(loadavg.read().split()[:3])


def percentile(sorted_values, p):
    index = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def report(name, latencies, wall, cpu):
    values = sorted(latencies)
    ms = [percentile(values, p) * 1000 for p in (50, 95, 99)]
    line = (f"{name:<36} n={len(values):>5}  p50={ms[0]:6.1f} ms  p95={ms[1]:6.1f} ms  p99={ms[2]:6.1f} ms"
            f"  {len(values) / wall:6.1f} req/s")
    if cpu is not None:
        line += f"  server CPU {cpu * 1000 / len(values):5.1f} ms/req"
    print(line, flush=True)


def single_user(args, module, fragment, count, seed, name=None):
    rnd = random.Random(seed)
    client = Client(args.host, args.port, fragment, module in JSON)
    latencies = []
    cpu_before = cpu_seconds(args.pid)
    start = time.perf_counter()
    for _ in range(count):
        latencies.append(client.get(QUERIES[module](rnd)))
    wall = time.perf_counter() - start
    client.close()
    if name:
        cpu = None if args.pid is None else cpu_seconds(args.pid) - cpu_before
        report(name, latencies, wall, cpu)


def concurrent_users(args, module, users, seconds, name=None):
    """{users} users for {seconds} s, half pages and half fragments; prints and returns (requests, wall, cpu)."""
    latencies = []
    errors = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def user(number):
        rnd = random.Random(1000 + number)
        client = Client(args.host, args.port, fragment=number % 2 == 1 and module not in JSON, json=module in JSON)
        mine = []
        try:
            while time.perf_counter() < deadline:
                mine.append(client.get(QUERIES[module](rnd)))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            client.close()
            with lock:
                latencies.extend(mine)

    cpu_before = cpu_seconds(args.pid)
    start = time.perf_counter()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    if errors:
        raise errors[0]
    cpu = None if args.pid is None else cpu_seconds(args.pid) - cpu_before
    report(name or f"{module} {users} users, {seconds} s{'' if module in JSON else ' (mixed)'}", latencies, wall, cpu)
    return len(latencies), wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--pid", type=int, help="server process, for CPU time per request")
    parser.add_argument("--modules", default=",".join(QUERIES))
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.base)
    args.host, args.port = url.hostname, url.port or 80

    modules = args.modules.split(",")
    for module in modules:
        print(f"sample {QUERIES[module](random.Random(1))}")
    print(f"load average before: {load_average()}", flush=True)
    for module in modules:
        if module in JSON:
            single_user(args, module, False, args.warmup, seed=1)
            single_user(args, module, False, args.requests, seed=3, name=f"{module} 1 user, JSON")
        else:
            # Warm-up: the JIT, the caches and the index readers, with both kinds of request.
            single_user(args, module, False, args.warmup // 2, seed=1)
            single_user(args, module, True, args.warmup - args.warmup // 2, seed=2)
            single_user(args, module, False, args.requests, seed=3, name=f"{module} 1 user, page")
            single_user(args, module, True, args.requests, seed=4, name=f"{module} 1 user, htmx fragment")
        concurrent_users(args, module, args.users, args.seconds)
        print(f"  load average: {load_average()}", flush=True)


if __name__ == "__main__":
    main()
