// Stands in for `brotli/decompress.js` in the CLI bundle: fontkit needs it only to read WOFF2 fonts, and
// `actes export pdf` embeds TrueType fonts (DejaVu Serif). Saves about 475 kB of the bundle.
module.exports = function noWoff2() {
  throw new Error('WOFF2 fonts are not supported in this build');
};
