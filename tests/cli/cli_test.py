#!/usr/bin/env python3
"""Command-line tests of `kompilasi` (DATA.md section 6): exit codes, --json shapes, bad
arguments, each kind of unusable input, the date notice, exports and their round trips.

    python3 tests/cli/cli_test.py path/to/kompilasi [TestClass ...]

ctest runs one entry per class (tests/CMakeLists.txt). Fixtures: tests/cli/fixtures/.
"""
import datetime
import json
import os
import subprocess
import sys
import unittest
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from tmp_case import TmpCase  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, 'fixtures')
KOMPILASI = None

FINDING_KEYS = ['rule', 'severity', 'table', 'row', 'column', 'message']


def run(*args):
    p = subprocess.run([KOMPILASI, *args], capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


def fx(name):
    return os.path.join(FIX, name)


class Tmp(TmpCase):
    prefix = 'kompilasi-cli-'

    def read(self, path):
        with open(path, 'rb') as f:
            return f.read()


class ExitCodes(unittest.TestCase):
    def test_clean_bundle_is_0(self):
        rc, out, err = run('validate', fx('bersih'))
        self.assertEqual(rc, 0, err)
        self.assertIn('Tidak ada temuan.', out)

    def test_errors_fail_by_default(self):
        self.assertEqual(run('validate', fx('galat'))[0], 1)
        self.assertEqual(run('validate', fx('galat'), '--fail-on', 'error')[0], 1)
        self.assertEqual(run('validate', fx('galat'), '--fail-on', 'never')[0], 0)

    def test_warnings_fail_only_with_fail_on_warning(self):
        self.assertEqual(run('validate', fx('peringatan'))[0], 0)
        self.assertEqual(run('validate', fx('peringatan'), '--fail-on=warning')[0], 1)
        self.assertEqual(run('validate', fx('peringatan'), '--fail-on', 'never')[0], 0)

    def test_info_never_fails(self):
        rc, out, _ = run('validate', fx('info_saja'), '--fail-on', 'warning')
        self.assertEqual(rc, 0)
        self.assertIn('KOLOM_DIABAIKAN', out)

    def test_help_is_0_and_lists_the_commands(self):
        rc, out, _ = run('--help')
        self.assertEqual(rc, 0)
        for word in ('validate INPUT', 'export INPUT', '--tanggal', '--peta', 'Status keluar'):
            self.assertIn(word, out)


class JsonShape(unittest.TestCase):
    def validate_json(self, *args):
        rc, out, err = run('validate', *args, '--json')
        return rc, json.loads(out), err

    def test_shape_of_section_6(self):
        rc, doc, _ = self.validate_json(fx('galat'))
        self.assertEqual(rc, 1)
        self.assertEqual(list(doc), ['findings', 'counts'])
        self.assertTrue(doc['findings'])
        for f in doc['findings']:
            self.assertEqual(list(f), FINDING_KEYS)
            self.assertIn(f['severity'], ('error', 'warning', 'info'))
            self.assertTrue(f['row'] is None or (isinstance(f['row'], int) and f['row'] >= 1))
            self.assertNotEqual(f['message'], f['rule'])  # rendered words, not the id
        tally = {}
        for f in doc['findings']:
            tally[f['rule']] = tally.get(f['rule'], 0) + 1
        self.assertEqual(doc['counts'], tally)
        self.assertTrue(all(isinstance(n, int) for n in doc['counts'].values()))

    def test_import_findings_name_table_row_and_column(self):
        _, doc, _ = self.validate_json(fx('galat'))
        ragged = [f for f in doc['findings'] if f['rule'] == 'BARIS_TIDAK_RATA']
        self.assertEqual(len(ragged), 1)
        self.assertEqual((ragged[0]['severity'], ragged[0]['table'], ragged[0]['row'], ragged[0]['column']),
                         ('error', 'pegawai', 2, 'no_hp'))
        self.assertIn('0812', ragged[0]['message'])
        ignored = [f for f in doc['findings'] if f['rule'] == 'KOLOM_DIABAIKAN']
        self.assertEqual([(f['severity'], f['table'], f['row'], f['column']) for f in ignored],
                         [('info', 'akun', None, 'Catatan')])

    def test_no_findings(self):
        rc, doc, _ = self.validate_json(fx('bersih'))
        self.assertEqual((rc, doc), (0, {'findings': [], 'counts': {}}))

    def test_english_messages(self):
        _, doc, _ = self.validate_json(fx('info_saja'), '--lang', 'en')
        self.assertIn('Column "Catatan" is not known', doc['findings'][0]['message'])


class BadArguments(unittest.TestCase):
    def refused(self, args, *words):
        rc, out, err = run(*args)
        self.assertEqual(rc, 2, (args, out, err))
        self.assertEqual(out, '')
        for w in words:
            self.assertIn(w, err)
        return err

    def test_no_arguments(self):
        self.refused([], 'Pemakaian: kompilasi')

    def test_unknown_command(self):
        self.refused(['periksa', fx('bersih')], 'perintah "periksa" tidak dikenal')

    def test_unknown_option(self):
        self.refused(['validate', fx('bersih'), '--bogus'], 'opsi --bogus tidak dikenal untuk perintah validate')
        self.refused(['validate', fx('bersih'), '--policy', 'terbaru'], '--policy')

    def test_missing_value(self):
        self.refused(['validate', fx('bersih'), '--fail-on'], 'opsi --fail-on memerlukan nilai')

    def test_flag_with_value(self):
        self.refused(['validate', fx('bersih'), '--json=ya'], 'opsi --json tidak menerima nilai')

    def test_repeated_option(self):
        self.refused(['validate', fx('bersih'), '--json', '--json'], 'lebih dari sekali')

    def test_bad_fail_on(self):
        self.refused(['validate', fx('bersih'), '--fail-on', 'info'], '--fail-on "info"', 'error, warning atau never')

    def test_bad_tanggal(self):
        for bad in ('31-12-2024', '2024-02-30', '2024-1-5', 'kemarin'):
            self.refused(['validate', fx('bersih'), '--tanggal', bad], f'--tanggal "{bad}"', 'YYYY-MM-DD')

    def test_bad_lang(self):
        self.refused(['validate', fx('bersih'), '--lang', 'jv'], '--lang "jv"')

    def test_no_input(self):
        self.refused(['validate', '--json'], 'memerlukan setidaknya satu INPUT')

    def test_input_twice(self):
        self.refused(['validate', fx('bersih'), fx('bersih') + '/'], 'diberikan lebih dari sekali')

    def test_export_needs_output(self):
        self.refused(['export', fx('bersih')], 'memerlukan -o OUT')

    def test_export_unknown_format(self):
        self.refused(['export', fx('bersih'), '-o', 'x.pdf', '--format', 'pdf'], '--format "pdf"', 'json', 'csv')

    def test_excel_id_only_for_csv(self):
        self.refused(['export', fx('bersih'), '-o', 'x.kompilasi.json', '--excel-id'], '--excel-id')

    def test_peta_missing(self):
        self.refused(['validate', fx('formulir.csv'), '--peta', fx('tidak_ada.json')], 'tidak_ada.json', 'tidak ditemukan')


class UnusableInput(Tmp):
    """Each kind of unusable input of DATA.md section 2: exit 2, the file and the place named."""

    def refused(self, path, *words):
        rc, out, err = run('validate', path)
        self.assertEqual(rc, 2, (out, err))
        self.assertEqual(out, '')
        self.assertTrue(err.startswith('kompilasi: '), err)
        for w in words:
            self.assertIn(w, err)

    def test_unterminated_quote(self):
        self.refused(fx('rusak_kutip'), 'rusak_kutip/unit.csv, baris 3', 'tanda kutip')

    def test_nul_byte(self):
        self.refused(fx('rusak_nul'), 'rusak_nul/pegawai.csv, baris 3', 'NUL')

    def test_too_many_columns(self):
        os.mkdir(self.path('lebar'))
        with open(self.path('lebar', 'unit.csv'), 'w') as f:
            f.write('kode_unit,nama_unit\n1,A\n' + ','.join(['x'] * 16385) + '\n')
        self.refused(self.path('lebar'), 'unit.csv, baris 3', '16.384 kolom')

    def test_at_most_16384_columns_is_fine(self):
        os.mkdir(self.path('lebar'))
        with open(self.path('lebar', 'unit.csv'), 'w') as f:
            f.write('kode_unit,nama_unit\n1,A\n' + ','.join(['x'] * 16384) + '\n')
        rc, _, err = run('validate', self.path('lebar'), '--fail-on', 'never')
        self.assertEqual(rc, 0, err)

    def test_cell_too_long(self):
        os.mkdir(self.path('panjang'))
        with open(self.path('panjang', 'unit.csv'), 'w', encoding='utf-8') as f:
            f.write('kode_unit,nama_unit\n1,"' + 'é' * 32768 + '"\n')
        self.refused(self.path('panjang'), 'unit.csv, baris 2', 'kolom ke-2', '32.767')

    def test_not_a_form(self):
        self.refused(fx('catatan.txt'), 'catatan.txt', 'bukan salah satu bentuk masukan')
        self.refused(fx('bukan_bundel'), 'bukan_bundel', 'tidak memuat satu pun berkas bundel')

    def test_missing_path(self):
        self.refused(fx('tidak_ada'), 'tidak_ada', 'tidak ditemukan')
        self.refused('', 'tidak ditemukan')

    def test_broken_workspace(self):
        self.refused(fx('rusak.kompilasi.json'), 'rusak.kompilasi.json, baris 5', 'JSON')

    def test_bad_header_value(self):
        self.refused(fx('rusak_tahun'), 'rusak_tahun/kompilasi.csv, baris 3', 'dua ribu')

    def test_broken_xlsx(self):
        self.refused(fx('palsu.xlsx'), 'palsu.xlsx')

    def test_english(self):
        rc, _, err = run('validate', fx('rusak_kutip'), '--lang', 'en')
        self.assertEqual(rc, 2)
        self.assertIn('rusak_kutip/unit.csv, line 3: an opening quote', err)


class Encodings(Tmp):
    def test_windows1252_is_decoded_with_a_notice_naming_the_file(self):
        out = self.path('w.kompilasi.json')
        rc, _, err = run('export', fx('windows1252'), '-o', out)
        self.assertEqual(rc, 0, err)
        self.assertIn('windows1252/unit.csv bukan UTF-8 yang sah; dibaca sebagai Windows-1252', err)
        units = json.loads(self.read(out))['tabel']['unit']
        self.assertEqual(units[1]['nama_unit'], 'Dinas Kesehatan \u2013 RSUD Mardi Waluyo')

    def test_utf16_with_bom(self):
        os.mkdir(self.path('u16'))
        with open(self.path('u16', 'unit.csv'), 'wb') as f:
            f.write('kode_unit\tnama_unit\r\n1.01\tDinas Pendidikan\r\n'.encode('utf-16'))
        out = self.path('u.kompilasi.json')
        rc, _, err = run('export', self.path('u16'), '-o', out, '--tanggal', '2024-12-31')
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(self.read(out))['tabel']['unit'][0]['nama_unit'], 'Dinas Pendidikan')


class DateNotice(Tmp):
    def test_today_when_the_input_has_no_date(self):
        rc, _, err = run('validate', fx('tanpa_tanggal'))
        self.assertEqual(rc, 0, err)
        self.assertIn('Tanggal kompilasi: ' + datetime.date.today().isoformat() + ' (hari ini', err)

    def test_tanggal_when_the_input_has_no_date(self):
        out = self.path('t.kompilasi.json')
        rc, _, err = run('export', fx('tanpa_tanggal'), '-o', out, '--tanggal', '2024-06-30')
        self.assertEqual(rc, 0, err)
        self.assertIn('Tanggal kompilasi: 2024-06-30 (dari --tanggal', err)
        self.assertEqual(json.loads(self.read(out))['tanggal_kompilasi'], '2024-06-30')

    def test_explicit_tanggal_wins_with_a_warning(self):
        out = self.path('t.kompilasi.json')
        rc, _, err = run('export', fx('bersih'), '-o', out, '--tanggal', '2025-01-31')
        self.assertEqual(rc, 0, err)
        self.assertIn('Peringatan: --tanggal 2025-01-31 menggantikan tanggal_kompilasi 2024-12-31', err)
        self.assertEqual(json.loads(self.read(out))['tanggal_kompilasi'], '2025-01-31')

    def test_same_date_says_nothing(self):
        _, _, err = run('validate', fx('bersih'), '--tanggal', '2024-12-31')
        self.assertNotIn('Tanggal kompilasi', err)
        self.assertNotIn('Peringatan', err)


class Export(Tmp):
    def export(self, *args):
        rc, out, err = run('export', *args)
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, '')
        return err

    def test_json_then_csv_then_json_round_trips(self):
        first = self.path('a.kompilasi.json')
        self.export(fx('bersih'), '-o', first)
        doc = json.loads(self.read(first))
        self.assertEqual(doc['format'], 'kompilasi/1')
        self.assertEqual(doc['tabel']['pegawai'][1]['nama'], 'Dewi Lestari, S.Pd.')
        # JSON -> JSON byte for byte
        second = self.path('b.kompilasi.json')
        self.export(first, '-o', second)
        self.assertEqual(self.read(first), self.read(second))
        # CSV bundle -> JSON -> CSV bundle byte for byte
        direct, via_json = self.path('direct'), self.path('via_json')
        self.export(fx('bersih'), '-o', direct, '--format', 'csv')
        self.export(first, '-o', via_json)
        names = sorted(os.listdir(direct))
        self.assertEqual(names, ['akun.csv', 'akun_resmi.csv', 'kompilasi.csv', 'konten.csv', 'laporan.csv',
                                 'pegawai.csv', 'unit.csv'])
        self.assertEqual(names, sorted(os.listdir(via_json)))
        for n in names:
            self.assertEqual(self.read(os.path.join(direct, n)), self.read(os.path.join(via_json, n)), n)
        self.assertEqual(run('validate', direct)[0], 0)

    def test_excel_indonesia(self):
        out = self.path('excel')
        self.export(fx('bersih'), '-o', out, '--excel-id')
        pegawai = self.read(os.path.join(out, 'pegawai.csv'))
        self.assertTrue(pegawai.startswith(b'\xef\xbb\xbfnip;nama;jenis_asn;'))
        self.assertIn(b'\r\n199001012019032002;Dewi Lestari, S.Pd.;PNS;P;1.02;', pegawai)
        rc, out_json, _ = run('validate', out, '--json')
        self.assertEqual((rc, json.loads(out_json)['findings']), (0, []))

    def test_formulas_are_neutralised_in_csv_not_in_json(self):
        csv_dir, js = self.path('csv'), self.path('f.kompilasi.json')
        self.export(fx('formula'), '-o', csv_dir)
        self.export(fx('formula'), '-o', js)
        row = self.read(os.path.join(csv_dir, 'pegawai.csv')).split(b'\r\n')[1]
        self.assertEqual(row, b'198609262015051001,"\'=HYPERLINK(""http://contoh.test"")",PNS,L,1.01,\'@guru,,\'+6281234567890')
        pegawai = json.loads(self.read(js))['tabel']['pegawai'][0]
        self.assertEqual((pegawai['nama'], pegawai['jabatan'], pegawai['no_hp']),
                         ('=HYPERLINK("http://contoh.test")', '@guru', '+6281234567890'))
        # and reading the neutralised CSV gives the original text back
        again = self.path('again.kompilasi.json')
        self.export(csv_dir, '-o', again)
        self.assertEqual(self.read(again), self.read(js))

    def test_output_that_is_not_a_folder(self):
        blocker = self.path('berkas')
        open(blocker, 'w').close()
        rc, _, err = run('export', fx('bersih'), '-o', blocker, '--format', 'csv')
        self.assertEqual(rc, 2)
        self.assertIn('bukan folder', err)

    def test_unwritable_output(self):
        blocker = self.path('berkas')
        open(blocker, 'w').close()  # a file where a folder would have to be
        rc, _, err = run('export', fx('bersih'), '-o', os.path.join(blocker, 'x.kompilasi.json'))
        self.assertEqual(rc, 2)
        self.assertIn('tidak dapat ditulis', err)

    def test_what_reading_dropped_is_said(self):
        err = self.export(fx('galat'), '-o', self.path('g.kompilasi.json'))
        self.assertIn('KOLOM_DIABAIKAN 1, BARIS_TIDAK_RATA 1', err)
        self.assertNotIn('Catatan: temuan', self.export(fx('bersih'), '-o', self.path('b.kompilasi.json')))

    def test_json_named_otherwise_gets_a_note(self):
        err = self.export(fx('bersih'), '-o', self.path('x.json'))
        self.assertIn('.kompilasi.json', err)


class SeveralInputs(unittest.TestCase):
    def test_merged_findings_name_their_submission(self):
        rc, out, err = run('validate', fx('bersih'), fx('galat'), '--json')
        self.assertEqual(rc, 1, err)
        doc = json.loads(out)
        ragged = [f for f in doc['findings'] if f['rule'] == 'BARIS_TIDAK_RATA']
        self.assertEqual(len(ragged), 1)
        self.assertEqual(ragged[0]['sumber'], 'galat')

    def test_flat_form_matched_against_the_bundle_units(self):
        rc, out, err = run('validate', fx('bersih'), fx('formulir.csv'), '--json')
        self.assertEqual(rc, 0, err)
        rules = [f['rule'] for f in json.loads(out)['findings']]
        self.assertNotIn('UNIT_TIDAK_DIKENAL', rules)

    def test_peta_maps_a_form_column(self):
        base = run('validate', fx('formulir.csv'), '--tanggal', '2024-12-31', '--json')
        mapped = run('validate', fx('formulir.csv'), '--tanggal', '2024-12-31', '--json', '--peta', fx('peta.json'))
        ignored = lambda r: [f['column'] for f in json.loads(r[1])['findings'] if f['rule'] == 'KOLOM_DIABAIKAN']
        self.assertEqual(ignored(base), ['Akun IG Bapak/Ibu'])
        self.assertEqual(ignored(mapped), [])

    def test_unusable_peta(self):
        rc, out, err = run('validate', fx('formulir.csv'), '--peta', fx('peta_rusak.json'))
        self.assertEqual((rc, out), (2, ''))
        self.assertIn('peta_rusak.json', err)

    def test_peta_without_a_flat_form_is_said(self):
        rc, _, err = run('validate', fx('bersih'), '--peta', fx('peta.json'))
        self.assertEqual(rc, 0)
        self.assertIn('--peta', err)
        self.assertIn('tidak dipakai', err)


if __name__ == '__main__':
    KOMPILASI = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0], *sys.argv[2:]], verbosity=1)
