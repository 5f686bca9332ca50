'use strict';
// Glue between this page and the browser app (kompilasi.js, built from wasm/). The app calls
// Module.kompilasiPage.* (wasm/platform_web.cpp); the page calls the exported kompilasi_*
// functions (wasm/exports.cpp). Nothing here talks to the network.
(function () {
  const canvas = document.getElementById('canvas');
  const overlay = document.getElementById('overlay');
  const overlayText = document.getElementById('overlay-text');
  const filesInput = document.getElementById('open-files');
  const folderInput = document.getElementById('open-folder');
  let batch = 0;

  // The storage folder in IndexedDB (storage.js). Syncs are serialised: a sync requested while
  // one runs is done once after it; one that found a file changing under it is done again.
  const storage = window.kompilasiStorage;
  let storageDir = null;
  let syncing = null;
  let syncAgain = false;
  function syncStorage() {
    if (syncing) { syncAgain = true; return; }
    syncing = storage.sync(Module.FS, storageDir).then((stored) => {
      if (!stored) syncAgain = true;
    }, (err) => {
      console.warn('kompilasi: penyimpanan gagal', err);
    }).then(() => {
      syncing = null;
      if (syncAgain) { syncAgain = false; syncStorage(); }
    });
  }
  // Reads the stored folder into dir (the app's Platform::StorageDir()), then lets the app restore from it.
  function mountStorage(dir) {
    storageDir = dir;
    storage.restore(Module.FS, dir).catch((err) => { console.warn('kompilasi: penyimpanan', err); return false; })
      .then((fromIdbfs) => {
        Module._kompilasi_storage_ready();
        if (fromIdbfs) syncStorage();  // into the pieces, then the old database goes
      });
  }

  // Picked files go into the in-memory file system under /incoming/<n>/, then the app opens
  // them: a picked folder as one CSV bundle, picked files each as an input of its own, in the
  // order picked. The files are read all at once (each read has a fixed latency of its own, so
  // one after the other a bundle took twice as long), and each buffer becomes its file's
  // contents as it is (canOwn) rather than being copied.
  async function openPicked(input, folder) {
    const files = Array.from(input.files || []);
    input.value = '';
    if (files.length === 0) return;
    const FS = Module.FS;
    const root = '/incoming/' + (++batch);
    const opened = new Set();
    await Promise.all(files.map(async (f) => {
      const rel = folder && f.webkitRelativePath ? f.webkitRelativePath : f.name;
      const path = root + '/' + rel;
      opened.add(folder ? root + '/' + rel.split('/')[0] : path);
      const bytes = new Uint8Array(await f.arrayBuffer());
      FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
      FS.writeFile(path, bytes, { canOwn: true });
    }));
    Module.ccall('kompilasi_open_paths', null, ['string'], [Array.from(opened).join('\n')]);
  }
  filesInput.addEventListener('change', () => openPicked(filesInput, false));
  folderInput.addEventListener('change', () => openPicked(folderInput, true));

  // Emscripten's GLFW has no clipboard: ImGui reads what the last paste event carried, and
  // what ImGui copies is written with the Clipboard API.
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    Module.ccall('kompilasi_set_clipboard', null, ['string'], [text]);
  });

  canvas.addEventListener('contextmenu', (e) => e.preventDefault());

  function fail(text) {
    overlay.classList.remove('hidden');
    overlay.classList.add('failed');
    overlayText.textContent = text;
  }

  window.Module = {
    canvas,
    kompilasiPage: {
      syncStorage,
      mountStorage,
      requestOpen(folder) { (folder ? folderInput : filesInput).click(); },
      download(name, bytes) {
        const url = URL.createObjectURL(new Blob([bytes]));
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      },
      copyText(text) {
        if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
      },
      // Resolves when every requested storage sync has finished (used by the tests).
      idle() { return syncing ? syncing.then(() => this.idle()) : Promise.resolve(); },
    },
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onRuntimeInitialized() { overlay.classList.add('hidden'); },
    onAbort() { fail('Aplikasi berhenti karena galat. Muat ulang halaman.'); },
  };
  if (!window.WebGL2RenderingContext) fail('Peramban ini tidak mendukung WebGL2.');

  // The test hook: what the app shows (core/ui/app.hpp TestStateJson); null until it runs.
  window.kompilasiTest = () =>
    (Module.calledRun ? JSON.parse(Module.UTF8ToString(Module._kompilasi_test_state())) : null);
})();
