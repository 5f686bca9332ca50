// The browser build under load, in headless Chromium (Debian's /usr/bin/chromium, WebGL2 on
// SwiftShader): for each size, a generated CSV bundle picked through the page's file chooser
// (Berkas → Buka berkas, as a person would), timed from the pick until the app has validated
// and analysed it; the wasm heap's size then; and the app's frame times with that data open
// (idle, scrolling a table, typing a search, sorting a column, during the import and the save
// into the browser's storage that follows it), read
// from the app's own measurement (core/ui/frame_stats.hpp via kompilasi_frame_times).
//
//   node tests/bench/browser_bench.mjs WEB_FOLDER KOMPILASI DATA_FOLDER N [N…]
//
// KOMPILASI: the native command line (it generates DATA_FOLDER/asnN with --seed 1). Prints
// the table make bench shows; exit 1 when a size could not be opened.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { chromiumArgs, click, press, state, waitState } from '../e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// playwright-core is installed once, for the end-to-end tests (scripts/setup.sh).
const { chromium } = createRequire(join(here, '../e2e/package.json'))('playwright-core');

const [webDir, kompilasi, dataDir, ...sizeArgs] = process.argv.slice(2);
if (!webDir || !kompilasi || !dataDir || sizeArgs.length === 0) {
  console.error('pemakaian: node browser_bench.mjs WEB_FOLDER KOMPILASI DATA_FOLDER N [N…]');
  process.exit(2);
}
const sizes = sizeArgs.map(Number);
const server = await serve(resolve(webDir), 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [...chromiumArgs, '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});

const frames = (page, clear) => page.evaluate((c) => JSON.parse(Module.UTF8ToString(Module._kompilasi_frame_times(c))), clear ? 1 : 0);

// Wall seconds of the native `analyze` of the same bundle when make bench timed it just
// before (DATA_FOLDER/asnN/analyze.time, /usr/bin/time -v), else null.
function nativeAnalyze(n) {
  const t = join(resolve(dataDir), `asn${n}`, 'analyze.time');
  if (!existsSync(t)) return null;
  const m = /Elapsed \(wall clock\) time[^:]*: (?:(\d+):)?(\d+):([\d.]+)/.exec(readFileSync(t, 'utf8'));
  return m ? Number(m[1] || 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

// Median, 95th percentile and maximum of a list of milliseconds.
function summary(ms) {
  const v = [...ms].sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, p50: 0, p95: 0, max: 0 };
  const at = (q) => v[Math.min(v.length - 1, Math.floor(q * (v.length - 1)))];
  return { n: v.length, p50: at(0.5), p95: at(0.95), max: v[v.length - 1] };
}
const f1 = (x) => x.toFixed(1).padStart(7);
function frameRow(n, action, f) {
  const a = summary(f.app_ms), w = summary(f.work_ms), i = summary(f.interval_ms.slice(1));
  console.log(`   ${String(n).padEnd(9)} ${action.padEnd(17)} ${String(a.n).padStart(6)} ${f1(a.p50)} ${f1(a.p95)} ${f1(a.max)}   ${f1(w.p50)} ${f1(w.max)}   ${f1(i.p50)} ${f1(i.max)}`);
}

let status = 0;
const rowsOut = [];
const frameRows = [];
for (const n of sizes) {
  const dir = join(resolve(dataDir), `asn${n}`, 'bundle');
  if (!existsSync(join(dir, 'pegawai.csv'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    execFileSync(kompilasi, ['generate', '--asn', String(n), '--seed', '1', '-o', dir], { stdio: 'ignore' });
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => join(dir, f));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(origin + '/');
    await waitState(page, (s) => s.ready, 'ready', 120000);
    await page.waitForTimeout(500);
    // Berkas → Buka berkas: the page's file chooser; the picked CSVs are one bundle.
    await click(page, 'menu.file');
    await page.waitForTimeout(300);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'menu.file.open_files')]);
    await frames(page, true);
    const t0 = Date.now();
    await chooser.setFiles(files);
    const done = await waitState(page, (s) => s.error !== '' || (s.workspace && s.workspace.rows.pegawai >= n && !s.import_job), 'import', 600000);
    const wall = (Date.now() - t0) / 1000;
    if (done.error) throw new Error(`import: ${done.error}`);
    const heap = await page.evaluate(() => Module._kompilasi_heap_bytes());
    const steps = done.last_import.steps, longest = done.last_import.longest || {};
    const bundleBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    // The app saves the workspace into the browser's storage shortly after a change: the
    // frames from the pick until that save is done are one row (the save may fall in the
    // frame the import ends in or later).
    await page.waitForTimeout(400);
    const saved = await waitState(page, (st) => st.save_pending !== true, 'saved', 300000);
    // Then the page copies the files into IndexedDB (web-shell/storage.js): in the same row.
    const s0 = Date.now();
    await page.evaluate(() => Module.kompilasiPage.idle());
    const stored = (Date.now() - s0) / 1000;
    await page.waitForTimeout(300);
    frameRows.push([n, 'import, autosave', await frames(page, true)]);
    const heapSaved = await page.evaluate(() => Module._kompilasi_heap_bytes());
    rowsOut.push({ n, wall, job: done.last_import.ms / 1000, steps, longest, save: saved.last_save, stored, heap, heapSaved, bundleBytes, native: nativeAnalyze(n),
      findings: done.workspace.findings.total });
    await page.waitForTimeout(2000);
    frameRows.push([n, 'idle', await frames(page, true)]);
    // A reload: the page reads the stored files back, the app restores the workspace.
    const r0 = Date.now();
    await page.reload();
    const during = await waitState(page, (st) => st.import_job || (st.ready && st.workspace), 'restoring', 600000);
    // (a step's long frame may hold the screenshot back: it is only a picture of the progress window)
    if (during.import_job) await page.screenshot({ path: join(resolve(dataDir), `browser-${n}-restoring.png`), timeout: 120000 }).catch(() => {});
    const back = await waitState(page, (st) => st.ready && st.workspace, 'restored after a reload', 600000);
    rowsOut[rowsOut.length - 1].restore = { wall: (Date.now() - r0) / 1000, steps: back.last_import.steps, longest: back.last_import.longest || {},
      heap: await page.evaluate(() => Module._kompilasi_heap_bytes()) };
    frameRows.push([n, 'reload, restore', await frames(page, true)]);
    await page.screenshot({ path: join(resolve(dataDir), `browser-${n}-restored.png`) });

    await click(page, 'tab.tables');
    await page.waitForTimeout(500);
    await click(page, 'table_tab.akun');
    await waitState(page, (st) => st.table === 'akun', 'akun table shown');
    await page.waitForTimeout(800);
    const grid = (await state(page)).items['tables.grid'];
    await page.mouse.move(grid[0] + grid[2] / 2, grid[1] + grid[3] / 2);
    await frames(page, true);
    for (let i = 0; i < 80; i++) {
      await page.mouse.wheel(0, i < 40 ? 400 : -150);
      await page.waitForTimeout(16);
    }
    frameRows.push([n, 'scroll table', await frames(page, true)]);

    await click(page, 'tables.search');
    await page.waitForTimeout(300);
    await frames(page, true);
    await page.keyboard.type('sari', { delay: 120 });
    const akun = done.workspace.rows.akun;
    await waitState(page, (s) => !s.selected.rows_pending && s.selected.visible_rows < akun, 'search narrowed the akun table');
    await page.waitForTimeout(300);
    frameRows.push([n, 'type search', await frames(page, true)]);
    await press(page, 'Control+a');
    await press(page, 'Backspace');
    await waitState(page, (s) => !s.selected.rows_pending && s.selected.visible_rows === akun, 'search cleared');
    await page.mouse.click(5, 400);
    await page.waitForTimeout(300);

    for (const [header, label] of [['tables.header.2', 'sort akun'], ['tables.header.3', 'sort pengikut']]) {
      await frames(page, true);
      await click(page, header);
      await page.waitForTimeout(200);
      await waitState(page, (s) => !s.selected.rows_pending, 'sorted');
      await page.waitForTimeout(300);
      frameRows.push([n, label, await frames(page, true)]);
    }
    await page.screenshot({ path: join(resolve(dataDir), `browser-${n}-sorted.png`) });

  } catch (e) {
    status = 1;
    console.log(`   ${n}: FAILED ${String(e && e.message || e).slice(0, 400)}`);
  }
  await context.close();
}
await browser.close();
server.close();

console.log('## browser: a generated bundle picked in headless Chromium until validated and analysed (wall: pick → done;');
console.log('##          steps: the app\'s import job; heap: the wasm memory when the import is done, and once the autosave is;');
console.log('##          x native: wall / native analyze of the same bundle (target ≤ 2); x bundle: saved heap / the bundle\'s bytes (target ≤ 1.5);');
console.log('##          save: the autosave\'s own time after the import, in all and in its longest frame; store: the page\'s copy into IndexedDB after it;');
console.log('##          steps: each step\'s ms (its longest frame); restore: a reload until the workspace is back, the wasm memory then, and the restore\'s steps)');
console.log(`   ${'ASN'.padEnd(9)} ${'wall s'.padStart(7)} ${'job s'.padStart(7)} ${'x native'.padStart(8)} ${'heap MiB'.padStart(9)} ${'saved MiB'.padStart(9)} ${'x bundle'.padStart(8)} ${'findings'.padStart(9)} ${'save s'.padStart(7)} ${'save mx'.padStart(7)} ${'store s'.padStart(7)}   steps (ms)`);
for (const r of rowsOut) {
  const stepList = (t, longest) => Object.entries(t).map(([k, v]) => `${k.replace('jobs.step.', '')} ${Math.round(v)} (${Math.round(longest[k] ?? v)})`).join(', ');
  const steps = stepList(r.steps, r.longest);
  const save = r.save || { ms: 0, longest_ms: 0 };
  const xNative = r.native ? `${(r.wall / r.native).toFixed(1)}x` : '-';
  console.log(`   ${String(r.n).padEnd(9)} ${r.wall.toFixed(2).padStart(7)} ${r.job.toFixed(2).padStart(7)} ${xNative.padStart(8)} ${(r.heap / 1048576).toFixed(0).padStart(9)} ${(r.heapSaved / 1048576).toFixed(0).padStart(9)} ${`${(r.heapSaved / r.bundleBytes).toFixed(1)}x`.padStart(8)} ${String(r.findings).padStart(9)} ${(save.ms / 1000).toFixed(2).padStart(7)} ${save.longest_ms.toFixed(0).padStart(7)} ${r.stored.toFixed(2).padStart(7)}   ${steps}`);
  if (r.restore) console.log(`   ${''.padEnd(9)} restore: ${r.restore.wall.toFixed(2)} s, heap ${(r.restore.heap / 1048576).toFixed(0)} MiB (${(r.restore.heap / r.bundleBytes).toFixed(1)}x bundle)   ${stepList(r.restore.steps, r.restore.longest)}`);
}
console.log('## browser app frames with the data open (app: the app\'s own time per frame, commands, job steps and views;');
console.log('##          +draw: with handing the frame to GL, here SwiftShader\'s software renderer; interval: between frames)');
console.log(`   ${'ASN'.padEnd(9)} ${'action'.padEnd(17)} ${'frames'.padStart(6)} ${'app p50'.padStart(7)} ${'app p95'.padStart(7)} ${'app max'.padStart(7)}   ${'+draw50'.padStart(7)} ${'+drawmx'.padStart(7)}   ${'int p50'.padStart(7)} ${'int max'.padStart(7)}`);
for (const [n, action, f] of frameRows) frameRow(n, action, f);
process.exit(status);
