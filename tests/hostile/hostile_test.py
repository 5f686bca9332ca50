#!/usr/bin/env python3
"""Hostile inputs (issue 7): files that are broken, huge or not what their name says. Each one,
alone and inside a bundle folder where that is meaningful, must give exit status 2 and an
Indonesian message on stderr naming the file and the place, without a signal, a sanitizer
report, a hang (timeout per run) or unbounded memory (address space capped with prlimit).

    python3 tests/hostile/hostile_test.py path/to/kompilasi [TestClass ...]

ctest runs one entry per class (tests/CMakeLists.txt). The files are generated at test time.
"""
import os
import random
import shutil
import subprocess
import sys
import unittest
import zipfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from tmp_case import TmpCase  # noqa: E402

KOMPILASI = None
TIMEOUT = 60                    # seconds per run
ADDRESS_SPACE = 4 << 30         # bytes; sanitizer builds reserve far more, so they run uncapped
SANITIZED = bool(os.environ.get('KOMPILASI_SANITIZED'))


def run(*args, env=None):
    cmd = [KOMPILASI, *args]
    if shutil.which('prlimit') and not SANITIZED:
        cmd = ['prlimit', f'--as={ADDRESS_SPACE}', '--', *cmd]
    full_env = dict(os.environ, **(env or {}))
    p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, env=full_env)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


class Hostile(TmpCase):
    prefix = 'kompilasi-hostile-'

    def write(self, rel, data):
        p = self.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        return p

    def refused(self, path, *words, env=None):
        rc, out, err = run('validate', path, env=env)
        self.assertGreaterEqual(rc, 0, f'killed by signal {-rc}: {err[-2000:]}')
        self.assertNotIn('Sanitizer', err)
        self.assertNotIn('runtime error', err)
        self.assertEqual(rc, 2, (out[-500:], err[-2000:]))
        self.assertTrue(err.startswith('kompilasi: '), err[:500])
        self.assertLess(len(err), 2000, 'the message quotes the input at length')
        for w in words:
            self.assertIn(w, err)
        return err


class EmptyAndHeader(Hostile):
    """A flat form is a whole submission: an empty or header-only one (CSV or XLSX, blank lines
    or a BOM only included) is unusable input naming the file (and its header row). Inside a
    bundle an empty or header-only table file is an empty table (DATA.md: like a missing one),
    read without findings; an empty workspace is not JSON."""

    def readable(self, path):
        rc, out, err = run('validate', path, '--tanggal', '2026-06-30')
        self.assertEqual(rc, 0, err)
        self.assertIn('Tidak ada temuan.', out)

    def test_empty_flat_csv(self):
        self.refused(self.write('kosong.csv', b''), 'kosong.csv', 'kosong')
        self.refused(self.write('bom.csv', b'\xef\xbb\xbf\r\n \r\n'), 'bom.csv', 'kosong')
        self.refused(self.write('koma.csv', ',,,\n, ,\n'), 'koma.csv', 'kosong')

    def test_header_only_flat_csv(self):
        self.refused(self.write('kepala.csv', 'NIP,Nama,Instagram\n'), 'kepala.csv, baris 1', 'judul kolom')
        self.refused(self.write('kepala2.csv', 'NIP,Nama,Instagram\r\n,,\r\n\r\n'), 'kepala2.csv, baris 1', 'judul kolom')

    def _flat_xlsx(self, name, rows):
        p = self.path(name)
        cells = ''.join('<row r="%d">%s</row>' % (i + 1, ''.join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + j), i + 1, v) for j, v in enumerate(r)))
            for i, r in enumerate(rows))
        with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Jawaban" sheetId="1" r:id="rId1"/></sheets></workbook>')
            z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
            z.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + cells + '</sheetData></worksheet>')
        return p

    def test_empty_and_header_only_flat_xlsx(self):
        self.refused(self._flat_xlsx('kosong.xlsx', []), 'kosong.xlsx', 'kosong')
        self.refused(self._flat_xlsx('kepala.xlsx', [['NIP', 'Nama', 'Instagram']]), 'kepala.xlsx, sel A1', 'judul kolom')
        one_answer = self._flat_xlsx('isi.xlsx', [['NIP', 'Nama'], ['198609262015051001', 'Budi']])
        rc, _, err = run('validate', one_answer, '--tanggal', '2026-06-30', '--fail-on', 'never')
        self.assertEqual(rc, 0, err)

    def test_empty_table_in_bundle(self):
        self.write('b/unit.csv', 'kode_unit,nama_unit\n1,A\n')
        self.write('b/pegawai.csv', b'')
        self.write('b/akun.csv', 'nip,platform,akun\n')
        self.readable(self.path('b'))

    def test_empty_workspace(self):
        self.refused(self.write('kosong.kompilasi.json', b''), 'kosong.kompilasi.json', 'JSON')


class Binary(Hostile):
    PNG = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256)) * 4

    def test_png_named_csv(self):
        self.refused(self.write('foto.csv', self.PNG), 'foto.csv, baris 3', 'NUL')  # after the PNG's \\r\\n and \\n

    def test_png_in_bundle(self):
        self.write('b/unit.csv', 'kode_unit,nama_unit\n1,A\n')
        self.write('b/pegawai.csv', self.PNG)
        self.refused(self.path('b'), 'pegawai.csv, baris 3', 'NUL')

    def test_random_bytes(self):
        rnd = random.Random(7)
        data = bytes(rnd.randrange(256) for _ in range(200000)) + b'\x00'
        self.refused(self.write('acak.csv', data), 'acak.csv', 'baris')

    def test_png_named_workspace(self):
        self.refused(self.write('foto.kompilasi.json', self.PNG), 'foto.kompilasi.json')


class BadText(Hostile):
    def test_invalid_utf8_is_read_as_windows1252_or_refused(self):
        # DATA.md: text that is not UTF-8 is read as Windows-1252 with a notice; bytes no
        # code page maps (0x81, 0x8D, 0x8F, 0x90, 0x9D) make it unusable.
        p = self.write('b/unit.csv', b'kode_unit,nama_unit\n1,\xff\xfe\xc3\x28\x81\x8d\n')
        rc, out, err = run('validate', os.path.dirname(p), '--fail-on', 'never')
        self.assertIn(rc, (0, 2), err)
        self.assertIn('unit.csv', err)

    def test_unterminated_quote_to_the_end(self):
        self.refused(self.write('b/unit.csv', 'kode_unit,nama_unit\n1,A\n2,"B\n' + 'x,y\n' * 50000),
                     'unit.csv, baris 3', 'tanda kutip')

    def test_unterminated_quote_flat(self):
        self.refused(self.write('f.csv', 'NIP,Nama\n1,"' + 'z' * 100000), 'f.csv, baris 2', 'tanda kutip')


class Huge(Hostile):
    def test_10mb_field(self):
        self.refused(self.write('b/unit.csv', 'kode_unit,nama_unit\n1,"' + 'a' * (10 << 20) + '"\n'),
                     'unit.csv, baris 2', '32.767')

    def test_10mb_unquoted_field_flat(self):
        self.refused(self.write('f.csv', 'NIP,Nama\n1,' + 'a' * (10 << 20) + '\n'), 'f.csv, baris 2', '32.767')

    def test_100k_columns(self):
        self.refused(self.write('b/unit.csv', ','.join(['k'] * 100000) + '\n'), 'unit.csv, baris 1', '16.384 kolom')

    def test_100k_columns_flat(self):
        self.refused(self.write('f.csv', 'NIP,Nama\n' + ','.join(['1'] * 100000) + '\n'), 'f.csv, baris 2', '16.384 kolom')

    def test_json_nested_100k_deep(self):
        self.refused(self.write('dalam.kompilasi.json', '[' * 100000 + ']' * 100000), 'dalam.kompilasi.json')

    def test_json_objects_nested_100k_deep(self):
        self.refused(self.write('dalam.kompilasi.json', '{"a":' * 100000 + '1' + '}' * 100000), 'dalam.kompilasi.json')


class NotWhatItSays(Hostile):
    def test_workspace_not_json(self):
        self.refused(self.write('x.kompilasi.json', 'NIP,Nama\n1,A\n'), 'x.kompilasi.json', 'baris 1', 'JSON')

    def test_workspace_truncated(self):
        self.write('b/unit.csv', 'kode_unit,nama_unit\n' + ''.join(f'{i},Unit {i}\n' for i in range(200)))
        whole = self.path('utuh.kompilasi.json')
        rc, _, err = run('export', self.path('b'), '-o', whole, '--tanggal', '2026-06-30')
        self.assertEqual(rc, 0, err)
        with open(whole, 'rb') as f:
            data = f.read()
        for cut in (1, len(data) // 2, len(data) - 2):
            err = self.refused(self.write(f'potong{cut}.kompilasi.json', data[:cut]), f'potong{cut}.kompilasi.json')
            self.assertTrue('JSON' in err or 'kompilasi/1' in err, err)

    def _xlsx(self):
        p = self.path('src.xlsx')
        with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            z.writestr('xl/workbook.xml', '<workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
            z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData>' + '<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 5000 + '</sheetData></worksheet>')
        with open(p, 'rb') as f:
            return f.read()

    def test_truncated_xlsx(self):
        data = self._xlsx()
        for cut in (0, 10, len(data) // 3, len(data) // 2, len(data) - 30):
            self.refused(self.write(f'potong{cut}.xlsx', data[:cut]), f'potong{cut}.xlsx')

    def test_random_bytes_xlsx(self):
        self.refused(self.write('acak.xlsx', b'PK\x03\x04' + bytes(random.Random(3).randrange(256) for _ in range(5000))), 'acak.xlsx')


class SizeLimit(Hostile):
    def test_file_over_the_limit(self):
        p = self.write('besar.csv', 'NIP,Nama\n' + '1,A\n' * 1000)
        self.refused(p, 'besar.csv', 'batas', env={'KOMPILASI_BATAS_MASUKAN': '1000'})

    def test_bundle_file_over_the_limit(self):
        self.write('b/unit.csv', 'kode_unit,nama_unit\n' + '1,A\n' * 1000)
        self.refused(self.path('b'), 'unit.csv', 'batas', env={'KOMPILASI_BATAS_MASUKAN': '1000'})

    def test_under_the_limit_is_read(self):
        p = self.write('b/unit.csv', 'kode_unit,nama_unit\n1,A\n')
        rc, _, err = run('validate', os.path.dirname(p), '--fail-on', 'never', env={'KOMPILASI_BATAS_MASUKAN': '1000'})
        self.assertEqual(rc, 0, err)

    def test_bad_limit_value(self):
        p = self.write('b/unit.csv', 'kode_unit,nama_unit\n1,A\n')
        rc, _, err = run('validate', os.path.dirname(p), env={'KOMPILASI_BATAS_MASUKAN': 'banyak'})
        self.assertEqual(rc, 2, err)
        self.assertIn('KOMPILASI_BATAS_MASUKAN', err)


class SpreadsheetSafety(Hostile):
    """Every text cell of a CSV or XLSX export that begins with a formula trigger gets a
    leading apostrophe; the console (stderr) never shows the contents of personal columns."""
    TRIGGERS = ['=1+1', '+62812', '-2', '@SUM(A1)', '\tx', '\rx']
    SECRET = ['Rahasia Namanya', 'rahasia@contoh.test', '081299998888']

    def bundle(self):
        self.write('b/kompilasi.csv', 'kunci,nilai\ninstansi,=Kota\ntahun,2026\ntanggal_kompilasi,2026-06-30\n')
        self.write('b/unit.csv', 'kode_unit,nama_unit\n1.01,@Dinas\n')
        rows = ['nip,nama,jenis_asn,jenis_kelamin,kode_unit,jabatan,email,no_hp']
        for i, t in enumerate(self.TRIGGERS):
            q = '"' + t.replace('"', '""') + '"'
            rows.append(f'19860926201505100{i},{q},PNS,L,1.01,{q},,{q}')
        rows.append('198609262015051009,Rahasia Namanya,PNS,X,9.99,Guru,rahasia@contoh.test,081299998888')
        self.write('b/pegawai.csv', '\n'.join(rows) + '\n')
        return self.path('b')

    def test_csv_export(self):
        rc, _, err = run('export', self.bundle(), '-o', self.path('csv'), '--format', 'csv', '--tanggal', '2026-06-30')
        self.assertEqual(rc, 0, err)
        import csv
        with open(self.path('csv', 'pegawai.csv'), newline='', encoding='utf-8-sig') as f:
            cells = [c for row in csv.reader(f) for c in row]
        for t in self.TRIGGERS:
            self.assertEqual(cells.count("'" + t), 3, t)
            self.assertNotIn(t, cells)
        with open(self.path('csv', 'unit.csv'), newline='', encoding='utf-8-sig') as f:
            self.assertIn("'@Dinas", [c for row in csv.reader(f) for c in row])

    def test_xlsx_export(self):
        out = self.path('x.xlsx')
        rc, _, err = run('export', self.bundle(), '-o', out, '--tanggal', '2026-06-30')
        self.assertEqual(rc, 0, err)
        import re
        import xml.etree.ElementTree as ET
        texts = []
        with zipfile.ZipFile(out) as z:
            for name in z.namelist():
                if name.endswith('.xml') and (name.startswith('xl/worksheets/') or name == 'xl/sharedStrings.xml'):
                    root = ET.fromstring(z.read(name))
                    texts += [''.join(t.itertext()) for t in root.iter() if t.tag.endswith('}t') or t.tag == 't']
        for t in self.TRIGGERS:
            self.assertIn("'" + t, texts, t)
            self.assertNotIn(t, texts, t)

    def test_console_shows_no_personal_cells(self):
        for args in (['validate', self.bundle(), '--fail-on', 'never'],
                     ['export', self.bundle(), '-o', self.path('o.kompilasi.json')],
                     ['validate', self.bundle(), '--json']):
            rc, _, err = run(*args)
            self.assertIn(rc, (0, 1), err)
            for s in self.SECRET:
                self.assertNotIn(s, err, args)


if __name__ == '__main__':
    KOMPILASI = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0], *sys.argv[2:]])
