import type { FastifyRequest } from 'fastify';
import { BadInputError } from '../../engine/errors/index.ts';
import type { AssetRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { asMalformedMultipart, multipartParts } from './multipart-parts.ts';
import { probeUpload } from './probe-upload.ts';
import { checkUpload } from './read-upload.ts';
import { uploadFileName } from './upload-file-name.ts';

/**
 * `POST /api/assets`' form: exactly one file, in a field named `file`, and nothing else. The file is
 * stored, then decoded in full (probeUpload); anything refused on the way is deleted again, so a
 * refusal leaves nothing behind.
 */
export async function receiveOneFile(request: FastifyRequest, runtime: KilnRuntime, limitBytes: number): Promise<AssetRecord> {
  let asset: AssetRecord | undefined;
  try {
    // Room for one file and one field too many, so the refusal can name what was extra.
    for await (const part of multipartParts(request, { fileSize: limitBytes, files: 2, fields: 1, parts: 3 })) {
      if (part.type === 'file' && part.fieldname === 'file' && !asset) {
        const upload = await checkUpload(part.file, part.mimetype, limitBytes);
        asset = await runtime.assets.put({
          ownerId: request.userId,
          data: upload.data,
          mediaType: upload.mediaType,
          name: uploadFileName(part.filename, 'upload'),
        });
        continue;
      }
      if (part.type === 'file') part.file.resume();
      throw new BadInputError(part.fieldname === 'file'
        ? 'The form has more than one file in `file`; send one file per upload.'
        : `The form has an unexpected ${part.type === 'file' ? 'file' : 'field'} \`${part.fieldname}\`; send only the file, in a field named \`file\`.`, {
        details: { field: part.fieldname },
      });
    }
    if (!asset) throw new BadInputError('The form has no file; send one in a field named `file`.');
    await runtime.assets.withLocalFile(asset, (path) => probeUpload(path, asset!.mediaType, asset!.name));
    return asset;
  } catch (error) {
    if (asset) await runtime.assets.delete(request.userId, asset.id).catch(() => undefined);
    throw asMalformedMultipart(error);
  }
}
