# The README's Python example, against the installed module:
#   /usr/bin/python3 consumer.py      (python3-shixian installed, or PYTHONPATH set)
# Prints: total deadline 2026-10-14T00:00:00+08:00
import shixian

print("total deadline", shixian.Engine().deadline("ordinary", {"received": "2026-09-30T23:10"}, stage="total")["deadline"])
