// What every browser test of the app shares (e2e.mjs, workflows.mjs): the app's folder served
// on 127.0.0.1, Debian's headless Chromium with the flags WebGL2 and a quiet network need
// (shared/notes/TOOLCHAIN.md), pages whose every request, console error, page error and CSP
// violation is recorded, the test hook window.kompilasiTest() (core/ui/app.hpp), and the
// check / summary lines.
//
//   const h = await startHarness(webDir);
//   const page = await h.openPage(context);   // context from h.browser.newContext(...)
//   await h.check('name', async () => { ... expect(cond, 'why') ... });
//   h.finish('workflows', outDir)               // closes all, prints `workflows: N passed, N failed`
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const chromiumArgs = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export function expect(cond, what) { if (!cond) throw new Error(what); }

// The test hook's state (null until the app runs, and while the page reloads).
export async function state(page) {
  try {
    return await page.evaluate(() => (window.kompilasiTest ? window.kompilasiTest() : null));
  } catch (e) {
    if (/context was destroyed|navigation/i.test(String(e && e.message))) return null;
    throw e;
  }
}

// Polls the test hook until pred(state) holds; returns that state.
export async function waitState(page, pred, what, timeout = 60000) {
  const start = Date.now();
  let last = null;
  while (Date.now() - start < timeout) {
    last = await state(page);
    if (last && pred(last)) return last;
    await page.waitForTimeout(80);
  }
  const brief = last && { ...last, items: Object.keys(last.items || {}).length };
  throw new Error(`${what}: not reached in ${timeout / 1000} s; last state ${JSON.stringify(brief)}`);
}

// The rectangle of a widget the app named (AppState::test_items) once it is drawn and has
// stopped moving (ImGui lays a new tab bar or window out over a frame or two).
async function settledRect(page, id) {
  let last = '';
  const s = await waitState(page, (st) => {
    const r = st.items && st.items[id] && JSON.stringify(st.items[id]);
    const same = r && r === last;
    last = r || '';
    return same;
  }, `item ${id}`);
  return s.items[id];
}

// Clicks the centre of a named widget: the mouse goes there first and rests a few frames, as a
// hand does (ImGui gives a tab or an overlapping item the click only once it saw it hovered).
// double: a double click, its two presses a few frames apart (ImGui 1.86 reads the button's
// state once a frame: two presses within one frame would count as one).
export async function click(page, id, { double = false } = {}) {
  const [x, y, w, h] = await settledRect(page, id);
  await page.mouse.move(x + w / 2, y + h / 2, { steps: 2 });
  await page.waitForTimeout(60);
  for (let n = double ? 2 : 1; n > 0; n--) {
    await page.mouse.down();
    await page.waitForTimeout(40);
    await page.mouse.up();
    if (n > 1) await page.waitForTimeout(60);
  }
  await page.waitForTimeout(120);
}

// Double-clicks a widget until pred holds, as a person tries again when a double click was
// taken for one: ImGui 1.86 reads the mouse once a frame, so on a loaded machine two presses
// can fall into one slow frame.
export async function doubleClickUntil(page, id, pred, what, tries = 3) {
  for (let n = 1; ; n++) {
    await click(page, id, { double: true });
    try {
      return await waitState(page, pred, what, n < tries ? 5000 : 60000);
    } catch (e) {
      if (n >= tries) throw e;
    }
  }
}

// Presses a key or a chord ('Control+z', 'Enter') and holds it for a few frames, as a hand
// does: ImGui 1.86 reads key states once a frame, so a press released within it is missed.
export async function press(page, chord) {
  const keys = chord.split('+');
  for (const k of keys) await page.keyboard.down(k);
  await page.waitForTimeout(50);
  for (const k of keys.reverse()) await page.keyboard.up(k);
  await page.waitForTimeout(50);
}

// Moves the mouse over a named widget (menus open sub-menus on hover).
export async function hover(page, id) {
  const [x, y, w, h] = await settledRect(page, id);
  await page.mouse.move(x + w / 2, y + h / 2, { steps: 3 });
  await page.waitForTimeout(150);
}

export async function startHarness(webDir) {
  const server = await serve(webDir, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  // launch() gives Chromium a fresh temporary profile (user data dir) of its own.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  const outside = [];   // requests that went anywhere but this page's own origin
  const problems = [];  // console errors, page errors, CSP violations
  let passed = 0, failed = 0;

  return {
    origin, browser, outside, problems,
    async openPage(context) {
      const page = await context.newPage();
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:' + origin + '/')) outside.push(url);
      });
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      return page;
    },
    async check(name, fn) {
      try {
        await fn();
        passed++;
        console.log(`ok   ${name}`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${name}\n     ${String(e && e.message || e).split('\n').join('\n     ')}`);
      }
    },
    // The two checks every test ends with: nothing left the origin, nothing went wrong in the page.
    async checkQuiet() {
      await this.check(`no request left ${origin}`, async () => expect(outside.length === 0, outside.join('\n')));
      await this.check('no console error, page error or CSP violation', async () => expect(problems.length === 0, problems.join('\n')));
    },
    async finish(label, outDir) {
      await browser.close();
      server.close();
      console.log(`${label}: ${passed} passed, ${failed} failed (screenshots in ${outDir})`);
      return failed ? 1 : 0;
    },
  };
}
