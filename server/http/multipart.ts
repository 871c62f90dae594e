import "server-only";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/server/errors";

// Reads a multipart/form-data upload as it arrives, with hard limits: the file is collected only up to its
// limit and the whole body only up to its own; past either, reading stops at once and the request is refused
// (413), so a 400 MB body costs what the limit allows, not 400 MB of memory. `request.formData()` would buffer
// the whole body first, and a chunked body has no Content-Length to refuse it by.

export type MultipartLimits = {
  /** The one file field's name. */
  fileField: string;
  maxFileBytes: number;
  /** The whole body, file, other fields and multipart framing included. */
  maxBodyBytes: number;
  /** What a person is told when the file is too large ("Statement files can be at most 10 MB."). */
  tooLargeMessage: string;
};

export type MultipartUpload = {
  file: { bytes: Uint8Array; filename: string } | null;
  fields: Record<string, string>;
};

const MAX_FIELD_BYTES = 64 * 1024;

export async function readMultipartUpload(
  request: Request,
  limits: MultipartLimits,
): Promise<MultipartUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError(
      "unsupported_media_type",
      `Send the upload as multipart/form-data with a field named ${limits.fileField}.`,
    );
  }
  const tooLarge = () => new AppError("payload_too_large", limits.tooLargeMessage);
  if (Number(request.headers.get("content-length") ?? 0) > limits.maxBodyBytes) throw tooLarge();
  if (!request.body) throw unreadable();

  const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fileSize: limits.maxFileBytes, fields: 20, fieldSize: MAX_FIELD_BYTES, parts: 24 },
    });
  } catch {
    throw unreadable();
  }

  return new Promise<MultipartUpload>((resolve, reject) => {
    let settled = false;
    const fields: Record<string, string> = {};
    let file: MultipartUpload["file"] = null;
    let fileDone: Promise<void> = Promise.resolve();

    // Stops reading the request: nothing more is pulled from the client.
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      source.unpipe();
      source.destroy();
      parser.removeAllListeners();
      parser.on("error", () => {});
      reject(error);
    };

    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.byteLength;
        if (received > limits.maxBodyBytes) {
          fail(tooLarge());
          callback();
          return;
        }
        callback(null, chunk);
      },
    });

    parser.on("file", (name, stream, info) => {
      if (name !== limits.fileField || file !== null) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      fileDone = new Promise<void>((done) => {
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("limit", () => fail(tooLarge()));
        stream.on("end", () => {
          file = { bytes: new Uint8Array(Buffer.concat(chunks)), filename: info.filename || "upload" };
          done();
        });
      });
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new AppError("invalid_input", `The field ${name} is too long.`));
      else fields[name] = value;
    });
    parser.on("partsLimit", () => fail(unreadable()));
    parser.on("filesLimit", () => fail(unreadable()));
    parser.on("fieldsLimit", () => fail(unreadable()));
    parser.on("error", () => fail(unreadable()));
    parser.on("close", () => {
      void fileDone.then(() => {
        if (settled) return;
        settled = true;
        resolve({ file, fields });
      });
    });
    source.on("error", () => fail(unreadable()));
    source.pipe(counter).pipe(parser);
  });
}

const unreadable = () =>
  new AppError("invalid_input", "The upload could not be read as multipart/form-data.");
