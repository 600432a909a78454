// Follows a folder tree by watching its directories, never its files: a directory keeps its identity when an
// editor saves by renaming a new file over the old one, deleting and rewriting it, or running `sed -i`, while a
// watch on the file itself stays on the replaced file and goes deaf. What changed is found by reading the
// files again and comparing their bytes (the registry does that), so a missed or merged event loses nothing.
import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

type Fields = Record<string, unknown>;
type Log = { warn(fields: Fields, message?: string): void };

export type FolderWatcher = {
  /**
   * Watch the directories that exist now and stop watching those that are gone (call after each scan). True
   * when it started watching a folder: files written there before the watch began want one more scan.
   */
  sync(): Promise<boolean>;
  close(): void;
};

/** Sub-folders of `dir` (relative, with `/`), hidden ones (`.git`, editor folders) left out; '' is `dir` itself. */
export async function listFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((folder) => !folder.split('/').some((part) => part.startsWith('.')));
  return ['', ...folders.sort()];
}

/**
 * Calls `onChange` on any change below `dir`. When the folder cannot be watched (no inotify watches left, a
 * network drive), it calls `onChange` every `pollMs` instead.
 */
export function watchFolder(
  dir: string,
  onChange: () => void,
  options: { logger: Log; pollMs: number },
): FolderWatcher {
  // By folder, with the directory's inode: a folder deleted and made again under the same name is a new one.
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let poller: NodeJS.Timeout | undefined;
  let closed = false;

  const startPolling = (error: unknown) => {
    if (closed || poller) return;
    options.logger.warn({ dir, err: error }, 'cannot watch the scenario folder; polling instead');
    for (const { watcher } of watchers.values()) watcher.close();
    watchers.clear();
    poller = setInterval(onChange, options.pollMs);
    poller.unref();
  };

  const add = (folder: string, ino: number) => {
    try {
      const watcher = watch(join(dir, folder), { persistent: false }, onChange);
      watcher.on('error', (error) => {
        // A sub-folder that was deleted or moved away ends its watch; the next scan settles what is there.
        watcher.close();
        if (watchers.get(folder)?.watcher === watcher) watchers.delete(folder);
        if (folder === '') startPolling(error);
        else onChange();
      });
      watchers.set(folder, { watcher, ino });
    } catch (error) {
      if (folder === '') startPolling(error);
      // A sub-folder removed between listing and watching: nothing to watch.
    }
  };

  return {
    async sync() {
      if (closed || poller) return false;
      const folders = await listFolders(dir).catch(() => undefined);
      if (!folders || closed || poller) return false;
      const inodes = new Map<string, number>();
      for (const folder of folders) {
        const info = await stat(join(dir, folder)).catch(() => undefined);
        if (info) inodes.set(folder, info.ino);
      }
      if (closed || poller) return false;
      for (const [folder, { watcher, ino }] of watchers) {
        if (inodes.get(folder) !== ino) {
          watcher.close();
          watchers.delete(folder);
        }
      }
      let added = false;
      for (const [folder, ino] of inodes) {
        if (watchers.has(folder)) continue;
        add(folder, ino);
        added = true;
      }
      return added;
    },
    close() {
      closed = true;
      clearInterval(poller);
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
