#!/usr/bin/env python3
"""Command-line tests of the anonymised export (issue 7): `kompilasi export … --anonim` with the
passphrase from --kunci-file or KOMPILASI_KUNCI.

    python3 tests/cli/anon_test.py path/to/kompilasi [TestClass ...]

The figures do not change (analyze of every anonymised form equals analyze of the original),
nothing personal is left in the files, the pseudonym of an NIP is HMAC-SHA-256 under the
Argon2id key (pinned here; `argon2 kompilasi-anon-1 -id -t 2 -m 16 -p 1 -l 32 -r` gives it
too), a missing, empty or short passphrase is refused with exit status 2, and so is any merge
of an anonymised compilation with one of real NIPs or of another scheme.
"""
import csv
import hashlib
import hmac
import io
import json
import os
import re
import subprocess
import sys
import unittest
import zipfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from tmp_case import TmpCase  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, 'assets', 'sample')
GALAT = os.path.join(HERE, 'fixtures', 'galat')
KOMPILASI = None
PASS = 'kuda laut makan bakso'
KEY = bytes.fromhex('a532b16d47c6c64fe43e91d5047290e57b2539e9324bb257aaa5a9e211bef6fb')  # Argon2id of PASS


def run(*args, env=None):
    full = dict(os.environ)
    full.pop('KOMPILASI_KUNCI', None)
    full.update(env or {})
    p = subprocess.run([KOMPILASI, *args], capture_output=True, timeout=300, env=full)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


def read_csv(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def all_text(path):
    """Every byte of a file, a folder's files or an XLSX's parts, as text."""
    if os.path.isdir(path):
        return ''.join(all_text(os.path.join(path, n)) for n in sorted(os.listdir(path)))
    if path.endswith('.xlsx'):
        with zipfile.ZipFile(path) as z:
            return ''.join(z.read(n).decode('utf-8', 'replace') for n in z.namelist())
    with open(path, 'rb') as f:
        return f.read().decode('utf-8', 'replace')


class Tmp(TmpCase):
    prefix = 'kompilasi-anon-'

    def setUp(self):
        super().setUp()
        self.key_file = self.path('kunci.txt')
        with open(self.key_file, 'w') as f:
            f.write(PASS + '\n')

    def export(self, src, out, *more, ok=True):
        rc, o, err = run('export', src, '-o', out, '--anonim', '--kunci-file', self.key_file, *more)
        if ok:
            self.assertEqual(rc, 0, err)
        return rc, o, err

    def analyze(self, src):
        rc, out, err = run('analyze', src, '--json')
        self.assertEqual(rc, 0, err)
        return out


class AnonFigures(Tmp):
    def check_every_form(self, src):
        original = self.analyze(src)
        for out in ('anon', 'anon.kompilasi.json', 'anon.xlsx'):
            self.export(src, self.path(out))
            self.assertEqual(self.analyze(self.path(out)), original, out)

    def test_sample_figures_unchanged(self):
        self.check_every_form(SAMPLE)

    def test_generated_data_with_many_defects(self):
        gen = self.path('gen')
        rc, _, err = run('generate', '-o', gen, '--asn', '2000', '--seed', '5', '--err-rate', '0.05')
        self.assertEqual(rc, 0, err)
        self.check_every_form(gen)

    def test_fixture_with_errors(self):
        self.check_every_form(GALAT)

    def test_validate_reports_the_same_rules_but_the_emptied_columns(self):
        def counts(src):
            rc, out, _ = run('validate', src, '--json', '--fail-on', 'never')
            findings = json.loads(out)['findings']
            return sorted((f['rule'], f['table'], f['row'], f['column']) for f in findings
                          if f['column'] not in ('jenis_kelamin', 'jabatan', 'email', 'no_hp'))
        self.export(SAMPLE, self.path('anon'))
        self.assertEqual(counts(self.path('anon')), counts(SAMPLE))

    def test_html_report_of_the_anonymised_data(self):
        self.export(SAMPLE, self.path('laporan.html'))
        html = all_text(self.path('laporan.html'))
        names = [r['nama'] for r in read_csv(os.path.join(SAMPLE, 'pegawai.csv')) if r['nama'].strip()]
        self.assertFalse([n for n in names if n in html])


class AnonPrivacy(Tmp):
    def test_nothing_personal_is_left(self):
        pegawai = read_csv(os.path.join(SAMPLE, 'pegawai.csv'))
        akun = read_csv(os.path.join(SAMPLE, 'akun.csv'))
        laporan = read_csv(os.path.join(SAMPLE, 'laporan.csv'))
        personal = set()
        for r in pegawai:
            personal |= {r['nama'], r['email'], r['no_hp'], r['jabatan'], re.sub(r'\D', '', r['nip']), r['nip']}
        for r in akun:
            personal.add(r['akun'].strip().rstrip('/').split('/')[-1].lstrip('@').split('?')[0])
        personal |= {r['url_bukti'] for r in laporan}
        # what the public tables (units, official accounts, contents) also hold is not personal
        public = ''.join(all_text(os.path.join(SAMPLE, t + '.csv')) for t in ('unit', 'akun_resmi', 'konten'))
        personal = {p for p in personal if len(p.strip()) >= 4 and p.strip("'") not in public}
        self.assertGreater(len(personal), 500)
        for out in ('anon', 'anon.kompilasi.json', 'anon.xlsx'):
            self.export(SAMPLE, self.path(out))
            text = all_text(self.path(out))
            self.assertEqual([p for p in sorted(personal) if p in text], [], out)

    def test_pseudonym_is_hmac_sha256_of_the_18_digits(self):
        self.export(SAMPLE, self.path('anon'))
        original = read_csv(os.path.join(SAMPLE, 'pegawai.csv'))
        anon = read_csv(self.path('anon', 'pegawai.csv'))
        self.assertEqual(len(anon), len(original))
        checked = 0
        for o, a in zip(original, anon):
            digits = re.sub(r'[ .\-]', '', o['nip'].strip())
            if re.fullmatch(r'\d{18}', digits):
                want = hmac.new(KEY, b'nip:' + digits.encode(), hashlib.sha256).hexdigest()
                self.assertEqual(a['nip'].split(' ')[0], want)
                checked += 1
        self.assertGreater(checked, 250)
        meta = {r['kunci']: r['nilai'] for r in read_csv(self.path('anon', 'kompilasi.csv'))}
        self.assertEqual(meta['anonim'], 'hmac-sha256-argon2id/1')

    def test_same_passphrase_same_bytes_by_file_or_environment(self):
        self.export(SAMPLE, self.path('a.kompilasi.json'))
        rc, _, err = run('export', SAMPLE, '-o', self.path('b.kompilasi.json'), '--anonim', env={'KOMPILASI_KUNCI': PASS})
        self.assertEqual(rc, 0, err)
        with open(self.key_file, 'w') as f:
            f.write(PASS)  # without the final line break: the same passphrase
        self.export(SAMPLE, self.path('c.kompilasi.json'))
        a, b, c = (all_text(self.path(n + '.kompilasi.json')) for n in 'abc')
        self.assertEqual(a, b)
        self.assertEqual(a, c)
        rc, _, err = run('export', SAMPLE, '-o', self.path('d.kompilasi.json'), '--anonim',
                         env={'KOMPILASI_KUNCI': PASS + '!'})
        self.assertEqual(rc, 0, err)
        self.assertNotEqual(all_text(self.path('d.kompilasi.json')), a)


class AnonRefusals(Tmp):
    def refused(self, *args, env=None, says=()):
        rc, out, err = run('export', SAMPLE, '-o', self.path('out'), *args, env=env)
        self.assertEqual(rc, 2, err)
        self.assertEqual(out, '')
        for word in says:
            self.assertIn(word, err)
        self.assertFalse(os.path.exists(self.path('out')))

    def test_no_passphrase(self):
        self.refused('--anonim', says=('--kunci-file', 'KOMPILASI_KUNCI', 'ps'))

    def test_empty_passphrase(self):
        open(self.path('kosong.txt'), 'w').close()
        self.refused('--anonim', '--kunci-file', self.path('kosong.txt'), says=('kosong', 'kosong.txt'))
        self.refused('--anonim', env={'KOMPILASI_KUNCI': ''}, says=('kosong', 'KOMPILASI_KUNCI'))
        with open(self.path('baris.txt'), 'w') as f:
            f.write('\n')
        self.refused('--anonim', '--kunci-file', self.path('baris.txt'), says=('kosong',))

    def test_short_passphrase(self):
        self.refused('--anonim', env={'KOMPILASI_KUNCI': 'rahasia'}, says=('terlalu pendek', '8'))

    def test_unreadable_key_file(self):
        self.refused('--anonim', '--kunci-file', self.path('tidak_ada.txt'), says=('tidak_ada.txt', 'tidak dapat dibaca'))
        self.refused('--anonim', '--kunci-file', self.tmp, says=('tidak dapat dibaca',))

    def test_key_file_without_anonim(self):
        self.refused('--kunci-file', self.key_file, says=('--anonim',))

    def test_no_passphrase_on_the_command_line(self):
        self.refused('--anonim', '--kunci', PASS)

    def test_already_anonymised(self):
        self.export(SAMPLE, self.path('anon'))
        rc, out, err = run('export', self.path('anon'), '-o', self.path('lagi'), '--anonim', '--kunci-file', self.key_file)
        self.assertEqual(rc, 2)
        self.assertIn('sudah anonim', err)

    def test_not_merged_with_real_nips(self):
        self.export(SAMPLE, self.path('anon'))
        for args in (('merge', '-o', self.path('gabung.kompilasi.json')), ('validate',), ('analyze',)):
            rc, out, err = run(args[0], SAMPLE, self.path('anon'), *args[1:])
            self.assertEqual(rc, 2, err)
            self.assertEqual(out, '')
            self.assertIn('anon sudah dianonimkan, sample belum', err)
        self.assertFalse(os.path.exists(self.path('gabung.kompilasi.json')))
        rc, _, err = run('merge', self.path('anon'), SAMPLE, '-o', self.path('gabung.kompilasi.json'), '--lang', 'en')
        self.assertEqual(rc, 2)
        self.assertIn('anon is anonymised and sample is not', err)

    def test_merged_with_anonymised_under_the_same_scheme(self):
        self.export(SAMPLE, self.path('a.kompilasi.json'))
        self.export(GALAT, self.path('b.kompilasi.json'))
        with open(self.path('b.kompilasi.json'), encoding='utf-8') as f:
            other = f.read().replace('hmac-sha256-argon2id/1', 'hmac-sha256-argon2id/9')
        with open(self.path('c.kompilasi.json'), 'w', encoding='utf-8') as f:
            f.write(other)
        rc, _, err = run('merge', self.path('a.kompilasi.json'), self.path('c.kompilasi.json'), '-o', self.path('x.kompilasi.json'))
        self.assertEqual(rc, 2, err)
        self.assertIn('a (hmac-sha256-argon2id/1) dan c (hmac-sha256-argon2id/9): dianonimkan dengan cara yang berbeda', err)
        rc, _, err = run('merge', self.path('a.kompilasi.json'), self.path('b.kompilasi.json'), '-o', self.path('ab.kompilasi.json'))
        self.assertEqual(rc, 0, err)
        with open(self.path('ab.kompilasi.json'), encoding='utf-8') as f:
            self.assertEqual(json.load(f)['anonim'], 'hmac-sha256-argon2id/1')

    def test_english(self):
        rc, _, err = run('export', SAMPLE, '-o', self.path('out'), '--anonim', '--lang', 'en')
        self.assertEqual(rc, 2)
        self.assertIn('needs a passphrase', err)


if __name__ == '__main__':
    KOMPILASI = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0], *sys.argv[2:]], verbosity=1)
