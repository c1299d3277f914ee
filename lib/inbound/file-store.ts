import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createClient } from "@supabase/supabase-js";
import { dataDir } from "@/lib/data-dir";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Where inbound attachments live. One small interface, two engines: Supabase Storage when it is
// configured (service key + bucket), else private files under .data/files. Keys are built by
// lib/inbound from ids only (`<org id>/<submission id>`), never from a name a prospect chose.

export interface FileStore {
  readonly kind: "local" | "supabase";
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when it is gone. */
  get(key: string): Promise<Uint8Array | null>;
  /** Deletes the file; one already gone is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a file key: ${key}`);
  return key;
}

export class LocalFileStore implements FileStore {
  readonly kind = "local";
  constructor(private readonly root: string = path.join(dataDir(), "files")) {}

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = path.join(this.root, checkedKey(key));
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, bytes, { mode: 0o600 });
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(path.join(this.root, checkedKey(key))));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(path.join(this.root, checkedKey(key)), { force: true });
  }
}

export class SupabaseFileStore implements FileStore {
  readonly kind = "supabase";
  constructor(
    private readonly url: string,
    private readonly serviceKey: string,
    private readonly bucket: string,
  ) {}

  // A client per call: nothing of one request's context outlives it.
  private storage() {
    return createClient(this.url, this.serviceKey, {
      auth: { persistSession: false, autoRefreshToken: false },
    }).storage.from(this.bucket);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const { error } = await this.storage().upload(checkedKey(key), bytes, {
      contentType,
      upsert: true,
    });
    if (error) throw new Error(`Supabase Storage upload failed: ${error.message}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const { data, error } = await this.storage().download(checkedKey(key));
    if (error) {
      const status = (error as { status?: number; statusCode?: string }).status;
      if (status === 404 || /not found/i.test(error.message)) return null;
      throw new Error(`Supabase Storage download failed: ${error.message}`);
    }
    return new Uint8Array(await data.arrayBuffer());
  }

  async remove(key: string): Promise<void> {
    const { error } = await this.storage().remove([checkedKey(key)]);
    if (error) throw new Error(`Supabase Storage delete failed: ${error.message}`);
  }
}

/** Supabase Storage when configured, else local files. */
export function fileStore(): FileStore {
  const e = env();
  if (e.NEXT_PUBLIC_SUPABASE_URL && e.SUPABASE_SERVICE_ROLE_KEY && e.INBOUND_FILES_BUCKET)
    return new SupabaseFileStore(
      e.NEXT_PUBLIC_SUPABASE_URL,
      e.SUPABASE_SERVICE_ROLE_KEY,
      e.INBOUND_FILES_BUCKET,
    );
  return new LocalFileStore();
}

/**
 * Deletes stored files once the rows naming them are gone (after their transaction commits, so a
 * rollback never leaves a row without its file). A file a failed delete leaves behind is
 * unreachable, no row names it: logged, never thrown over work already committed.
 */
export async function removeFiles(keys: string[], store: FileStore = fileStore()): Promise<number> {
  let removed = 0;
  for (const key of keys) {
    try {
      await store.remove(key);
      removed += 1;
    } catch (err) {
      log.error("inbound.file_delete_failed", { err, key });
    }
  }
  return removed;
}
