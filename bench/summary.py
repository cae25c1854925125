#!/usr/bin/env python3
"""The same period summary as `tally summary --format json`, in Python with
PyYAML's C loader: the baseline tally's speed target is measured against.
With --xlsx FILE it also writes the task table with openpyxl."""
import glob
import json
import os
import sys

import yaml

Loader = yaml.CLoader


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


def key(task_id):
    return ".".join(s.lstrip("0") or "0" if s.isdigit() else s for s in str(task_id).split("."))


STATUS = {"未启动": "not-started", "推进中": "in-progress", "已完成": "done", "滞后": "delayed",
          "not-started": "not-started", "in-progress": "in-progress", "done": "done", "delayed": "delayed"}


def main():
    root = sys.argv[1]
    xlsx = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--xlsx" else None
    plan = load(os.path.join(root, "plan.yaml"))
    units = load(os.path.join(root, "units.yaml"))
    names = {}
    for u in units.get("units") or []:
        for n in [u["id"], u["name"]] + list(u.get("aliases") or []):
            names.setdefault(n, ("unit", u["id"]))
    for g in units.get("groups") or []:
        for n in [g["name"]] + list(g.get("aliases") or []):
            names.setdefault(n, ("group", g))

    def resolve(name, seen=()):
        kind, v = names.get(name, (None, None))
        if kind == "unit":
            return [v]
        if kind == "group" and name not in seen:
            out = []
            for m in v["members"]:
                out += resolve(m, seen + (name,))
            return out
        return []

    tasks = []
    for path in sorted(glob.glob(os.path.join(root, "tasks", "*.yaml"))):
        t = load(path)
        t["id"] = os.path.basename(path)[:-5]
        owners = []
        for o in t.get("owners") or []:
            for u in resolve(o):
                if u not in owners:
                    owners.append(u)
        t["units"] = owners
        tasks.append(t)
    periods = [p["id"] for p in plan["periods"]]
    present = [p for p in periods if os.path.isdir(os.path.join(root, "reports", p))]
    period = present[-1] if present else periods[0]
    pi = periods.index(period)
    latest, reported = {}, {}
    for i, p in enumerate(periods[: pi + 1]):
        for path in glob.glob(os.path.join(root, "reports", p, "*.yaml")):
            r = load(path)
            for e in r.get("entries") or []:
                st = STATUS[e["status"]]
                prog = e.get("progress", 100 if st == "done" else 0)
                latest[(r["unit"], key(e["task"]))] = (st, prog, i)
    out = []
    for t in tasks:
        k = key(t["id"])
        progs, done, missing, started, delayed = [], 0, [], False, False
        for u in t["units"]:
            st, prog, i = latest.get((u, k), ("not-started", 0, -1))
            progs.append(prog)
            done += st == "done"
            started |= st != "not-started"
            delayed |= st == "delayed"
            if i != pi and st != "done":
                missing.append(u)
        n = len(progs)
        status = "done" if n and done == n else "delayed" if delayed else "in-progress" if started else "not-started"
        out.append({"id": t["id"], "title": t["title"], "units": n, "done": done, "missing": missing,
                    "progress": round(sum(progs) / n, 1) if n else 0, "status": status})
    json.dump({"period": period, "tasks": out}, sys.stdout, ensure_ascii=False)
    if xlsx:
        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["编号", "任务", "单位", "已完成", "未报送", "进度", "状态"])
        for t in out:
            ws.append([t["id"], t["title"], t["units"], t["done"], len(t["missing"]), t["progress"] / 100, t["status"]])
        wb.save(xlsx)


if __name__ == "__main__":
    main()
