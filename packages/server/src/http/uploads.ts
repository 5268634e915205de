import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { badRequest } from './errors.js';
import { msg } from '../i18n/index.js';

export interface UploadedFile {
  /** Where the server keeps the upload while the request runs. */
  path: string;
  /** The file name as the user knows it (used in error messages). */
  label: string;
}

/**
 * Saves the file parts of a multipart request to a temporary folder, hands them and the text
 * fields to `use`, and removes the folder afterwards whatever happens.
 */
export async function withUploads<T>(
  request: FastifyRequest,
  allowedFiles: readonly string[],
  use: (files: Record<string, UploadedFile>, fields: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart())
    throw badRequest(
      'multipart_required',
      msg`Send the file as multipart/form-data with a "${allowedFiles[0]}" part`,
    );
  const dir = await mkdtemp(path.join(tmpdir(), 'agglomera-upload-'));
  try {
    const fields: Record<string, string> = {};
    const files: Record<string, UploadedFile> = {};
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (!allowedFiles.includes(part.fieldname)) {
          part.file.resume();
          throw badRequest('unknown_part', msg`Unknown file part "${part.fieldname}"`, {
            field: part.fieldname,
          });
        }
        const label = path.basename(part.filename || part.fieldname);
        const target = path.join(dir, `${part.fieldname}${path.extname(label).toLowerCase()}`);
        await pipeline(part.file, createWriteStream(target));
        if (part.file.truncated)
          throw badRequest('file_too_large', msg`${label} is larger than the upload limit`, {
            field: part.fieldname,
          });
        files[part.fieldname] = { path: target, label };
      } else fields[part.fieldname] = String(part.value);
    }
    return await use(files, fields);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
