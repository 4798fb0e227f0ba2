// Renders the PWA icons from the SVG sources in public/icons/. Run by hand after changing
// an SVG (`node scripts/make-icons.mjs` from client/) and commit the PNGs; the build never runs it.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const iconsDir = fileURLToPath(new URL("../public/icons/", import.meta.url));

const outputs = [
  { source: "icon.svg", file: "icon-192.png", size: 192 },
  { source: "icon.svg", file: "icon-512.png", size: 512 },
  { source: "icon-maskable.svg", file: "icon-maskable-512.png", size: 512 },
  // iOS ignores the manifest icons and masks this one itself, so use the full-bleed artwork.
  { source: "icon-maskable.svg", file: "apple-touch-icon.png", size: 180 },
];

for (const { source, file, size } of outputs) {
  const svg = await readFile(iconsDir + source);
  // Render at the target density so edges stay crisp instead of scaling a bitmap.
  await sharp(svg, { density: Math.ceil((72 * size) / 512) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(iconsDir + file);
  console.log(`wrote public/icons/${file} (${size}×${size})`);
}
