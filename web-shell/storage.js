'use strict';
// The app's storage folder (Platform::StorageDir(): /kompilasi in the in-memory file system)
// kept in IndexedDB, in pieces: Emscripten's IDBFS stored each file as one record, and handing
// a gigabyte's workspace to IndexedDB in one put held the page for seconds after every save.
//
// Database `kompilasi-storage`:
//   pieces    [file id, n] → the n-th piece of a stored file's bytes (pieceBytes, a few MiB);
//   manifest  'current'    → { next, dirs: [rel], files: [{ path: rel, id, size, pieces }] },
//             rel a path under the folder ('/workspace/data.kompilasi.json').
// sync() writes the changed files' pieces under new ids, one put per task, then replaces the
// manifest in one transaction, then deletes every piece it does not name. A reload or a closed
// tab at any moment leaves the manifest naming the previous copy, whole (its pieces are deleted
// only once the new manifest is in). A file that is still the one last stored (the same
// in-memory file, unchanged: the workspace's .bak after a save is the data file renamed) keeps
// its pieces. Temp files (*.tmp, being written) are not stored.
// restore() reads the folder back; a database of IDBFS (earlier versions of the app) is read
// once, then deleted after the first sync.
//
// Syncs and restores of all of this origin's tabs take turns (Web Locks, where the page has them).
// onStep (tests): called with ('piece', count of pieces put), ('manifest') once the new manifest
// is in, ('pruned') once the old pieces are gone.
(function () {
  const DB_NAME = 'kompilasi-storage';
  const IDBFS_DB = '/kompilasi';  // IDBFS names its database after the mount point
  const IDBFS_STORE = 'FILE_DATA';
  const IN_FLIGHT = 3;  // requests at once: IndexedDB's round trips overlap, a few MiB each held

  const storage = {
    pieceBytes: 4 << 20,  // a piece's clone for IndexedDB takes a few milliseconds
    onStep: null,
    restore,
    sync,
  };

  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const finished = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
  });
  const step = (...args) => { if (storage.onStep) storage.onStep(...args); };

  let opened = null;
  function database() {
    if (!opened) {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('pieces');
        request.result.createObjectStore('manifest');
      };
      opened = done(request).then((db) => {
        // Another tab (or a test) deleting or upgrading the database: let it, open anew next time.
        db.onversionchange = () => { db.close(); opened = null; };
        return db;
      });
      opened.catch(() => { opened = null; });
    }
    return opened;
  }

  function exclusively(work) {
    return navigator.locks ? navigator.locks.request(DB_NAME, work) : work();
  }

  async function manifest(db) {
    const found = await done(db.transaction('manifest').objectStore('manifest').get('current'));
    return found || { next: 1, dirs: [], files: [] };
  }

  // The folder's sub-folders and files (not temp files), each file with its in-memory node.
  function walk(FS, dir) {
    const dirs = [], files = [], todo = [''];
    while (todo.length) {
      const rel = todo.pop();
      for (const name of FS.readdir(dir + rel)) {
        if (name === '.' || name === '..') continue;
        const path = rel + '/' + name;
        const node = FS.lookupPath(dir + path).node;
        if (FS.isDir(node.mode)) {
          dirs.push(path);
          todo.push(path);
        } else if (FS.isFile(node.mode) && !name.endsWith('.tmp')) {
          files.push({ path, node });
        }
      }
    }
    return { dirs, files };
  }

  // A file's bytes as they are now (MEMFS keeps them in node.contents, maybe with spare room).
  function bytesOf(node) {
    const c = node.contents;
    if (!c) return new Uint8Array(0);
    return c.subarray ? c.subarray(0, node.usedBytes) : Uint8Array.from(c.slice(0, node.usedBytes));
  }

  // What this tab stored or restored last, per in-memory file: a file whose node and timestamp
  // are the same is unchanged (MEMFS stamps every write; a rename keeps the node).
  const known = new WeakMap();

  // Puts bytes as pieces [id, 0..] in one transaction, a few in flight, the next put issued as
  // one is in (each in a task of its own: no long task). Resolves once committed.
  function putPieces(db, id, bytes, counter) {
    const tx = db.transaction('pieces', 'readwrite');
    const store = tx.objectStore('pieces');
    const size = storage.pieceBytes;
    let n = 0;
    const next = () => {
      if (n * size >= bytes.length) return;
      // A copy of the piece: a view would be cloned with the whole buffer behind it.
      const request = store.put(bytes.slice(n * size, (n + 1) * size), [id, n]);
      n++;
      request.onsuccess = () => { counter.n++; step('piece', counter.n); next(); };
    };
    for (let i = 0; i < IN_FLIGHT; i++) next();
    return finished(tx);
  }

  // Deletes every piece the manifest does not name (a finished sync's old copy, or what an
  // interrupted one left): the key ranges between the named files' pieces.
  function prune(db, m) {
    const tx = db.transaction('pieces', 'readwrite');
    const store = tx.objectStore('pieces');
    const kept = [...m.files].sort((a, b) => a.id - b.id);
    let from = null;  // the first key after the last kept file's pieces
    for (const [i, f] of kept.entries()) {
      if (i > 0 && kept[i - 1].id === f.id) continue;
      const to = [f.id, 0];
      store.delete(from ? IDBKeyRange.bound(from, to, false, true) : IDBKeyRange.upperBound(to, true));
      from = [f.id, f.pieces];
    }
    if (from) store.delete(IDBKeyRange.lowerBound(from)); else store.clear();
    return finished(tx);
  }

  let idbfsToDelete = false;

  // Copies the folder dir of FS into IndexedDB. Resolves true once stored, false when a file
  // changed while it was being copied (nothing switched: the caller syncs again).
  function sync(FS, dir) {
    return exclusively(async () => {
      const db = await database();
      const old = await manifest(db);
      const stored = new Map(old.files.map((f) => [f.id, f]));
      const local = walk(FS, dir);
      const next = { next: old.next, dirs: local.dirs, files: [] };
      const counter = { n: 0 };
      const taken = [];
      try {
        for (const { path, node } of local.files) {
          const bytes = bytesOf(node);
          const was = known.get(node);
          const same = was && was.timestamp === node.timestamp && was.size === bytes.length && stored.has(was.id);
          const entry = same ? { path, id: was.id, size: was.size, pieces: was.pieces }
            : { path, id: next.next++, size: bytes.length, pieces: Math.ceil(bytes.length / storage.pieceBytes) };
          taken.push({ node, timestamp: node.timestamp, entry });
          if (!same) await putPieces(db, entry.id, bytes, counter);
          next.files.push(entry);
        }
        if (taken.some((t) => t.node.timestamp !== t.timestamp)) return false;
        const tx = db.transaction('manifest', 'readwrite');
        tx.objectStore('manifest').put(next, 'current');
        await finished(tx);
      } catch (e) {
        await prune(db, old).catch(() => {});  // what was written of the new copy
        throw e;
      }
      step('manifest');
      for (const t of taken) known.set(t.node, { timestamp: t.timestamp, size: t.entry.size, id: t.entry.id, pieces: t.entry.pieces });
      await prune(db, next);
      step('pruned');
      if (idbfsToDelete) {
        idbfsToDelete = false;
        indexedDB.deleteDatabase(IDBFS_DB);
      }
      return true;
    });
  }

  // Reads a stored file's pieces into one array, a few in flight, each taken in a task of its
  // own (the requests of a transaction succeed in the order they were made).
  function getPieces(db, f) {
    const bytes = new Uint8Array(f.size);
    const store = db.transaction('pieces').objectStore('pieces');
    return new Promise((resolve, reject) => {
      let asked = 0, got = 0, at = 0, failed = false;
      const fail = (e) => { if (!failed) { failed = true; reject(e); } };
      const next = () => {
        if (asked === f.pieces || failed) return;
        const request = store.get([f.id, asked++]);
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const piece = request.result;
          if (failed) return;
          if (!piece || at + piece.length > f.size) { fail(new Error(`${f.path}: piece ${got} missing`)); return; }
          bytes.set(piece, at);
          at += piece.length;
          if (++got < f.pieces) next();
          else if (at === f.size) resolve(bytes);
          else fail(new Error(`${f.path}: ${at} of ${f.size} bytes stored`));
        };
      };
      if (f.pieces === 0) resolve(bytes);
      for (let i = 0; i < IN_FLIGHT; i++) next();
    });
  }

  // The stored folder into dir of FS (created). Resolves once done, to true when what it read
  // was an IDBFS database (the caller syncs, which stores it here and deletes that one); a file
  // that cannot be read whole is left out (with a warning), never written in part.
  function restore(FS, dir) {
    FS.mkdirTree(dir);
    return exclusively(async () => {
      const db = await database();
      const found = await done(db.transaction('manifest').objectStore('manifest').get('current'));
      if (!found) return restoreIdbfs(FS, dir);
      prune(db, found).catch(() => {});  // what an interrupted sync left (later syncs wait for it)
      for (const d of found.dirs) FS.mkdirTree(dir + d);
      for (const f of found.files) {
        let bytes;
        try {
          bytes = await getPieces(db, f);
        } catch (e) {
          console.warn('kompilasi: penyimpanan', e);
          continue;
        }
        FS.mkdirTree(dir + f.path.slice(0, f.path.lastIndexOf('/')));
        FS.writeFile(dir + f.path, bytes, { canOwn: true });
        const node = FS.lookupPath(dir + f.path).node;
        known.set(node, { timestamp: node.timestamp, size: f.size, id: f.id, pieces: f.pieces });
      }
      return false;
    });
  }

  // An IDBFS database of an earlier version, when there is one: its records are the folder's
  // paths ('/kompilasi/settings.json') → { mode, contents }. Deleted after the first sync.
  async function restoreIdbfs(FS, dir) {
    if (!indexedDB.databases) return false;  // opening it to look would create it
    if (!(await indexedDB.databases()).some((d) => d.name === IDBFS_DB)) return false;
    const db = await done(indexedDB.open(IDBFS_DB));
    try {
      if (!db.objectStoreNames.contains(IDBFS_STORE)) return false;
      // One record at a time (a cursor), each file's parent folders first.
      const cursor = db.transaction(IDBFS_STORE).objectStore(IDBFS_STORE).openCursor();
      await new Promise((resolve, reject) => {
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) { resolve(); return; }
          const path = String(c.key), e = c.value;
          if (path.startsWith(dir + '/')) {
            if (FS.isDir(e.mode)) {
              FS.mkdirTree(path);
            } else if (FS.isFile(e.mode)) {
              FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
              FS.writeFile(path, e.contents, { canOwn: true });
            }
          }
          c.continue();
        };
      });
      idbfsToDelete = true;
      return true;
    } finally {
      db.close();
    }
  }

  window.kompilasiStorage = storage;
})();
