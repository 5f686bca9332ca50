#!/usr/bin/env python3
"""Desktop smoke test: the real app in an X server of its own (xvfb-run), on a fresh storage
folder, driven by smoke.script: the sample opens on first start, the CSV bundle and the
workspace are exported through the save dialog, two submissions are opened through the file
browser and merged. Then crash recovery: the merged workspace is saved as a document and
changed, the app is killed once the autosave beside the document is written, and the next start
offers the autosave (crash.script, recover.script). Last, the app is closed while a big import
runs. Checks the exported files' content, the app's final state and that every screenshot was
written (they stay in OUT for a person to look at).

    smoke_test.py KOMPILASI_DESKTOP KOMPILASI_CLI OUT_DIR
Prints one line per check and `desktop smoke: N passed, N failed`; exit 1 on a failure."""
import csv
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
app, cli, out = (os.path.abspath(a) for a in sys.argv[1:4])
smoke = os.path.join(out, "desktop-smoke")
shutil.rmtree(smoke, ignore_errors=True)
os.makedirs(os.path.join(smoke, "export"))
env = dict(os.environ, SMOKE_OUT=smoke, MERGE_DIR=os.path.join(root, "tests", "e2e", "fixtures", "merge"))
env.pop("WAYLAND_DISPLAY", None)


def app_run(script_name):
    return ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", app, "--storage", os.path.join(smoke, "storage"),
            "--script", os.path.join(here, script_name)]


run = subprocess.run(app_run("smoke.script"), cwd=smoke, env=env, capture_output=True, text=True, timeout=120)
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}\n     {detail}")


lines = run.stdout.strip().splitlines()
state = {}
try:
    state = json.loads(lines[-1]) if lines else {}
except json.JSONDecodeError:
    pass
check("the app ran its script and exited 0", run.returncode == 0, f"status {run.returncode}\n{run.stderr[-2000:]}")
check("NotoSans, the main window drawn", state.get("font") == "NotoSans-Regular.ttf" and "main" in state.get("windows", []),
      json.dumps({k: state.get(k) for k in ("font", "windows")}))

with open(os.path.join(root, "assets", "sample", "pegawai.csv"), encoding="utf-8-sig", newline="") as f:
    sample_pegawai = sum(1 for _ in csv.reader(f)) - 1
zips = glob.glob(os.path.join(smoke, "export", "*_csv.zip"))
check("Ekspor → CSV wrote a zip into the folder typed in the save dialog", len(zips) == 1, os.listdir(os.path.join(smoke, "export")))
if zips:
    with zipfile.ZipFile(zips[0]) as z:
        names = z.namelist()
        pegawai = z.read("pegawai.csv").decode("utf-8") if "pegawai.csv" in names else ""
    rows = list(csv.reader(pegawai.splitlines()))
    check("the zip holds every table CSV, pegawai.csv with the sample's rows",
          {"kompilasi.csv", "unit.csv", "pegawai.csv", "akun.csv"} <= set(names) and rows and rows[0][0] == "nip"
          and len(rows) - 1 == sample_pegawai, f"{names}, {len(rows) - 1} rows vs {sample_pegawai}")
jsons = glob.glob(os.path.join(smoke, "export", "*.kompilasi.json"))
check("Ctrl+S wrote the workspace file beside it", len(jsons) == 1, os.listdir(os.path.join(smoke, "export")))
if jsons:
    with open(jsons[0], encoding="utf-8") as f:
        ws = json.load(f)
    check("the workspace file is the sample compilation", ws.get("format") == "kompilasi/1"
          and len(ws.get("tabel", {}).get("pegawai", [])) == sample_pegawai, f"format {ws.get('format')}")
    check("nothing but the chosen files in the export folder (no temporary file left)",
          sorted(os.listdir(os.path.join(smoke, "export"))) == sorted(os.path.basename(p) for p in zips + jsons),
          os.listdir(os.path.join(smoke, "export")))
workspace = state.get("workspace") or {}
check("two submissions opened through the file browser are merged, with conflicts", workspace.get("konflik", 0) > 0
      and state.get("tab") == "conflicts", json.dumps({"workspace": workspace, "tab": state.get("tab")}))

# Crash recovery: save as a document, change, killed after the autosave; the next start offers it.
os.makedirs(os.path.join(smoke, "document"))
crash = subprocess.Popen(app_run("crash.script"), cwd=smoke, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, start_new_session=True)
autosave = []
for _ in range(600):  # up to 60 s
    autosave = glob.glob(os.path.join(smoke, "document", "*.autosave"))
    if autosave or crash.poll() is not None:
        break
    time.sleep(0.1)
time.sleep(0.3)
if crash.poll() is None:
    os.killpg(crash.pid, signal.SIGKILL)  # the app, its X server and xvfb-run: a crash of it all
crash_err = crash.communicate()[1]
documents = glob.glob(os.path.join(smoke, "document", "*.kompilasi.json"))
check("a change after saving the document is autosaved beside it", len(documents) == 1 and len(autosave) == 1,
      f"{os.listdir(os.path.join(smoke, 'document'))}\n{crash_err[-2000:]}")
rec = subprocess.run(app_run("recover.script"), cwd=smoke, env=env, capture_output=True, text=True, timeout=120)
after = {}
try:
    after = json.loads(rec.stdout.strip().splitlines()[-1])
except (IndexError, json.JSONDecodeError):
    pass
check("after the kill, the next start offers the autosave; 'Buka versi tersimpan' opens the document (undoable)",
      rec.returncode == 0 and after.get("undo") == "views.undo.open", f"status {rec.returncode}, undo {after.get('undo')!r}\n{rec.stderr[-2000:]}")
check("back at the saved version, the autosave is gone", autosave and not glob.glob(os.path.join(smoke, "document", "*.autosave")),
      os.listdir(os.path.join(smoke, "document")))

# Closing the window while a big import still runs on the worker thread: the app waits for the
# step running and exits 0 (it used to free the import's inputs under that step: a crash).
big = os.path.join(smoke, "big")
gen = subprocess.run([cli, "generate", "--asn", "100000", "--seed", "1", "-o", big],
                     capture_output=True, text=True, timeout=120)
quit_run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", app, "--storage", os.path.join(smoke, "storage-big"),
                           "--frames", "2", big], cwd=smoke, env=env, capture_output=True, text=True, timeout=120)
check("closing the app during an import of 100 000 ASN exits cleanly", gen.returncode == 0 and quit_run.returncode == 0,
      f"generate {gen.returncode}, app {quit_run.returncode}\n{gen.stderr[-500:]}{quit_run.stderr[-2000:]}")

shots = ["desktop-recovery", "desktop-dashboard", "desktop-save-dialog", "desktop-exported", "desktop-open-dialog", "desktop-conflicts"]
missing = [s for s in shots if not os.path.exists(os.path.join(smoke, s + ".png"))
           or os.path.getsize(os.path.join(smoke, s + ".png")) < 10000]
check("every screenshot written", not missing, f"missing or blank: {missing}")
print(f"desktop smoke: {passed} passed, {failed} failed (screenshots in {smoke})")
sys.exit(1 if failed else 0)
