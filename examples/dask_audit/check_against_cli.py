#!/usr/bin/python3
"""CTest: the Dask example's report equals `shixian check --summary --format json` on
the same partitions. Tickets from bench/generate_tickets (with bad lines and blank
lines), split into partitions of unequal sizes; the example runs on a LocalCluster of
2 worker processes; the CLI reads the same files in the same order.

    check_against_cli.py SHIXIAN_CLI GENERATE_TICKETS WORKDIR
Exit 77 (skipped) when Dask is not installed.
"""
import os
import subprocess
import sys

try:
    import dask.distributed  # noqa: F401
except ImportError as e:
    print(f"SKIPPED: Dask is not installed ({e}); scripts/deps.sh installs python3-dask python3-distributed")
    sys.exit(77)

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import dask_audit  # noqa: E402


def main():
    cli, generate, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    os.chdir(work)
    # --columns: an export's own columns, which the summary lists as fields not read.
    text = subprocess.run([generate, "4000", "12", "--garbage", "3", "--columns"], check=True, capture_output=True).stdout
    lines = text.split(b"\n")
    cuts = [0, 700, 1900, 2000, 3300, len(lines)]  # unequal parts, one of only 100 lines
    files = []
    for k in range(len(cuts) - 1):
        name = f"part-{k}.jsonl"
        chunk = lines[cuts[k]:cuts[k + 1]]
        data = b"\n".join(chunk)
        if k == 1:
            data = data.replace(b"\n", b"\r\n")  # a partition written on Windows
        with open(name, "wb") as f:
            f.write(data + (b"\n" if k < len(cuts) - 2 else b""))
        files.append(name)

    now = "2026-12-31T18:00+08:00"
    for worst in ("10", "3"):
        cli_out = subprocess.run([cli, "check", *files, "--now", now, "--summary", "--format", "json", "--worst", worst],
                                 capture_output=True, check=False)
        cli_json = cli_out.stdout.decode()
        with open("dask.json", "w") as out:
            old = sys.stdout
            sys.stdout = out
            try:
                rc = dask_audit.main(["--now", now, "--workers", "2", "--worst", worst, *files])
            finally:
                sys.stdout = old
        ours = open("dask.json").read()
        if '"bad_lines": 0,' in cli_json or '"tickets": 0,' in cli_json:
            sys.exit(f"the test data should have bad lines and tickets: {cli_json[:300]}")
        if ours != cli_json or rc != cli_out.returncode:
            open("cli.json", "w").write(cli_json)
            sys.exit(f"--worst {worst}: the Dask report differs from the CLI's (exit {rc} vs {cli_out.returncode}); "
                     f"see diff {work}/dask.json {work}/cli.json")
        print(f"--worst {worst}: Dask over {len(files)} partitions == check --summary --format json "
              f"({len(cli_json)} bytes)")


# A guard: the workers are spawned processes, which import this module again.
if __name__ == "__main__":
    main()
