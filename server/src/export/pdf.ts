// The act as a PDF/A-2b (pdfkit: fonts embedded, real text, XMP metadata), laid out as an administrative act, with
// `#signature#` where the parapheur signs and a « mis en ligne le » field for publication.
import type PDFKitDocument from 'pdfkit';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ExportAct } from './document';
import { dateFr } from './document';
import { actHeading, placeDateLine } from './html';

export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
}

/**
 * DejaVu Serif (npm `dejavu-fonts-ttf`, Bitstream Vera licence with public-domain DejaVu changes): copied beside the
 * bundle (`dist/fonts/`) by the build, or read from node_modules when running from the sources.
 */
export function findFonts(): PdfFonts | null {
  const dirs = [path.join(__dirname, 'fonts'), path.join(__dirname, '..', 'fonts')];
  try {
    dirs.push(path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf')));
  } catch {
    // not installed: only the bundled copy can serve
  }
  for (const d of dirs) {
    const regular = path.join(d, 'DejaVuSerif.ttf');
    const bold = path.join(d, 'DejaVuSerif-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  return null;
}

export function actPdf(a: ExportAct, fonts: PdfFonts, opts: { onlineDate?: string | null } = {}): Promise<Buffer> {
  // The CommonJS build of pdfkit, loaded when a PDF is asked for (`actes check` never pays for it): it finds its data
  // (the sRGB profile of PDF/A) beside the bundle, where the build copies it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PDFDocument: typeof PDFKitDocument = require('pdfkit');
  return new Promise((resolve, reject) => {
    const heading = actHeading(a);
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 56, left: 64, right: 64 },
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      lang: 'fr-FR',
      displayTitle: true,
      font: fonts.regular,
      info: { Title: a.object ? `${heading} – ${a.object}` : heading, Subject: a.object ?? heading, Author: a.collectivite ?? '', Creator: 'Actes' },
    } as PDFKit.PDFDocumentOptions & { font: string });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.registerFont('regular', fonts.regular);
      doc.registerFont('bold', fonts.bold);
      const width = doc.page.width - 128;
      const text = (s: string, o: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; gap?: number; indent?: number } = {}) => {
        doc.font(o.bold ? 'bold' : 'regular').fontSize(o.size ?? 10.5);
        doc.text(s, 64 + (o.indent ?? 0), undefined, { width: width - (o.indent ?? 0), align: o.align ?? 'justify', paragraphGap: o.gap ?? 6 });
      };
      for (const h of a.header) text(h, { bold: true, size: 10, align: 'left', gap: 1 });
      doc.moveDown(1.5);
      text(heading, { bold: true, size: 14, align: 'center' });
      if (a.object) text(a.object, { bold: true, size: 11, align: 'center' });
      doc.moveDown(1);
      if (a.seance) text(a.seance);
      if (a.authority) text(a.authority);
      for (const v of a.visas) text(v);
      if (a.considerants.length) doc.moveDown(0.3);
      for (const c of a.considerants) text(c);
      doc.moveDown(0.5);
      if (a.verb) text(a.verb, { bold: true, align: 'center' });
      for (const d of a.dispositif) {
        if (d.heading) text(d.heading, { bold: true, align: 'left', gap: 2 });
        for (const l of d.body.split('\n')) text(l);
      }
      if (a.vote) text(a.vote, { bold: true });
      doc.moveDown(1);
      const half = width / 2;
      text(placeDateLine(a), { indent: half, align: 'left' });
      for (const s of a.signatories.length ? a.signatories : [{ name: null, quality: null }]) {
        text(s.quality ?? 'Qualité du signataire : …', { indent: half, align: 'left', gap: 2 });
        text(s.name ?? 'Prénom NOM : …', { indent: half, bold: true, align: 'left', gap: 2 });
      }
      doc.moveDown(0.5);
      text('#signature#', { indent: half, align: 'left', size: 9 });
      doc.moveDown(3);
      if (a.recours) text(a.recours, { size: 8.5 });
      text(`Mis en ligne le ${opts.onlineDate ? dateFr(opts.onlineDate) ?? opts.onlineDate : '…'}`, { size: 8.5, align: 'left' });
      doc.end();
    } catch (e) {
      reject(e);
    }
  });
}
