// The app's workflows in headless Chromium, driven as a person would: real mouse clicks on
// the widgets the test hook locates (window.kompilasiTest().items: rectangles of named
// widgets), real keys (Ctrl+Z, Ctrl+Y, Ctrl+S, typing), the page's file chooser and drops on
// the canvas for files, real downloads whose content is checked. Screenshots of every screen
// go to OUT (wf-*.png). Every request is recorded: none may leave the page's own origin.
//
//   node tests/e2e/workflows.mjs WEB_FOLDER OUT_FOLDER
// Prints one line per check and `workflows: N passed, N failed`; exit 1 on a failure.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { click, doubleClickUntil, expect, hover, press, startHarness, state, waitState } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [webDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
if (!webDir || !outDir) { console.error('pemakaian: node workflows.mjs WEB_FOLDER OUT_FOLDER'); process.exit(2); }
const sampleDir = resolve(here, '../../assets/sample');
const form = join(sampleDir, 'forms', 'dinkes_excel.csv');
const mergeDir = join(here, 'fixtures', 'merge');

const h = await startHarness(webDir);
const { check } = h;
const shot = (page, name) => page.screenshot({ path: join(outDir, `wf-${name}.png`) });

// The files of a zip (CSV bundle, XLSX) as text, read by Python's zipfile.
function unzip(path) {
  const py = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\n' +
    'print(json.dumps({n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}))';
  return JSON.parse(execFileSync('python3', ['-c', py, path], { maxBuffer: 64 << 20 }));
}

// Clicks a menu of the menu bar, then (hovering) a sub-menu, then an item.
async function menu(page, ...ids) {
  await click(page, ids[0]);
  for (const id of ids.slice(1, -1)) await hover(page, id);
  if (ids.length > 1) await click(page, ids[ids.length - 1]);
}

async function exportVia(page, item) {
  await click(page, 'menu.file');
  await hover(page, 'menu.file.export');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, `menu.export.${item}`)]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

// Drops files on the canvas as a person dragging them from the file manager would.
async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: f.split('/').pop(), data: readFileSync(f).toString('base64') }));
  const dt = await page.evaluateHandle((list) => {
    const t = new DataTransfer();
    for (const f of list) t.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: 'text/csv' }));
    return t;
  }, payload);
  await page.dispatchEvent('#canvas', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: dt });
}

// Waits until the last change is written and IndexedDB holds it, then reloads.
async function settledReload(page) {
  await waitState(page, (st) => !st.save_pending, 'saved');
  await page.evaluate(() => window.Module.kompilasiPage.idle());
  await page.reload();
  return waitState(page, (st) => st.ready, 'ready after reload');
}

// The first row of the grid on screen (the table scrolls to a selected row).
const firstRow = (st) => {
  const rows = Object.keys(st.items).map((k) => /^tables\.cell\.(\d+)\.1$/.exec(k)).filter(Boolean).map((m) => Number(m[1]));
  return rows.length ? Math.min(...rows) : -1;
};

// Selects the cell of display row i, column c of the table on screen, then double-clicks it
// to edit, replaces its text by typing and saves it with Enter.
async function selectCell(page, i, c) {
  await click(page, `tables.cell.${i}.${c}`);
  return waitState(page, (st) => st.selected.row >= 0 && st.selected.col === c && !st.selected.editing, `cell ${i}.${c} selected`);
}
async function typeInto(page, i, c, text) {
  await doubleClickUntil(page, `tables.cell.${i}.${c}`, (st) => st.selected.editing, 'editing');
  await press(page, 'Control+a');
  await page.keyboard.type(text);
  await press(page, 'Enter');
  return waitState(page, (st) => !st.selected.editing && st.selected.text === text, `cell reads "${text}"`);
}

try {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await h.openPage(context);
  await page.goto(h.origin + '/');
  let s = await waitState(page, (st) => st.ready && st.workspace, 'sample open on first start');
  const sample = s.workspace;
  await shot(page, 'dashboard');

  await check('first start: the sample CSV bundle is open with its findings counted', async () => {
    const f = sample.findings;
    expect(sample.rows.pegawai > 0 && f.total > 0 && f.error > 0, `findings ${JSON.stringify(f)}`);
    expect(s.tab === 'dashboard', `tab ${s.tab}`);
  });

  await check('close the workspace (Berkas → Tutup): the start screen', async () => {
    await menu(page, 'menu.file', 'menu.file.close');
    s = await waitState(page, (st) => st.workspace === null && st.items['start.sample'], 'start screen');
    await shot(page, 'start');
  });

  await check('the sample CSV bundle dropped onto the page opens as one compilation', async () => {
    const csvs = readdirSync(sampleDir).filter((f) => f.endsWith('.csv')).map((f) => join(sampleDir, f));
    await dropFiles(page, csvs);
    s = await waitState(page, (st) => st.ready && st.workspace, 'dropped bundle open');
    expect(JSON.stringify(s.workspace.rows) === JSON.stringify(sample.rows), `rows ${JSON.stringify(s.workspace.rows)} vs ${JSON.stringify(sample.rows)}`);
    expect(s.workspace.findings.total === sample.findings.total, `findings ${s.workspace.findings.total} vs ${sample.findings.total}`);
  });

  await check('Findings tab: grouped by rule; a finding jumps to its cell', async () => {
    await click(page, 'tab.findings');
    await waitState(page, (st) => st.tab === 'findings' && st.items['findings.item.0'], 'findings list');
    await shot(page, 'findings');
    await click(page, 'findings.item.0');
    s = await waitState(page, (st) => st.tab === 'tables' && st.selected.row >= 0, 'jump to the cell');
    await shot(page, 'tables-jump');
  });

  await check('apply a suggested fix to a row, undo it (Ctrl+Z), redo it (Ctrl+Y)', async () => {
    // The akun table holds handles written as URLs or with '@': select a cell that has a fix.
    await click(page, 'table_tab.akun');
    s = await waitState(page, (st) => st.table === 'akun' && !st.selected.rows_pending, 'akun table');
    await click(page, 'tables.only_findings');
    s = await waitState(page, (st) => !st.selected.rows_pending && st.items['tables.cell.0.0'], 'rows with findings');
    for (let i = 0; i < 12 && !s.items['tables.fix_one']; i++) {
      for (const c of [2, 1, 3]) {
        if (!s.items[`tables.cell.${i}.${c}`]) continue;
        await click(page, `tables.cell.${i}.${c}`);
        s = await state(page);
        if (s.items['tables.fix_one']) break;
      }
    }
    expect(s.items['tables.fix_one'], 'no row with a suggested fix was found');
    const before = s.selected.text, errors = s.workspace.findings.total;
    await click(page, 'tables.fix_one');
    s = await waitState(page, (st) => st.selected.text !== before, 'cell fixed');
    const after = s.selected.text;
    expect(s.undo !== '', 'no undo step');
    await shot(page, 'tables-fixed');
    await page.mouse.move(5, 400);
    await press(page, 'Control+z');
    s = await waitState(page, (st) => st.selected.text === before && st.redo !== '', 'undo restores the cell');
    expect(s.workspace.findings.total === errors, `findings after undo ${s.workspace.findings.total} != ${errors}`);
    await press(page, 'Control+y');
    s = await waitState(page, (st) => st.selected.text === after, 'redo applies the fix again');
  });

  await check('edit a cell by typing (Enter to save), undo restores it', async () => {
    await click(page, 'table_tab.pegawai');
    s = await waitState(page, (st) => st.table === 'pegawai' && !st.selected.rows_pending && firstRow(st) >= 0, 'pegawai rows');
    const i = firstRow(s);
    s = await selectCell(page, i, 1);
    const before = s.selected.text;
    await doubleClickUntil(page, `tables.cell.${i}.1`, (st) => st.selected.editing, 'editing');
    await press(page, 'Control+a');
    await page.keyboard.type('Nama Baru Uji');
    await shot(page, 'tables-editing');
    await press(page, 'Enter');
    s = await waitState(page, (st) => !st.selected.editing && st.selected.text === 'Nama Baru Uji', 'edited');
    await page.mouse.click(5, 400);  // focus away from any text field
    await press(page, 'Control+z');
    s = await waitState(page, (st) => st.selected.text === before, 'edit undone');
  });

  await check('a column width dragged by hand stays when the rows or the window change', async () => {
    s = await waitState(page, (st) => st.table === 'pegawai' && !st.selected.rows_pending && st.items['tables.header.1'], 'pegawai header');
    const [x, y, w, hgt] = s.items['tables.header.1'];
    // The column's right border, dragged 80 px to the right as a hand does.
    await page.mouse.move(x + w, y + hgt / 2, { steps: 2 });
    await page.waitForTimeout(120);
    await page.mouse.down();
    await page.waitForTimeout(80);
    await page.mouse.move(x + w + 80, y + hgt / 2, { steps: 8 });
    await page.waitForTimeout(120);
    await page.mouse.up();
    s = await waitState(page, (st) => Math.abs(st.items['tables.header.1'][2] - (w + 80)) < 6, `column dragged from ${w} to ${w + 80}`, 10000);
    const dragged = s.items['tables.header.1'][2];
    const width = () => state(page).then((st) => st.items['tables.header.1'][2]);
    await click(page, 'tables.search');
    await page.keyboard.type('PPPK');
    s = await waitState(page, (st) => !st.selected.rows_pending && st.selected.visible_rows < sample.rows.pegawai, 'rows searched');
    await page.waitForTimeout(200);
    expect(await width() === dragged, `after a search the column is ${await width()} px wide, dragged to ${dragged}`);
    await press(page, 'Control+a');
    await press(page, 'Backspace');
    await page.mouse.click(5, 400);
    await waitState(page, (st) => !st.selected.rows_pending && st.selected.visible_rows === sample.rows.pegawai, 'search cleared');
    await page.setViewportSize({ width: 1180, height: 800 });
    await page.waitForTimeout(400);
    expect(await width() === dragged, `in a narrower window the column is ${await width()} px wide, dragged to ${dragged}`);
    // Back to the screen's size: the canvas follows (it once kept the narrower backing store
    // and asked for fullscreen, as Emscripten's glfwSetWindowSize does at the screen's size).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(300);
    const canvas = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    expect(canvas[0] === 1280 && canvas[1] === 800, `canvas backing store ${canvas} after the window grew back to 1280×800`);
    await shot(page, 'tables-column-dragged');
  });

  await check('export the workspace (Ctrl+S): the downloaded file holds the compilation', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Control+s')]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(download.suggestedFilename().endsWith('.kompilasi.json'), download.suggestedFilename());
    expect(json.format === 'kompilasi/1' && json.instansi === s.workspace.instansi, `format ${json.format}, instansi ${json.instansi}`);
    expect(json.tabel.pegawai.length === s.workspace.rows.pegawai, `pegawai ${json.tabel.pegawai.length}`);
    expect(json.tabel.akun.length === s.workspace.rows.akun, `akun ${json.tabel.akun.length}`);
  });

  await check('the export menu lists every format', async () => {
    await click(page, 'menu.file');
    await hover(page, 'menu.file.export');
    s = await waitState(page, (st) => ['json', 'csv', 'csv_excel', 'xlsx', 'html'].every((k) => st.items[`menu.export.${k}`]), 'export items');
    await shot(page, 'export-menu');
    await press(page, 'Escape');
    await page.mouse.click(640, 780);
  });

  await check('export the CSV bundle (Berkas → Ekspor → CSV): a zip of the table CSVs', async () => {
    const d = await exportVia(page, 'csv');
    const files = unzip(d.path);
    expect(d.name.endsWith('_csv.zip'), d.name);
    const pegawai = files['pegawai.csv'];
    expect(pegawai, `zip holds ${Object.keys(files)}`);
    expect(pegawai.startsWith('nip,nama,'), `header ${pegawai.slice(0, 40)}`);
    expect(pegawai.trim().split('\n').length === s.workspace.rows.pegawai + 1, 'pegawai row count');
  });

  await check('export CSV Excel (Indonesia): semicolons and a BOM', async () => {
    const d = await exportVia(page, 'csv_excel');
    const files = unzip(d.path);
    const pegawai = files['pegawai.csv'];
    expect(pegawai && pegawai.startsWith('\ufeffnip;nama;'), `header ${pegawai && JSON.stringify(pegawai.slice(0, 20))}`);
  });

  await check('export XLSX: a workbook with the tables', async () => {
    const d = await exportVia(page, 'xlsx');
    const files = unzip(d.path);
    expect(d.name.endsWith('.xlsx'), d.name);
    expect(files['xl/workbook.xml'] && files['xl/workbook.xml'].includes('pegawai'), `parts ${Object.keys(files)}`);
    const text = Object.entries(files).filter(([n]) => n.startsWith('xl/')).map(([, t]) => t).join('');
    expect(text.includes(s.workspace.instansi), 'workbook lacks the instansi');
  });

  await check('export the report (HTML): a page naming the instansi', async () => {
    const d = await exportVia(page, 'html');
    const html = readFileSync(d.path, 'utf8');
    expect(d.name.endsWith('_laporan.html'), d.name);
    expect(/^<!doctype html>/i.test(html) && html.includes(s.workspace.instansi), html.slice(0, 80));
  });

  await check('anonymised export (Berkas → Ekspor → Ekspor anonim…): a short passphrase refused, then pseudonyms', async () => {
    const rows = (await state(page)).workspace.rows;
    const anonDialog = async () => {
      await menu(page, 'menu.file', 'menu.file.export', 'menu.export.anon');
      return waitState(page, (st) => st.items['anon.passphrase'] && st.items['anon.export'], 'anonymised export dialog');
    };
    let downloads = 0;
    const count = () => { downloads++; };
    page.on('download', count);
    await anonDialog();
    await shot(page, 'export-anon');
    await click(page, 'anon.export');  // no passphrase
    s = await waitState(page, (st) => st.items['anon.message'], 'refusal of an empty passphrase');
    await click(page, 'anon.passphrase');
    await page.keyboard.type('pendek');  // 6 bytes: too short
    await waitState(page, (st) => !st.items['anon.message'], 'message cleared while typing');
    await press(page, 'Enter');
    s = await waitState(page, (st) => st.items['anon.message'] && st.items['anon.passphrase'], 'refusal of a short passphrase');
    await shot(page, 'export-anon-refused');
    page.off('download', count);
    expect(downloads === 0, `${downloads} download(s) for a refused passphrase`);
    await click(page, 'anon.format');
    await click(page, 'anon.format.1');  // CSV (zip)
    await click(page, 'anon.passphrase');
    await press(page, 'Control+a');
    await page.keyboard.type('kuda laut makan roti');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), click(page, 'anon.export')]);
    const files = unzip(await download.path());
    expect(download.suggestedFilename().includes('_anonim'), download.suggestedFilename());
    const pegawai = (files['pegawai.csv'] || '').trim().split('\n').map((l) => l.split(','));
    expect(pegawai.length > 1 && pegawai[0][0] === 'nip' && pegawai[0][1] === 'nama', `header ${pegawai[0]}`);
    expect(pegawai.length - 1 === rows.pegawai, `${pegawai.length - 1} pegawai rows, the original has ${rows.pegawai}`);
    const bad = pegawai.slice(1).filter(([nip, nama]) => !/^[0-9a-f]{64}( [A-Z_]+)*$/.test(nip) && nip !== '(NIP tidak sah)' || nama !== '(anonim)');
    expect(bad.length === 0, `${bad.length} rows not pseudonymised, e.g. ${bad[0]}`);
    expect(pegawai.slice(1).filter(([nip]) => /^[0-9a-f]{64}/.test(nip)).length > rows.pegawai / 2, 'most NIPs are not 64-char hex');
    const akun = (files['akun.csv'] || '').trim().split('\n');
    expect(akun.length - 1 === rows.akun, `${akun.length - 1} akun rows, the original has ${rows.akun}`);
    s = await waitState(page, (st) => !st.items['anon.passphrase'], 'dialog closed after the export');
  });

  await check('import a flat form (Berkas → Impor, file chooser): mapping step, then its rows join', async () => {
    const before = (await state(page)).workspace;
    await click(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'menu.file.import')]);
    await chooser.setFiles(form);
    s = await waitState(page, (st) => st.import && st.items['import.confirm'], 'mapping dialog');
    expect(s.import.headers.length > 5, `headers ${JSON.stringify(s.import.headers)}`);
    const preview = s.import.preview_by_rule;
    await shot(page, 'import-mapping');
    await click(page, 'import.confirm');
    s = await waitState(page, (st) => !st.import && st.ready && st.workspace.rows.pegawai > before.rows.pegawai, 'form taken in');
    // Each of the form's unknown units is one finding (under the form's header), as its preview said.
    const unit = (ws) => ws.findings.by_rule.UNIT_TIDAK_DIKENAL || 0;
    expect(preview.UNIT_TIDAK_DIKENAL > 0, `preview ${JSON.stringify(preview)}`);
    expect(unit(s.workspace) - unit(before) === preview.UNIT_TIDAK_DIKENAL,
      `UNIT_TIDAK_DIKENAL ${unit(before)} → ${unit(s.workspace)}, the form's preview has ${preview.UNIT_TIDAK_DIKENAL}`);
    await click(page, 'tab.findings');
    await waitState(page, (st) => st.tab === 'findings', 'findings after the import');
    await shot(page, 'findings-after-form');
  });

  await check('reload: the workspace is restored from IndexedDB with a notice', async () => {
    const rows = s.workspace.rows, findings = s.workspace.findings.by_rule;
    s = await settledReload(page);
    expect(JSON.stringify(s.workspace && s.workspace.rows) === JSON.stringify(rows), `rows ${JSON.stringify(s.workspace && s.workspace.rows)} != ${JSON.stringify(rows)}`);
    // The flat form's findings keep their headers: none doubled under the canonical column.
    expect(JSON.stringify(s.workspace.findings.by_rule) === JSON.stringify(findings),
      `findings after the reload ${JSON.stringify(s.workspace.findings.by_rule)} != ${JSON.stringify(findings)}`);
    expect(s.banner !== '', 'no restore notice');
    await shot(page, 'restored');
  });

  // Issue 7: a reload at any moment of an autosave finds the last complete state: the one
  // before the change or the one after it, whole. The page stores the folder in pieces
  // (web-shell/storage.js); with pieces of 1 KiB the sample's workspace is dozens of them, and
  // the reload comes after the `at`-th piece is put (the old state, whole) or right after the
  // new manifest is in, before the old pieces are deleted (the new state).
  for (const at of [null, 1, 12, 'manifest']) {
    const when = at === null ? 'at once after an edit (before the save)'
      : at === 'manifest' ? 'once the new copy is stored, before the old one is deleted' : `after piece ${at} of the new copy is stored`;
    await check(`reload ${when}: the ${at === null ? 'old or the new' : at === 'manifest' ? 'new' : 'old'} state, whole`, async () => {
      await click(page, 'tab.tables');
      await click(page, 'table_tab.pegawai');
      s = await waitState(page, (st) => st.table === 'pegawai' && !st.selected.rows_pending && st.items['tables.cell.0.1'], 'pegawai rows');
      s = await selectCell(page, 1, 1);
      const old = { rows: s.workspace.rows, text: s.selected.text, row: s.selected.row };
      const text = `Uji Muat Ulang ${at}`;
      if (at === null) {
        await press(page, 'Delete');  // deletes the selected row: a change of the row count
        await page.reload();
      } else {
        await page.evaluate(() => window.Module.kompilasiPage.idle());
        await page.evaluate((when) => {
          const storage = window.kompilasiStorage;
          storage.pieceBytes = 1024;
          storage.onStep = (what, n) => { if (what === 'piece' ? n === when : what === when) location.reload(); };
        }, at);
        const loaded = page.waitForEvent('load', { timeout: 60000 });
        loaded.catch(() => {});  // awaited below: a timeout fails this check, not the whole run
        await typeInto(page, 1, 1, text);
        await loaded;
      }
      s = await waitState(page, (st) => st.ready && st.workspace, 'restored after the reload');
      await click(page, 'tab.tables');
      await click(page, 'table_tab.pegawai');
      s = await waitState(page, (st) => st.table === 'pegawai' && !st.selected.rows_pending && st.items['tables.cell.1.1'], 'pegawai rows');
      s = await selectCell(page, 1, 1);
      const rows = s.workspace.rows;
      const isOld = JSON.stringify(rows) === JSON.stringify(old.rows) && s.selected.text === old.text;
      const isNew = at === null ? rows.pegawai === old.rows.pegawai - 1 : JSON.stringify(rows) === JSON.stringify(old.rows) && s.selected.text === text;
      const expected = at === null ? isOld || isNew : at === 'manifest' ? isNew : isOld;
      expect(expected, `after the reload: rows ${JSON.stringify(rows)}, cell "${s.selected.text}"; before: ${JSON.stringify(old)}`);
      console.log(`     (${isNew ? 'new' : 'old'} state restored)`);
    });
  }

  // What IndexedDB holds once the page's syncs are done: the manifest's files, and the pieces.
  const stored = (page) => page.evaluate(async () => {
    await window.Module.kompilasiPage.idle();
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('kompilasi-storage');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction(['manifest', 'pieces']);
    const get = (r) => new Promise((resolve) => { r.onsuccess = () => resolve(r.result); });
    const [m, keys] = await Promise.all([get(tx.objectStore('manifest').get('current')), get(tx.objectStore('pieces').getAllKeys())]);
    db.close();
    return { files: m.files, pieces: keys.map((k) => k.join('.')), databases: (await indexedDB.databases()).map((d) => d.name) };
  });

  await check('after the interrupted syncs IndexedDB holds exactly the stored files\' pieces', async () => {
    await waitState(page, (st) => !st.save_pending, 'saved');
    const got = await stored(page);
    const named = got.files.flatMap((f) => Array.from({ length: f.pieces }, (_, n) => `${f.id}.${n}`)).sort();
    const paths = got.files.map((f) => f.path).sort();
    expect(['/settings.json', '/workspace/data.kompilasi.json', '/workspace/workspace.json'].every((f) => paths.includes(f)), `files ${paths}`);
    expect(JSON.stringify([...got.pieces].sort()) === JSON.stringify(named),
      `${got.pieces.length} pieces stored, the manifest names ${named.length}: ${got.pieces.filter((k) => !named.includes(k)).slice(0, 5)}…`);
  });

  await check('an IDBFS database of an earlier version is restored, then stored in pieces and deleted', async () => {
    await waitState(page, (st) => !st.save_pending, 'saved');
    const before = (await state(page)).workspace;
    // The folder as IDBFS kept it: one record per path, then the pieces' database deleted.
    await page.evaluate(async () => {
      await window.Module.kompilasiPage.idle();
      const FS = window.Module.FS, entries = [];
      const walk = (dir) => {
        for (const name of FS.readdir(dir)) {
          if (name === '.' || name === '..') continue;
          const path = dir + '/' + name, st = FS.stat(path);
          entries.push([path, { timestamp: st.mtime, mode: st.mode, ...(FS.isDir(st.mode) ? {} : { contents: FS.readFile(path) }) }]);
          if (FS.isDir(st.mode)) walk(path);
        }
      };
      entries.push(['/kompilasi', { timestamp: FS.stat('/kompilasi').mtime, mode: FS.stat('/kompilasi').mode }]);
      walk('/kompilasi');
      const ask = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const open = indexedDB.open('/kompilasi', 21);
      open.onupgradeneeded = () => open.result.createObjectStore('FILE_DATA').createIndex('timestamp', 'timestamp', { unique: false });
      const db = await ask(open);
      const tx = db.transaction('FILE_DATA', 'readwrite');
      for (const [path, e] of entries) tx.objectStore('FILE_DATA').put(e, path);
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
      await ask(indexedDB.deleteDatabase('kompilasi-storage'));
    });
    await page.reload();
    s = await waitState(page, (st) => st.ready && st.workspace, 'restored from IDBFS');
    expect(JSON.stringify(s.workspace.rows) === JSON.stringify(before.rows) && s.workspace.findings.total === before.findings.total,
      `rows ${JSON.stringify(s.workspace.rows)}, findings ${s.workspace.findings.total}; before ${JSON.stringify(before.rows)}, ${before.findings.total}`);
    expect(s.banner !== '', 'no restore notice');
    let got = await stored(page);
    for (let i = 0; i < 50 && got.databases.includes('/kompilasi'); i++) {
      await page.waitForTimeout(100);  // its deletion is asked for, not waited for
      got = await stored(page);
    }
    expect(!got.databases.includes('/kompilasi'), `databases after the first sync: ${got.databases}`);
    expect(got.files.some((f) => f.path === '/workspace/data.kompilasi.json'), `stored ${got.files.map((f) => f.path)}`);
    s = await settledReload(page);
    expect(JSON.stringify(s.workspace.rows) === JSON.stringify(before.rows), `rows after a second reload ${JSON.stringify(s.workspace.rows)}`);
  });

  await check('dark theme (Tampilan → Tema gelap), remembered', async () => {
    await menu(page, 'menu.view', 'menu.view.dark');
    s = await waitState(page, (st) => st.dark, 'dark');
    for (const tab of ['dashboard', 'tables', 'findings', 'campaigns']) {
      await click(page, `tab.${tab}`);
      await waitState(page, (st) => st.tab === tab, tab);
      await page.waitForTimeout(200);
      await shot(page, `dark-${tab}`);
    }
    s = await settledReload(page);
    expect(s.dark, 'dark theme forgotten after a reload');
    await menu(page, 'menu.view', 'menu.view.dark');
    s = await waitState(page, (st) => !st.dark, 'light again');
  });

  await check('switch the language to English (Bahasa → English), remembered after reload', async () => {
    await menu(page, 'menu.lang', 'menu.lang.en');
    s = await waitState(page, (st) => st.lang === 'en', 'english');
    for (const tab of ['dashboard', 'tables', 'findings', 'campaigns']) {
      await click(page, `tab.${tab}`);
      await waitState(page, (st) => st.tab === tab, tab);
      await page.waitForTimeout(200);
      await shot(page, `en-${tab}`);
    }
    s = await settledReload(page);
    expect(s.lang === 'en', `lang ${s.lang}`);
    await menu(page, 'menu.lang', 'menu.lang.id');
    s = await waitState(page, (st) => st.lang === 'id', 'indonesian again');
  });

  await check('campaigns: a content\'s ASN without a report, exported for the unit admin', async () => {
    await click(page, 'tab.campaigns');
    await waitState(page, (st) => st.tab === 'campaigns' && st.items['campaigns.item.0'], 'campaigns');
    await click(page, 'campaigns.item.0');
    await page.waitForTimeout(200);
    await shot(page, 'campaigns');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'campaigns.export')]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename().includes('_belum_lapor_'), download.suggestedFilename());
    expect(csv.startsWith('\ufeffNIP;') || csv.startsWith('\ufeffnip;'), JSON.stringify(csv.slice(0, 30)));
  });

  await check('merge two submissions (Berkas → Buka berkas) and resolve a conflict by hand', async () => {
    await click(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'menu.file.open_files')]);
    await chooser.setFiles([join(mergeDir, 'dinkes.kompilasi.json'), join(mergeDir, 'bkpsdm.kompilasi.json')]);
    s = await waitState(page, (st) => st.ready && st.workspace && st.workspace.konflik > 0 && st.tab === 'conflicts', 'conflicts shown');
    expect(s.banner === '', `the notice of the workspace restored before the merge is still shown: "${s.banner}"`);
    await shot(page, 'conflicts');
    const pick = Object.keys(s.items).find((k) => /^conflicts\.0\.\d+$/.test(k) && k !== 'conflicts.0.0');
    expect(pick, `no second value of conflict 0 among ${Object.keys(s.items).filter((k) => k.startsWith('conflicts'))}`);
    await click(page, pick);
    s = await waitState(page, (st) => st.undo !== '', 'choice made');
    await shot(page, 'conflicts-resolved');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Control+s')]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const k = (json.konflik || [])[0];
    expect(k && k.dipilih === Number(pick.split('.')[2]), `konflik[0] ${JSON.stringify(k)}`);
  });

  await check('Bantuan → Tentang and the new-compilation form', async () => {
    await menu(page, 'menu.help', 'menu.help.about');
    await waitState(page, (st) => st.windows.includes('about'), 'about window');
    await shot(page, 'about');
    await menu(page, 'menu.help', 'menu.help.about');  // the item toggles the window
    await menu(page, 'menu.file', 'menu.file.new');
    await waitState(page, (st) => st.windows.some((w) => w.includes('new_compilation')), 'new compilation form');
    await shot(page, 'new-compilation');
    await click(page, 'new.cancel');
  });

  await h.checkQuiet();
  await context.close();
} catch (e) {
  await check('the test ran to its end', async () => { throw e; });
}
process.exit(await h.finish('workflows', outDir));
