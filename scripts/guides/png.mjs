// Just enough of the PNG format to tell a real image of the right size from anything else (RFC 2083: the 8-byte
// signature, then the IHDR chunk, which must come first and holds the width and height).
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `{ width, height }` of a PNG file's bytes; throws saying what is wrong when it is not a PNG. */
export function pngSize(bytes) {
  if (bytes.length < 33) throw new Error(`too short for a PNG (${bytes.length} bytes)`);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('no PNG signature');
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('the first chunk is not IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
