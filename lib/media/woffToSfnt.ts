import { inflateSync } from "node:zlib";

/**
 * Unpacks a WOFF 1.0 font into the TrueType/OpenType file it wraps (W3C WOFF 1.0, section 4). The FreeType inside
 * sharp's prebuilt libvips cannot open WOFF, and the only Devanagari font we have is @fontsource's web font.
 * Each table is stored zlib-compressed when that made it smaller, raw otherwise; the table checksums and the
 * `head` checksum adjustment travel unchanged, so the result is the original font byte for byte up to padding.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const tableCount = woff.readUInt16BE(12);
  const tables = Array.from({ length: tableCount }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    const data = compressedLength < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error("WOFF table has the wrong length");
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });

  // The sfnt header's binary-search hints, from the largest power of two not above the table count.
  const entrySelector = Math.floor(Math.log2(tableCount));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + tableCount * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(tableCount, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(tableCount * 16 - searchRange, 10);

  const padded = (length: number) => (length + 3) & ~3;
  let offset = header.length;
  const chunks: Buffer[] = [header];
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    chunks.push(table.data, Buffer.alloc(padded(table.data.length) - table.data.length));
    offset += padded(table.data.length);
  });
  return Buffer.concat(chunks);
}
