#!/usr/bin/python3
"""Compares `shixian check` output with a peer's, on what the peer writes.

    compare_check_outputs.py PEER.jsonl SHIXIAN.jsonl

A peer (e.g. the analyst's stdlib audit, py_check.py) may write fewer fields than check
(no "late", "used", "archive"): for each line, the peer's id, and for each stage the peer
writes, its deadline, done and status must equal check's; a line the peer rejects (a
"line"/"error" object) must be one check rejects too, except for one reading that
differs by design: where a stage needs a day past the calendar's coverage, check
errs in that stage only (its other stages are audited), where a peer may reject the
whole line (and check needs no uncovered day where the earlier of two targets is
known without it); such lines are counted apart. Prints the count of lines that
agree and the first disagreements, and exits 1 when any line differs. Outputs are in
input order, one line per input line, in both.
"""
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding='utf-8') as a, open(sys.argv[2], encoding='utf-8') as b:
        peer, ours = a.read().splitlines(), b.read().splitlines()
    if len(peer) != len(ours):
        print(f'outputs: DIFFER in length: peer {len(peer)} lines, shixian {len(ours)}')
        return 1
    differ, shown, coverage, decided = 0, 0, 0, 0
    for n, (p_line, o_line) in enumerate(zip(peer, ours), 1):
        p, o = json.loads(p_line), json.loads(o_line)
        why = None
        if 'error' in p and 'error' not in o and 'coverage' in p['error']:
            coverage += 1
            if not any(st.get('status') == 'error' for st in o.get('stages', {}).values()):
                decided += 1  # e.g. the earlier of 48 h and 4 working days: the 48 h, whatever 2027 holds
            continue
        if 'error' in p or 'error' in o:
            if ('error' in p) != ('error' in o):
                why = 'one rejects the line, the other audits it'
        elif p.get('id') != o.get('id'):
            why = f"ids {p.get('id')!r} and {o.get('id')!r}"
        else:
            for stage, ps in p.get('stages', {}).items():
                os_ = o.get('stages', {}).get(stage)
                if os_ is None:
                    why = f'stage {stage} missing'
                    break
                for field in ('deadline', 'done', 'status'):
                    if ps.get(field) != os_.get(field):
                        why = f'{stage}.{field}: peer {ps.get(field)!r}, shixian {os_.get(field)!r}'
                        break
                if why:
                    break
        if why:
            differ += 1
            if shown < 5:
                print(f'  line {n}: {why}')
                shown += 1
    if differ:
        print(f'outputs: DIFFER on {differ} of {len(peer)} lines')
        return 1
    print(f'outputs: the peer and shixian agree on all {len(peer)} lines (deadline, done, status of every stage the peer '
          f'writes; {coverage} lines need a day past the calendar: the peer rejects them, shixian errs in '
          f'that stage only, or in none for {decided} whose earlier target the calendar decides)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
