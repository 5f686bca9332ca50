#!/usr/bin/env python3
"""Command-line tests of `kompilasi analyze`, `merge` and `export --format html`.

    python3 tests/cli/analytics_test.py path/to/kompilasi [TestClass ...]

analyze --json is checked against the benchmark's exact answer key (../shared/bench:
gen.py writes a bundle with truth.json, compare.py compares); merge and the report run
on copies of the committed sample (assets/sample).
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import unittest
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from tmp_case import TmpCase  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCH = os.path.join(os.path.dirname(ROOT), 'shared', 'bench')
SAMPLE = os.path.join(ROOT, 'assets', 'sample')
KOMPILASI = None


def run(*args, cwd=None):
    p = subprocess.run([KOMPILASI, *args], capture_output=True, timeout=300, cwd=cwd)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


class Tmp(TmpCase):
    prefix = 'kompilasi-analytics-'

    def sample_copy(self, name, edit=None, tanggal=None):
        """A copy of the sample bundle under tmp/name; edit(rows) may change pegawai.csv."""
        dst = self.path(name)
        shutil.copytree(SAMPLE, dst, ignore=shutil.ignore_patterns('forms'))
        if edit:
            p = os.path.join(dst, 'pegawai.csv')
            with open(p, encoding='utf-8', newline='') as f:
                rows = list(csv.reader(f))
            edit(rows)
            with open(p, 'w', encoding='utf-8', newline='') as f:
                csv.writer(f).writerows(rows)
        if tanggal:
            p = os.path.join(dst, 'kompilasi.csv')
            with open(p, encoding='utf-8') as f:
                text = f.read()
            with open(p, 'w', encoding='utf-8') as f:
                f.write(text.replace('2024-12-31', tanggal))
        return dst


class Analyze(Tmp):
    def test_json_equals_truth(self):
        bundle = self.path('b')
        subprocess.run([sys.executable, os.path.join(BENCH, 'gen.py'), '--asn', '2000', '--seed', '3', '--out', bundle],
                       check=True, capture_output=True)
        rc, out, err = run('analyze', bundle, '--json')
        self.assertEqual(rc, 0, err)
        with open(self.path('analyze.json'), 'w', encoding='utf-8') as f:
            f.write(out)
        cmp = subprocess.run([sys.executable, os.path.join(BENCH, 'compare.py'), os.path.join(bundle, 'truth.json'),
                              self.path('analyze.json')], capture_output=True, text=True)
        self.assertEqual(cmp.returncode, 0, cmp.stdout)
        self.assertIn('AGREE', cmp.stdout)

    def test_summary_and_threshold(self):
        rc, out, err = run('analyze', SAMPLE)
        self.assertEqual(rc, 0, err)
        self.assertIn('Per unit', out)
        self.assertIn('Pemerintah Kota Blitar', out)
        rc, out, _ = run('analyze', SAMPLE, '--json', '--ambang-influencer', '1000000000')
        self.assertEqual(rc, 0)
        self.assertEqual(json.loads(out)['instansi']['asn_influencer'], 0)
        rc, _, err = run('analyze', SAMPLE, '--ambang-influencer', 'lima')
        self.assertEqual(rc, 2)
        self.assertIn('--ambang-influencer', err)


class Merge(Tmp):
    def moved(self, rows):
        rows[1][4] = '1.02'            # the first ASN under another unit: a transfer
        rows[3][0] = rows[3][0][:8] + ' ' + rows[3][0][8:]   # the same NIP, spaced

    def test_conflicts_and_order_independence(self):
        a = self.sample_copy('opd1')
        b = self.sample_copy('opd2', self.moved, tanggal='2025-01-05')
        rc, out, err = run('merge', a, b, '-o', self.path('ab.kompilasi.json'), '--json')
        self.assertEqual(rc, 0, err)
        result = json.loads(out)
        self.assertEqual(set(result), {'konflik', 'counts'})
        transfer = [k for k in result['konflik'] if k['tabel'] == 'pegawai' and k['kolom'] == ['kode_unit']]
        self.assertEqual(len(transfer), 1)
        k = transfer[0]
        self.assertEqual([v['sumber'] for v in k['nilai']], [['opd1'], ['opd2']])
        self.assertEqual(k['dipilih'], 1)          # terbaru: opd2's later tanggal_kompilasi
        rc, _, err = run('merge', b, a, '-o', self.path('ba.kompilasi.json'))
        self.assertEqual(rc, 0, err)
        with open(self.path('ab.kompilasi.json'), 'rb') as f1, open(self.path('ba.kompilasi.json'), 'rb') as f2:
            self.assertEqual(f1.read(), f2.read())
        with open(self.path('ab.kompilasi.json'), encoding='utf-8') as f:
            ws = json.load(f)
        self.assertEqual(ws['tanggal_kompilasi'], '2025-01-05')
        self.assertEqual(ws['sumber']['unit'][0], ['opd1', 'opd2'])
        rc, out, _ = run('merge', a, b, '-o', self.path('p.kompilasi.json'), '--json', '--policy', 'utamakan:' + a)
        self.assertEqual(rc, 0)
        k = [k for k in json.loads(out)['konflik'] if k['kolom'] == ['kode_unit']][0]
        self.assertEqual(k['dipilih'], 0)

    def test_bad_policy_and_other_instansi(self):
        a = self.sample_copy('opd1')
        b = self.sample_copy('opd2')
        rc, _, err = run('merge', a, b, '-o', self.path('x.kompilasi.json'), '--policy', 'acak')
        self.assertEqual(rc, 2)
        self.assertIn('--policy', err)
        p = os.path.join(b, 'kompilasi.csv')
        with open(p, encoding='utf-8') as f:
            text = f.read()
        with open(p, 'w', encoding='utf-8') as f:
            f.write(text.replace('Pemerintah Kota Blitar', 'Pemerintah Kota Kediri'))
        rc, _, err = run('merge', a, b, '-o', self.path('x.kompilasi.json'))
        self.assertEqual(rc, 2)
        self.assertIn('opd1', err)
        self.assertIn('opd2', err)
        self.assertFalse(os.path.exists(self.path('x.kompilasi.json')))


class Report(Tmp):
    def test_html_export(self):
        out = self.path('laporan.html')
        rc, _, err = run('export', SAMPLE, '-o', out)      # chosen by the .html suffix
        self.assertEqual(rc, 0, err)
        with open(out, encoding='utf-8') as f:
            html = f.read()
        self.assertTrue(html.startswith('<!DOCTYPE html>'))
        self.assertIn('<html lang="id">', html)
        self.assertIn('31 Desember 2024', html)
        for banned in ('http', '<script', 'src=', 'url(', '<link'):
            self.assertNotIn(banned, html.lower())
        rc, _, err = run('export', SAMPLE, '-o', self.path('report.htm'), '--format', 'html', '--lang', 'en')
        self.assertEqual(rc, 0, err)
        with open(self.path('report.htm'), encoding='utf-8') as f:
            self.assertIn('Coverage per unit', f.read())


if __name__ == '__main__':
    KOMPILASI = os.path.abspath(sys.argv[1])
    sys.argv = [sys.argv[0]] + sys.argv[2:]
    unittest.main(verbosity=1)
