/**
 * DUO's files, remembered in this browser (IndexedDB) for the next visit to the workbench, with the date they were
 * chosen; nothing leaves the browser. Where IndexedDB is not available (a private window, a policy), they are kept
 * for this visit only: every call resolves, none throws.
 */

export type DuoKind = 'vestigingen' | 'locaties' | 'mbo';

export interface RememberedFile {
  kind: DuoKind;
  name: string;
  /** When it was chosen, `YYYY-MM-DD`. */
  date: string;
  bytes: Uint8Array;
}

const DATABASE = 'leerroutes-kaart-workbench';
const STORE = 'duo';

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'kind' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  const database = await open();
  if (!database) return undefined;
  return new Promise((resolve) => {
    try {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        database.close();
        resolve(request.result);
      };
      transaction.onerror = transaction.onabort = () => {
        database.close();
        resolve(undefined);
      };
    } catch {
      database.close();
      resolve(undefined);
    }
  });
}

export async function rememberedFiles(): Promise<RememberedFile[]> {
  const all = await run('readonly', (store) => store.getAll() as IDBRequest<RememberedFile[]>);
  return (all ?? []).filter((file) => file && typeof file.name === 'string' && file.bytes instanceof Uint8Array);
}

export async function remember(file: RememberedFile): Promise<void> {
  await run('readwrite', (store) => store.put(file));
}

export async function forgetAll(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}
