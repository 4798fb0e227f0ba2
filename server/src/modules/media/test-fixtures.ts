// Small real files for the media tests, made in code so no binary fixtures live in the repository.
import { crc32 } from "node:zlib";
import sharp from "sharp";

export const png = (width: number, height: number, colour = "#1f6f8b") =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();

/** A JPEG carrying EXIF with a GPS position, a camera make and "rotate 90° clockwise". */
export const jpegWithGps = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#c0392b" } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: "PlanPortTestCam", Model: "Secret-Serial-12345" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "22/1 49/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "108/1 19/1 0/1",
        },
      },
    })
    .toBuffer();

/** A ZIP with stored (uncompressed) entries: enough for Office Open XML detection. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const docx = () =>
  storedZip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "word/document.xml": "<w:document/>",
  });

/** A Compound File (legacy Office container) whose directory holds the given stream names. */
export function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const directory = Buffer.alloc(512);
  const entries: Array<[string, number]> = [["Root Entry", 5], ...streams.map((s): [string, number] => [s, 2])];
  entries.forEach(([name, objectType], i) => {
    const at = i * 128;
    directory.write(name, at, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory[at + 66] = objectType;
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024, 0x41)]);
}

/** An MP4 file's leading `ftyp` box followed by filler bytes (enough for type sniffing and ranges). */
export function mp4(fillerBytes: number): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write("ftypisom", 4, "latin1");
  ftyp.writeUInt32BE(0x200, 12);
  ftyp.write("isommp42", 16, "latin1");
  const filler = Buffer.alloc(fillerBytes);
  for (let i = 0; i < fillerBytes; i++) filler[i] = (i * 31) % 251;
  return Buffer.concat([ftyp, filler]);
}

/** Bytes starting like a PDF, padded to the given size (the type check reads the start only). */
export function pdf(size: number, marker = "1"): Buffer {
  const head = Buffer.from(`%PDF-1.7\n% PlanPort test ${marker}\n`, "latin1");
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = 0x20 + (i % 90);
  return Buffer.concat([head, body]);
}
