#!/usr/bin/python3
"""Command-line tests of `kompilasi export … xlsx` (the workbook opened with openpyxl, as a
user's spreadsheet program would) and `kompilasi generate` (its bundles validate to counts
worked out here, independently of the program).

    python3 tests/cli/export_generate_test.py path/to/kompilasi [TestClass ...]

ctest runs one entry per class (tests/CMakeLists.txt). Input: the committed sample (assets/sample).
"""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

import openpyxl
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from tmp_case import TmpCase  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, 'assets', 'sample')
TABLES = ['unit', 'pegawai', 'akun', 'akun_resmi', 'konten', 'laporan']
TRIGGERS = ('=', '+', '-', '@', '\t', '\r')  # DATA.md section 2: cells a spreadsheet would run
KOMPILASI = None


def run(*args):
    p = subprocess.run([KOMPILASI, *args], capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


def csv_rows(folder, table):
    with open(os.path.join(folder, table + '.csv'), newline='', encoding='utf-8-sig') as f:
        return [r for r in csv.reader(f) if any(r)]


def sheet_rows(ws):
    return [['' if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]


class Tmp(TmpCase):
    prefix = 'kompilasi-xlsx-gen-'

    def ok(self, *args):
        rc, out, err = run(*args)
        self.assertEqual(rc, 0, err)
        return out, err

    def counts(self, inp):
        rc, out, err = run('validate', inp, '--json', '--fail-on', 'never')
        self.assertEqual(rc, 0, err)
        return json.loads(out)['counts']


class ExportXlsx(Tmp):
    def setUp(self):
        super().setUp()
        self.out = self.path('kota.xlsx')
        self.ok('export', SAMPLE, '-o', self.out)
        self.wb = openpyxl.load_workbook(self.out)

    def test_sheets_in_order(self):
        self.assertEqual(self.wb.sheetnames, ['kompilasi', *TABLES, 'rekap', 'validasi'])

    def test_header_sheet(self):
        rows = {r[0]: r[1] for r in sheet_rows(self.wb['kompilasi'])[1:]}
        self.assertEqual(rows['instansi'], 'Pemerintah Kota Blitar')
        self.assertEqual(rows['tahun'], 2024)
        self.assertEqual(rows['tanggal_kompilasi'], datetime.datetime(2024, 12, 31))

    def test_tables_hold_the_csv_text(self):
        typed = 0
        for t in TABLES:
            want = csv_rows(SAMPLE, t)
            got = sheet_rows(self.wb[t])
            self.assertEqual(len(got), len(want), t)
            self.assertEqual(got[0], want[0], t)  # the same headers
            dates = [i for i, h in enumerate(want[0]) if h.startswith('tanggal_') or h == 'batas_lapor']
            followers = want[0].index('pengikut') if 'pengikut' in want[0] else None
            for g, w in zip(got[1:], want[1:]):
                w = w + [''] * (len(g) - len(w))
                for i, (cell, text) in enumerate(zip(g, w)):
                    if i in dates and date(text):  # a date cell (openpyxl: a datetime at midnight)
                        self.assertEqual(cell, datetime.datetime.combine(date(text), datetime.time()), (t, text))
                        typed += 1
                    elif i == followers and text.isdigit():
                        self.assertEqual(cell, int(text), (t, text))
                        typed += 1
                    elif i == followers and isinstance(cell, (int, float)):
                        pass  # "2,408", "1,2rb": the product's reading, checked by its unit tests
                    else:  # text as entered; a formula trigger gets a '
                        self.assertEqual(cell, "'" + text if text.startswith(TRIGGERS) else text, (t, i))
        self.assertGreater(typed, 500)
        nip = self.wb['pegawai']['A2']  # an NIP keeps its 18 digits as text
        self.assertEqual((nip.data_type, len(nip.value)), ('s', 18))

    def test_header_row_bold_and_frozen(self):
        ws = self.wb['pegawai']
        self.assertTrue(ws['A1'].font.b)
        self.assertEqual(ws.freeze_panes, 'A2')

    def test_rekap_equals_analyze(self):
        rc, out, err = run('analyze', SAMPLE, '--json')
        self.assertEqual(rc, 0, err)
        units = {u['kode_unit']: u for u in json.loads(out)['units']}
        rows = sheet_rows(self.wb['rekap'])
        head = rows[0]
        self.assertEqual(head[:4], ['kode_unit', 'nama_unit', 'induk', 'jumlah_asn'])
        self.assertEqual(len(rows) - 1, len(units))
        for r in rows[1:]:
            u = units[r[0]]
            for name in ('jumlah_asn', 'asn_berakun', 'total_pengikut', 'cakupan'):
                want = u[name]
                got = r[head.index(name)]
                if want is None:
                    self.assertEqual(got, '', (r[0], name))
                else:
                    self.assertAlmostEqual(got, want, places=9, msg=(r[0], name))

    def test_validasi_lists_every_finding(self):
        counts = self.counts(SAMPLE)
        rows = sheet_rows(self.wb['validasi'])
        self.assertEqual(rows[0], ['aturan', 'tingkat', 'tabel', 'baris', 'kolom', 'nilai', 'pesan', 'sumber'])
        seen = {}
        for r in rows[1:]:
            seen[r[0]] = seen.get(r[0], 0) + 1
        self.assertEqual(seen, counts)
        self.assertEqual(sum(counts.values()), 55)  # README: the sample's findings

    def test_workbook_reads_back_to_the_same_findings(self):
        self.assertEqual(self.counts(self.out), self.counts(SAMPLE))

    def test_formula_cells_are_text_with_a_quote(self):
        bundle = self.path('rumus')
        shutil.copytree(SAMPLE, bundle, ignore=shutil.ignore_patterns('forms'))
        rows = csv_rows(bundle, 'pegawai')
        for i, t in enumerate(TRIGGERS):
            rows[1 + i][1] = t + 'SUM(A1:A9)'
        with open(os.path.join(bundle, 'pegawai.csv'), 'w', newline='', encoding='utf-8') as f:
            csv.writer(f).writerows(rows)
        out = self.path('rumus.xlsx')
        self.ok('export', bundle, '-o', out)
        ws = openpyxl.load_workbook(out)['pegawai']
        for i, t in enumerate(TRIGGERS):
            cell = ws.cell(row=2 + i, column=2)
            self.assertEqual((cell.data_type, cell.value), ('s', "'" + t + 'SUM(A1:A9)'), repr(t))


MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september',
          'oktober', 'november', 'desember']


def date(text):
    """The DATA.md date forms the generator writes: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY,
    26 September 1986 (or Sep), each maybe followed by a time of day. None for anything else."""
    try:
        return parse_date(re.sub(r'\s+\d{1,2}:\d{2}(:\d{2})?$', '', text.strip()))
    except ValueError:  # 31/02/2024
        return None


def parse_date(text):
    if m := re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', text):
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r'(\d{1,2})([/-])(\d{1,2})\2(\d{4})', text):
        return datetime.date(int(m[4]), int(m[3]), int(m[1]))
    if m := re.fullmatch(r'(\d{1,2}) ([A-Za-z]{3,}) (\d{4})', text):
        month = [i for i, name in enumerate(MONTHS, 1) if name.startswith(m[2].lower())]
        if len(month) == 1:
            return datetime.date(int(m[3]), month[0], int(m[1]))
    return None


class Generate(Tmp):
    def generate(self, name, *args):
        out, err = self.ok('generate', '-o', self.path(name), *args)
        return self.path(name), out + err

    def test_sample_is_the_committed_sample(self):
        folder, _ = self.generate('contoh', '--sample')
        names = sorted(n for n in os.listdir(SAMPLE) if n.endswith('.csv'))
        self.assertEqual(sorted(os.listdir(folder)), names)
        for n in names:
            with open(os.path.join(folder, n), 'rb') as a, open(os.path.join(SAMPLE, n), 'rb') as b:
                self.assertEqual(a.read(), b.read(), n)

    def test_clean_data_has_only_the_natural_findings(self):
        folder, said = self.generate('bersih', '--asn', '400', '--seed', '9', '--err-rate', '0')
        pegawai, akun = csv_rows(folder, 'pegawai'), csv_rows(folder, 'akun')
        konten, laporan = csv_rows(folder, 'konten'), csv_rows(folder, 'laporan')
        self.assertEqual(len(pegawai) - 1, 400)
        # what it says it wrote is what is in the files
        for t in TABLES:
            self.assertIn(f'{t} {len(csv_rows(folder, t)) - 1}', said)
        self.assertIn('0 masalah tertanam', said)
        nip = lambda text: re.sub(r'\D', '', text)  # as written: spaces, dots, a leading '
        with_account = {nip(r[0]) for r in akun[1:]}
        tanpa_akun = sum(nip(r[0]) not in with_account for r in pegawai[1:])
        batas = {r[0]: date(r[5]) for r in konten[1:] if r[5]}
        terlambat = sum(r[0] in batas and date(r[4]) > batas[r[0]] for r in laporan[1:])
        self.assertGreater(tanpa_akun, 0)
        self.assertGreater(terlambat, 0)
        self.assertEqual(self.counts(folder), {'LAPORAN_TERLAMBAT': terlambat, 'PEGAWAI_TANPA_AKUN': tanpa_akun})

    def test_same_seed_same_bytes_other_seed_other_data(self):
        a, _ = self.generate('a', '--asn', '150', '--seed', '4')
        b, _ = self.generate('b', '--asn', '150', '--seed', '4')
        c, _ = self.generate('c', '--asn', '150', '--seed', '5')
        for t in TABLES:
            self.assertEqual(csv_rows(a, t), csv_rows(b, t), t)
        self.assertNotEqual(csv_rows(a, 'pegawai'), csv_rows(c, 'pegawai'))

    def test_defects_are_found(self):
        folder, said = self.generate('galat', '--asn', '400', '--seed', '9', '--err-rate', '0.05')
        planted = int(re.search(r'(\d+) masalah tertanam', said)[1])
        self.assertGreater(planted, 0)
        self.assertEqual(run('validate', folder)[0], 1)  # errors among them
        natural = ('LAPORAN_TERLAMBAT', 'PEGAWAI_TANPA_AKUN')
        self.assertTrue(set(self.counts(folder)) - set(natural))

    def test_bad_arguments_are_exit_2(self):
        for args in (['--asn', '0'], ['--asn', 'sepuluh'], ['--asn', '10', '--err-rate', '0.5'],
                     ['--sample', '--asn', '10'], []):
            rc, _, err = run('generate', '-o', self.path('x'), *args)
            self.assertEqual(rc, 2, args)
            self.assertTrue(err.startswith('kompilasi: '), err)


if __name__ == '__main__':
    KOMPILASI = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0], *sys.argv[2:]])
