// Where media bytes live: a directory (local disk, or a shared mount when several instances run).
//   originals/ab/<sha256>.<ext>     what /media/<sha256>.<ext> serves
//   variants/ab/<sha256>-w320.webp  resized images, made on first request
//   tmp/                            uploads still arriving
// Names are content hashes, so a file is written once (atomically, by rename) and never changed;
// two instances writing the same name write the same bytes. The two-letter folders keep
// directories small. Object storage would implement the same few methods.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

export class MediaStore {
  private constructor(readonly dir: string) {}

  /** Creates the folders and removes uploads abandoned a day ago or more (a crash mid-upload). */
  static async open(dir: string): Promise<MediaStore> {
    const store = new MediaStore(dir);
    for (const sub of ["originals", "variants", "tmp"]) await fs.mkdir(path.join(dir, sub), { recursive: true });
    const now = Date.now();
    for (const name of await fs.readdir(path.join(dir, "tmp"))) {
      const file = path.join(dir, "tmp", name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(file, { force: true });
    }
    return store;
  }

  /** A fresh path for an incoming upload, on the same file system as the final place. */
  tempPath(): string {
    return path.join(this.dir, "tmp", `${randomUUID()}.part`);
  }

  /** `storedName` must already be validated as `<sha256>.<ext>` (the router does). */
  originalPath(storedName: string): string {
    return path.join(this.dir, "originals", storedName.slice(0, 2), storedName);
  }

  variantPath(sha256: string, width: number): string {
    return path.join(this.dir, "variants", sha256.slice(0, 2), `${sha256}-w${width}.webp`);
  }

  /** Moves a finished temp file to its final path (replacing an identical file is harmless). */
  async moveIn(tempPath: string, finalPath: string): Promise<void> {
    await fs.mkdir(path.dirname(finalPath), { recursive: true });
    await fs.rename(tempPath, finalPath);
  }

  async write(finalPath: string, data: Uint8Array): Promise<void> {
    const temp = this.tempPath();
    try {
      await fs.writeFile(temp, data);
      await this.moveIn(temp, finalPath);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  /** The size of a stored file, or null when it is not there. */
  async sizeOf(file: string): Promise<number | null> {
    const stat = await fs.stat(file).catch(() => null);
    return stat?.isFile() ? stat.size : null;
  }
}
