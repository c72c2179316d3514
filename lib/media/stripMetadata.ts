import type { ImageType } from "./inspectImage";

/**
 * Takes out of an original what readers must not download with it: EXIF (GPS position, camera serial number,
 * time), XMP, IPTC, comments and anything hidden after the image's end (a second file glued on, the way polyglots
 * are made). Without re-encoding: pixels, colour profile and quality stay as the photographer delivered them. The
 * orientation is the one piece of EXIF readers need (browsers turn the photo by it), so it is written back alone.
 * AVIF keeps its metadata in item boxes that cannot be dropped this simply; lib/media/storeImage.ts re-encodes an
 * AVIF that has any.
 */

const exifOrientationTag = 0x0112;

/** A big-endian TIFF structure holding one tag: Orientation. */
function orientationTiff(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write("MM\0*", 0, "latin1");
  tiff.writeUInt32BE(8, 4); // first IFD right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(exifOrientationTag, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // one value
  tiff.writeUInt16BE(orientation, 18);
  // bytes 20–21 pad the value, 22–25 say there is no next IFD
  return tiff;
}

// ---------------------------------------------------------------------------------------------------------------
// JPEG: a list of marker segments, then entropy-coded scans, up to the EOI marker.

/** APPn segments a decoder needs: JFIF, the ICC colour profile and Adobe's colour-transform flag. */
function isNeededApp(marker: number, payload: Buffer): boolean {
  const starts = (text: string) => payload.subarray(0, text.length).toString("latin1") === text;
  if (marker === 0xe0) return starts("JFIF\0") || starts("JFXX\0");
  if (marker === 0xe2) return starts("ICC_PROFILE\0");
  if (marker === 0xee) return starts("Adobe");
  return false;
}

function jpegOrientationSegment(orientation: number): Buffer {
  const payload = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), orientationTiff(orientation)]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** The end of the entropy-coded data that starts at `offset`: the next marker that is not a restart or a stuffed byte. */
function endOfScan(bytes: Buffer, offset: number): number {
  for (let i = offset; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1]!;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  return bytes.length;
}

export function stripJpegMetadata(bytes: Buffer, orientation: number): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let orientationWritten = orientation === 1;
  let offset = 2;
  while (offset + 2 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    if (marker === 0xd9) {
      parts.push(bytes.subarray(offset, offset + 2));
      return Buffer.concat(parts);
    }
    if (offset + 4 > bytes.length) break;
    const length = bytes.readUInt16BE(offset + 2);
    const segmentEnd = offset + 2 + length;
    const payload = bytes.subarray(offset + 4, segmentEnd);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (!orientationWritten && marker !== 0xe0) {
      parts.push(jpegOrientationSegment(orientation));
      orientationWritten = true;
    }
    if (marker === 0xda) {
      const scanEnd = endOfScan(bytes, segmentEnd);
      parts.push(bytes.subarray(offset, scanEnd));
      offset = scanEnd;
      continue;
    }
    if ((!isApp && marker !== 0xfe) || (isApp && isNeededApp(marker, payload))) parts.push(bytes.subarray(offset, segmentEnd));
    offset = segmentEnd;
  }
  // No end marker: inspectImage refuses truncated files, so this is a decoder-tolerated oddity; keep what was read.
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------------------------
// PNG: a signature, then chunks (length, type, data, CRC) up to IEND.

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One PNG chunk with its CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** Text, time and EXIF chunks say things about the photo, not what it shows. */
const pngMetadataChunks = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);

export function stripPngMetadata(bytes: Buffer, orientation: number): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let orientationWritten = orientation === 1;
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString("latin1");
    const chunkEnd = offset + 12 + length;
    // eXIf must come before the image data.
    if (type === "IDAT" && !orientationWritten) {
      parts.push(pngChunk("eXIf", orientationTiff(orientation)));
      orientationWritten = true;
    }
    if (!pngMetadataChunks.has(type)) parts.push(bytes.subarray(offset, chunkEnd));
    if (type === "IEND") break;
    offset = chunkEnd;
  }
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------------------------
// WebP: a RIFF container of chunks; the extended header (VP8X) flags which optional chunks follow.

const vp8xExifFlag = 0x08;
const vp8xXmpFlag = 0x04;

export function stripWebpMetadata(bytes: Buffer, orientation: number): Buffer {
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  const chunks: Buffer[] = [];
  let keepsExif = false;
  for (let offset = 12; offset + 8 <= riffEnd; ) {
    const type = bytes.subarray(offset, offset + 4).toString("latin1");
    const size = bytes.readUInt32LE(offset + 4);
    const chunkEnd = Math.min(riffEnd, offset + 8 + size + (size % 2));
    if (type === "VP8X") {
      const header = Buffer.from(bytes.subarray(offset, chunkEnd));
      keepsExif = orientation !== 1;
      header[8] = (header[8]! & ~(vp8xXmpFlag | vp8xExifFlag)) | (keepsExif ? vp8xExifFlag : 0);
      chunks.push(header);
    } else if (type !== "EXIF" && type !== "XMP ") {
      chunks.push(bytes.subarray(offset, chunkEnd));
    }
    offset = chunkEnd;
  }
  if (keepsExif) {
    const tiff = orientationTiff(orientation);
    const head = Buffer.alloc(8);
    head.write("EXIF", 0, "latin1");
    head.writeUInt32LE(tiff.length, 4);
    chunks.push(head, tiff);
  }
  const body = Buffer.concat([Buffer.from("WEBP", "latin1"), ...chunks]);
  const header = Buffer.alloc(8);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(body.length, 4);
  return Buffer.concat([header, body]);
}

/** The original without its metadata, for JPEG, PNG and WebP; null for AVIF (see above). */
export function stripMetadata(type: ImageType, bytes: Buffer, orientation: number): Buffer | null {
  if (type === "jpeg") return stripJpegMetadata(bytes, orientation);
  if (type === "png") return stripPngMetadata(bytes, orientation);
  if (type === "webp") return stripWebpMetadata(bytes, orientation);
  return null;
}
