#!/usr/bin/env python3
"""Kill during save (issue 7): `kompilasi export` of a large generated compilation to the same
output path, SIGKILLed at random moments; after every kill the output must be byte for byte the
complete old file or the complete new one, never a partial file.

    python3 tests/hostile/kill_save_test.py path/to/kompilasi [ASN] [KILLS]
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

KOMPILASI = os.path.abspath(sys.argv[1])
ASN = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
KILLS = int(sys.argv[3]) if len(sys.argv) > 3 else 20


def check(*args):
    p = subprocess.run([KOMPILASI, *args], capture_output=True, timeout=600)
    if p.returncode != 0:
        sys.exit(f'{args}: exit {p.returncode}: {p.stderr.decode()[-2000:]}')


def main():
    tmp = tempfile.mkdtemp(prefix='kompilasi-kill-')
    try:
        known = {}
        for seed in (1, 2):
            bundle = os.path.join(tmp, f'b{seed}')
            check('generate', '-o', bundle, '--asn', str(ASN), '--seed', str(seed))
            ref = os.path.join(tmp, f'ref{seed}.kompilasi.json')
            t0 = time.monotonic()
            check('export', bundle, '-o', ref, '--tanggal', '2026-06-30')
            known[seed] = (bundle, open(ref, 'rb').read(), time.monotonic() - t0)
        assert known[1][1] != known[2][1]
        out = os.path.join(tmp, 'keluaran.kompilasi.json')
        shutil.copy(os.path.join(tmp, 'ref1.kompilasi.json'), out)
        rnd = random.Random(20261201)
        whole = {1: 0, 2: 0}
        completed = 0
        for i in range(KILLS):
            seed = 1 + i % 2
            bundle, _, took = known[seed]
            p = subprocess.Popen([KOMPILASI, 'export', bundle, '-o', out, '--tanggal', '2026-06-30'],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # anywhere in the run, the write included (took was measured alone, so this errs early)
            time.sleep(rnd.uniform(0.15, 0.9) * took)
            p.send_signal(signal.SIGKILL)
            if p.wait() == 0:
                completed += 1
            data = open(out, 'rb').read()
            match = [s for s in (1, 2) if data == known[s][1]]
            if not match:
                sys.exit(f'kill {i + 1}: {out} is neither complete file ({len(data)} bytes)')
            whole[match[0]] += 1
        print(f'{KILLS} kills ({completed} exports had finished first): the output was whole every time '
              f'(old/new file: {whole[1]}/{whole[2]}); {len(known[1][1])} bytes, export {known[1][2]:.1f} s')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
