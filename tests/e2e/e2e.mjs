// End-to-end test of the browser app in real headless Chromium (Debian's /usr/bin/chromium):
// serves the built app folder on 127.0.0.1, opens it, waits until the app says it is ready
// (the test hook window.kompilasiTest(), core/ui/app.hpp) and checks what it shows.
// Every request is recorded: none may leave 127.0.0.1. Screenshots go to OUT.
//
//   node tests/e2e/e2e.mjs WEB_FOLDER OUT_FOLDER
// Prints one line per check and the summary `e2e: N passed, N failed`; exit 1 on a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, startHarness, waitState } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [webDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
if (!webDir || !outDir) { console.error('pemakaian: node e2e.mjs WEB_FOLDER OUT_FOLDER'); process.exit(2); }
// The sample is the CSV bundle directly in assets/sample (cmake/assets.cmake packs it).
const sampleDir = resolve(here, '../../assets/sample');
const hasSample = existsSync(sampleDir) && readdirSync(sampleDir).some((f) => f.endsWith('.csv'));
const fixture = join(here, 'fixtures', 'opd-contoh');

const h = await startHarness(webDir);
const { origin, browser, check, openPage } = h;

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await openPage(context);
  await page.goto(origin + '/');

  let first;
  await check('first start: the app becomes ready with its windows drawn', async () => {
    first = await waitState(page, (s) => s.ready, 'ready');
    expect(first.windows.includes('main'), `windows ${JSON.stringify(first.windows)} lack "main"`);
  });
  await page.screenshot({ path: join(outDir, 'e2e-first-start.png') });
  await check('first start: Indonesian UI with the NotoSans font', async () => {
    expect(first && first.lang === 'id', `lang ${first && first.lang}`);
    expect(first.font === 'NotoSans-Regular.ttf', `font "${first.font}"`);
  });
  await check(hasSample ? 'first start: the bundled sample is open' : 'first start: no sample bundled, nothing open', async () => {
    const ws = first && first.workspace;
    if (hasSample) expect(ws && ws.rows.pegawai > 0 && ws.instansi !== '', `workspace ${JSON.stringify(ws)}`);
    else expect(ws === null, `workspace ${JSON.stringify(ws)}`);
  });

  // Files picked while a workspace is open are taken into it (merged): the fixture's table
  // CSVs, with the header of the open compilation (a merge needs the same instansi and tahun).
  let merged;
  await check('CSV files picked through the page are read and merged into the open workspace', async () => {
    const before = first.workspace ? first.workspace.rows : { pegawai: 0, unit: 0 };
    const header = readFileSync(hasSample ? join(sampleDir, 'kompilasi.csv') : join(fixture, 'kompilasi.csv'));
    const file = (name, buffer) => ({ name, mimeType: 'text/csv', buffer });
    await page.setInputFiles('#open-files', [file('kompilasi.csv', header),
      file('unit.csv', readFileSync(join(fixture, 'unit.csv'))), file('pegawai.csv', readFileSync(join(fixture, 'pegawai.csv')))]);
    const s = await waitState(page, (st) => st.error !== '' || (st.workspace && st.workspace.rows.pegawai === before.pegawai + 3),
      'fixture taken in', 20000);
    expect(s.error === '', `error "${s.error}"`);
    expect(s.workspace.rows.unit === before.unit + 2, `rows ${JSON.stringify(s.workspace.rows)} (before ${JSON.stringify(before)})`);
    // The page's copies of the picked files are gone once read (no second copy of every import).
    const left = await page.evaluate(() => window.Module.FS.readdir('/incoming').filter((d) => d !== '.' && d !== '..')
      .flatMap((d) => window.Module.FS.readdir('/incoming/' + d).filter((f) => f !== '.' && f !== '..')));
    expect(left.length === 0, `left in /incoming: ${JSON.stringify(left)}`);
    merged = s.workspace;
  });
  await check('an unusable file gets an Indonesian message and leaves the workspace as it was', async () => {
    await page.setInputFiles('#open-files', { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan data\n') });
    // The message is set while a frame runs and its dialog is drawn by the next one.
    const s = await waitState(page, (st) => st.error !== '' && st.windows.includes('error'), 'error shown', 20000);
    expect(s.error.includes('catatan.txt') && s.error.includes('bukan salah satu bentuk masukan'), `error "${s.error}"`);
    expect(s.workspace && merged && s.workspace.total_rows === merged.total_rows, `workspace ${JSON.stringify(s.workspace)}`);
    expect(s.windows.includes('error'), `windows ${JSON.stringify(s.windows)}`);
  });
  await page.screenshot({ path: join(outDir, 'e2e-error.png') });
  await check('the workspace is kept in IndexedDB and restored after a reload', async () => {
    // The app saves shortly after a change (save_pending), then the page stores it in IndexedDB (its idle()).
    await page.waitForTimeout(800);
    await waitState(page, (st) => st.save_pending !== true, 'saved');
    await page.evaluate(() => window.Module.kompilasiPage.idle());
    await page.reload();
    const s = await waitState(page, (st) => st.ready, 'ready after reload');
    expect(s.workspace && merged && JSON.stringify(s.workspace.rows) === JSON.stringify(merged.rows),
      `workspace ${JSON.stringify(s.workspace)}, before the reload ${JSON.stringify(merged)}`);
  });
  await page.screenshot({ path: join(outDir, 'e2e-after-reload.png') });

  await check('high-DPI screen: canvas and font at the device pixel ratio', async () => {
    const hidpi = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
    const p2 = await openPage(hidpi);
    await p2.goto(origin + '/');
    const s = await waitState(p2, (st) => st.ready, 'ready at 2x');
    const size = await p2.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    expect(s.ui_scale === 2, `ui_scale ${s.ui_scale}`);
    expect(size[0] === 1600 && size[1] === 1200, `canvas backing store ${size}`);
    await p2.screenshot({ path: join(outDir, 'e2e-hidpi.png') });
    await hidpi.close();
  });

  await h.checkQuiet();
  await context.close();
} catch (e) {
  await check('the test ran to its end', async () => { throw e; });
}
process.exit(await h.finish('e2e', outDir));
