// The app's workflows in headless Chromium, driven as a person would: real mouse clicks on
// the widgets the test hook locates (window.kompilasiTest().items: rectangles of named
// widgets), real keys (Ctrl+Z, Ctrl+S), the page's file picker for files. Screenshots of
// every screen go to OUT.
//
//   node tests/e2e/workflows.mjs WEB_FOLDER OUT_FOLDER
// Prints one line per check and `workflows: N passed, N failed`; exit 1 on a failure.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [webDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
if (!webDir || !outDir) { console.error('pemakaian: node workflows.mjs WEB_FOLDER OUT_FOLDER'); process.exit(2); }
const form = resolve(here, '../../assets/sample/forms/dinkes_excel.csv');
const mergeDir = join(here, 'fixtures', 'merge');

const server = await serve(webDir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});

let passed = 0, failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e && e.message || e).split('\n').join('\n     ')}`);
  }
}
function expect(cond, what) { if (!cond) throw new Error(what); }

const state = (page) => page.evaluate(() => (window.kompilasiTest ? window.kompilasiTest() : null));
async function waitState(page, pred, what, timeout = 30000) {
  const start = Date.now();
  let last = null;
  while (Date.now() - start < timeout) {
    last = await state(page);
    if (last && pred(last)) return last;
    await page.waitForTimeout(80);
  }
  throw new Error(`${what}: not reached; last state ${JSON.stringify(last && { ...last, items: Object.keys(last.items || {}).length })}`);
}
// Clicks the centre of a named widget once the app has drawn it.
async function click(page, id, opts = {}) {
  const s = await waitState(page, (st) => st.items && st.items[id], `item ${id}`);
  const [x, y, w, h] = s.items[id];
  await page.mouse.click(x + w / 2, y + h / 2, opts);
  await page.waitForTimeout(120);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(origin + '/');
  let s = await waitState(page, (st) => st.ready && st.workspace, 'sample open on first start', 60000);

  await check('the sample CSV bundle opens with its findings counted', async () => {
    const f = s.workspace.findings;
    expect(s.workspace.rows.pegawai > 0 && f.total > 0 && f.error > 0, `findings ${JSON.stringify(f)}`);
    expect(s.tab === 'dashboard', `tab ${s.tab}`);
  });
  await page.screenshot({ path: join(outDir, 'wf-dashboard.png') });

  await check('Findings tab: grouped by rule; a finding jumps to its cell', async () => {
    await click(page, 'tab.findings');
    await waitState(page, (st) => st.tab === 'findings' && st.items['findings.item.0'], 'findings list');
    await page.screenshot({ path: join(outDir, 'wf-findings.png') });
    await click(page, 'findings.item.0');
    s = await waitState(page, (st) => st.tab === 'tables' && st.selected.row >= 0, 'jump to the cell');
  });
  await page.screenshot({ path: join(outDir, 'wf-tables-jump.png') });

  let before = '';
  await check('fix a row, then undo it with Ctrl+Z', async () => {
    // The akun table holds handles written as URLs or with '@': select one that has a fix.
    await click(page, 'table_tab.akun');
    await click(page, 'tables.only_findings');
    s = await waitState(page, (st) => st.table === 'akun', 'akun table');
    for (let i = 0; i < 12; i++) {
      for (const c of [2, 1, 3]) {
        const id = `tables.cell.${i}.${c}`;
        s = await state(page);
        if (!s.items[id]) continue;
        await click(page, id);
        s = await state(page);
        if (s.items['tables.fix_one']) break;
      }
      if (s.items['tables.fix_one']) break;
    }
    expect(s.items['tables.fix_one'], 'no row with a suggested fix was found');
    before = s.selected.text;
    await click(page, 'tables.fix_one');
    s = await waitState(page, (st) => st.selected.text !== before, 'cell fixed');
    expect(s.undo !== '', 'no undo step');
    await page.screenshot({ path: join(outDir, 'wf-tables-fixed.png') });
    await page.keyboard.press('Control+z');
    s = await waitState(page, (st) => st.selected.text === before, 'undo restores the cell');
  });

  await check('edit a cell by typing (Enter to save), undo restores it', async () => {
    await click(page, 'table_tab.pegawai');
    await click(page, 'tables.only_findings');
    await click(page, 'tables.cell.0.1', { clickCount: 2 });
    await waitState(page, (st) => st.selected.editing, 'editing');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Nama Baru Uji');
    await page.screenshot({ path: join(outDir, 'wf-tables-editing.png') });
    await page.keyboard.press('Enter');
    s = await waitState(page, (st) => !st.selected.editing && st.selected.text === 'Nama Baru Uji', 'edited');
    await page.mouse.click(5, 300);  // focus away from any text field
    await page.keyboard.press('Control+z');
    s = await waitState(page, (st) => st.selected.text !== 'Nama Baru Uji', 'edit undone');
  });

  await check('export the workspace (Ctrl+S): the downloaded file holds the compilation', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const path = await download.path();
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(download.suggestedFilename().endsWith('.kompilasi.json'), download.suggestedFilename());
    expect(json.format === 'kompilasi/1' && json.instansi === s.workspace.instansi, `format ${json.format}`);
    expect(json.tabel.pegawai.length === s.workspace.rows.pegawai, `pegawai ${json.tabel.pegawai.length}`);
  });

  await check('export the CSV bundle through the menu (Berkas → Ekspor → CSV)', async () => {
    await click(page, 'menu.file');
    await click(page, 'menu.file.export');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'menu.export.csv')]);
    const bytes = readFileSync(await download.path());
    expect(bytes[0] === 0x50 && bytes[1] === 0x4b, 'not a zip');
    expect(bytes.includes(Buffer.from('pegawai.csv')), 'zip lacks pegawai.csv');
  });

  await check('import a flat form: mapping step with preview, then its rows join the compilation', async () => {
    const rowsBefore = (await state(page)).workspace.rows.pegawai;
    await page.setInputFiles('#open-files', form);
    s = await waitState(page, (st) => st.import && st.items['import.confirm'], 'mapping dialog');
    expect(s.import.headers.length > 5, `headers ${JSON.stringify(s.import.headers)}`);
    await page.screenshot({ path: join(outDir, 'wf-import-mapping.png') });
    await click(page, 'import.confirm');
    s = await waitState(page, (st) => !st.import && st.workspace.rows.pegawai > rowsBefore, 'form taken in');
  });

  await check('reload: the workspace is restored from IndexedDB with a notice', async () => {
    const rows = s.workspace.rows.pegawai;
    await waitState(page, (st) => !st.save_pending, 'saved');
    await page.evaluate(() => window.Module.kompilasiPage.idle());
    await page.reload();
    s = await waitState(page, (st) => st.ready && st.workspace, 'ready after reload', 60000);
    expect(s.workspace.rows.pegawai === rows, `pegawai ${s.workspace.rows.pegawai} != ${rows}`);
    expect(s.banner !== '', 'no restore notice');
  });
  await page.screenshot({ path: join(outDir, 'wf-restored.png') });

  await check('switch the language to English (menu), remembered after reload', async () => {
    await click(page, 'menu.lang');
    await click(page, 'menu.lang.en');
    s = await waitState(page, (st) => st.lang === 'en', 'english');
    await click(page, 'tab.campaigns');
    await waitState(page, (st) => st.tab === 'campaigns', 'campaigns tab');
    await page.screenshot({ path: join(outDir, 'wf-campaigns-en.png') });
    await page.evaluate(() => window.Module.kompilasiPage.idle());
    await page.reload();
    s = await waitState(page, (st) => st.ready, 'ready after reload', 60000);
    expect(s.lang === 'en', `lang ${s.lang}`);
  });

  await check('merge two submissions and resolve a conflict by hand', async () => {
    await click(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'menu.file.open_files')]);
    await chooser.setFiles([join(mergeDir, 'dinkes.kompilasi.json'), join(mergeDir, 'bkpsdm.kompilasi.json')]);
    s = await waitState(page, (st) => st.workspace && st.workspace.konflik > 0 && st.tab === 'conflicts', 'conflicts shown');
    await page.screenshot({ path: join(outDir, 'wf-conflicts.png') });
    const pick = Object.keys(s.items).find((k) => /^conflicts\.0\.\d+$/.test(k) && k !== 'conflicts.0.0');
    await click(page, 'conflicts.0.0');
    s = await waitState(page, (st) => st.undo !== '', 'choice made');
    await click(page, pick || 'conflicts.0.1');
    s = await waitState(page, (st) => st.status.length > 0, 'choice');
    expect(s.workspace.konflik > 0, 'conflicts vanished');
  });

  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`workflows: ${passed} passed, ${failed} failed (screenshots in ${outDir})`);
process.exit(failed ? 1 : 0);
