#!/usr/bin/python3
"""Audits a partitioned dataset of tickets (JSON Lines files) with Dask and prints the
report of `shixian check FILE... --summary --format json`, byte for byte.

    dask_audit.py --now 2027-01-01T00:00+08:00 part-*.jsonl            # LocalCluster, 2 workers
    dask_audit.py --scheduler tcp://10.0.0.5:8786 --now ... s3://bucket/tickets/part-*.jsonl

Each file is one partition, read by a worker (dask.bytes.read_bytes: local paths, or any
fsspec URL the workers can read) and audited there by the shixian Python module into a
partial summary; the partials are merged in a tree on the workers and only the merged
summary comes back. Merging is the library's (shixian.Summary.merge: counts added, the
worst breaches and the first bad lines chosen by input order), so the report is check's
over the same files in the same order, whatever the number of workers.
"""
import argparse
import sys

import dask
from dask.bytes import read_bytes
from dask.distributed import Client, LocalCluster

import shixian


def audit_part(data, file, part, settings):
    """One partition: its bytes audited as check audits the file `file`."""
    summary = shixian.Summary(**settings)
    summary.check_text(data, file=file, part=part)
    return summary


def combine(settings, *parts):
    """Partial summaries merged into a new one (tasks do not modify their inputs)."""
    out = shixian.Summary(**settings)
    for p in parts:
        out.merge(p)
    return out


def expand(paths):
    """Glob patterns (quoted, or URLs) expanded and sorted as a shell would in the C
    locale; plain paths kept as written, since check names bad lines' files as given."""
    from fsspec.core import get_fs_token_paths

    out = []
    for p in paths:
        if any(c in p for c in "*?["):
            fs, _, found = get_fs_token_paths(p)
            prefix = p.split("://", 1)[0] + "://" if "://" in p else ""
            out += sorted(prefix + f if prefix and "://" not in f else f for f in found)
        else:
            out.append(p)
    return out


def audit(client, paths, settings, fan_in=8):
    """check --summary over `paths` on the cluster behind `client`: a shixian.Summary."""
    _, blocks = read_bytes(paths, delimiter=None, blocksize=None, sample=False)
    # blocksize=None: one block per file, so line numbers are the file's own.
    parts = [dask.delayed(audit_part)(b[0], path, k, settings) for k, (path, b) in enumerate(zip(paths, blocks))]
    while len(parts) > 1:
        parts = [dask.delayed(combine)(settings, *parts[i:i + fan_in]) for i in range(0, len(parts), fan_in)]
    return client.compute(parts[0]).result()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="JSON Lines files of tickets (one partition each), in order")
    ap.add_argument("--now", required=True, help="audit as of this instant, as for check --now")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786); "
                                        "default: a LocalCluster on this machine")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    ap.add_argument("--rules", default="", help="rule set name or TOML file (default 95580), as for check")
    ap.add_argument("--zone", default="", help="time zone (default: the rule set's)")
    ap.add_argument("--calendar", action="append", default=[], help="extra calendar file (repeatable; "
                                                                    "the workers must be able to read it)")
    ap.add_argument("--provisional", action="store_true", help="as check --provisional")
    ap.add_argument("--worst", type=int, default=10, help="breaches listed per stage and class (as check)")
    ap.add_argument("--at-risk", type=float, default=None, help="as check --at-risk")
    a = ap.parse_args(argv)

    paths = expand(a.files)
    settings = dict(now=a.now, rules=a.rules, zone=a.zone, provisional=a.provisional, worst=a.worst,
                    at_risk=a.at_risk, calendar=shixian.Calendar(a.calendar) if a.calendar else None)
    shixian.Summary(**settings)  # bad settings fail here, before any worker starts
    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        # Processes, not threads: each worker is a separate Python, as on a real cluster
        # (so partial summaries really travel as bytes). No dashboard: no port to clash.
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        total = audit(client, paths, settings)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    sys.stdout.write(total.to_json())
    print(f"audited {total.tickets:,} tickets in {len(paths)} partitions: {total.bad_lines:,} bad lines",
          file=sys.stderr)
    return 1 if total.bad_lines else 0


if __name__ == "__main__":
    sys.exit(main())
