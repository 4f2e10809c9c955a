// The act as a Word document (OOXML), for services that finish acts in Word: the minimal package
// (content types, relationships, document, styles) zipped with fflate. Pure.
import { zipSync, strToU8 } from 'fflate';
import type { ExportAct } from './document';
import { dateFr } from './document';
import { actHeading, placeDateLine } from './html';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function para(text: string, o: { style?: string; bold?: boolean; center?: boolean; indent?: boolean } = {}): string {
  const ppr = [o.style ? `<w:pStyle w:val="${o.style}"/>` : '', o.center ? '<w:jc w:val="center"/>' : '', o.indent ? '<w:ind w:left="4536"/>' : ''].join('');
  const rpr = o.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}<w:r>${rpr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

export function actDocx(a: ExportAct, opts: { onlineDate?: string | null } = {}): Uint8Array {
  const body: string[] = [];
  for (const h of a.header) body.push(para(h, { bold: true }));
  body.push(para(actHeading(a), { style: 'Title', center: true }));
  if (a.object) body.push(para(a.object, { bold: true, center: true }));
  if (a.seance) body.push(para(a.seance));
  if (a.authority) body.push(para(a.authority));
  for (const v of a.visas) body.push(para(v));
  for (const c of a.considerants) body.push(para(c));
  if (a.verb) body.push(para(a.verb, { bold: true, center: true }));
  for (const d of a.dispositif) {
    if (d.heading) body.push(para(d.heading, { style: 'Heading2' }));
    for (const l of d.body.split('\n')) body.push(para(l));
  }
  if (a.vote) body.push(para(a.vote));
  body.push(para(placeDateLine(a)));
  for (const s of a.signatories.length ? a.signatories : [{ name: null, quality: null }]) {
    body.push(para(s.quality ?? 'Qualité du signataire : …', { indent: true }), para(s.name ?? 'Prénom NOM : …', { indent: true }));
  }
  body.push(para('#signature#', { indent: true }));
  if (a.recours) body.push(para(a.recours));
  body.push(para(`Mis en ligne le ${opts.onlineDate ? dateFr(opts.onlineDate) ?? opts.onlineDate : '…'}`));
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`),
    '_rels/.rels': strToU8(`${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`),
    'docProps/core.xml': strToU8(`${xml}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(actHeading(a))}</dc:title><dc:subject>${esc(a.object ?? '')}</dc:subject><dc:language>fr-FR</dc:language></cp:coreProperties>`),
    'word/_rels/document.xml.rels': strToU8(`${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    'word/styles.xml': strToU8(`${xml}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/><w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="480" w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>`),
    'word/document.xml': strToU8(`${xml}<w:document ${W}><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`),
  };
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
