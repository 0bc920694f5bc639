// The briefing as .docx (the `docx` library, Packer.toBlob in the browser): A4 portrait with the
// administrative margins (20/20/30/15 mm), Noto Sans 13 pt, the same content as the PDF (briefingModel),
// charts embedded as 2× PNG drawn from the chart SVG with the shipped font (present/export/png.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions
} from 'docx';
import { columnWidths, type Block, type Briefing, type ChartId } from './briefingModel';

const FONT = 'Noto Sans';
/** Half-points. */
const BODY = 26;
const SMALL = 22;
/** Twips: A4 and its margins. */
const MM = 1440 / 25.4;
const PAGE = { width: 11906, height: 16838, top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const CONTENT = PAGE.width - PAGE.left - PAGE.right;
/** The text column in CSS px (96 to the inch): how wide a chart is placed. */
const CONTENT_PX = Math.floor((CONTENT / 1440) * 96);

export interface DocxChart {
  /** PNG at 2× the chart's CSS size. */
  png: Uint8Array;
  /** The chart's CSS size (px). */
  width: number;
  height: number;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text: text.normalize('NFC'), bold: o.bold, italics: o.italics, size: o.size, underline: o.underline ? {} : undefined, font: FONT });

const centred = (text: string, o: Parameters<typeof run>[1] = {}, extra: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [run(text, o)], ...extra });

/** Two borderless columns side by side (the header; Nơi nhận and the signature), `share` of the width on the left. */
function twoColumns(share: number, left: Paragraph[], right: Paragraph[]): Table {
  const widths = [Math.round(CONTENT * share), CONTENT - Math.round(CONTENT * share)];
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children });
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })]
  });
}

const LEFT_SHARE = 0.42;

function header(b: Briefing): Table {
  const left = CONTENT * LEFT_SHARE;
  return twoColumns(
    LEFT_SHARE,
    [
      centred(b.header.issuer, { bold: true, size: 25 }),
      // The short rule under the issuer: a bottom border on an indented empty paragraph.
      new Paragraph({ indent: { left: Math.round(left / 2 - 700), right: Math.round(left / 2 - 700) }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, spacing: { after: 120 }, children: [] }),
      centred(b.header.number, { size: BODY })
    ],
    [
      centred(b.header.nation, { bold: true, size: 24 }),
      centred(b.header.motto, { bold: true, size: BODY, underline: true }, { spacing: { after: 160 } }),
      centred(b.header.placeDate, { italics: true, size: BODY })
    ]
  );
}

function table(t: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const widths = columnWidths(t.head, t.numeric, CONTENT).map((w) => Math.floor(w));
  const row = (cells: readonly string[], bold: boolean, head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
            children: [new Paragraph({ alignment: t.numeric[i] && !head ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: { after: 0 }, children: [run(c, { bold, size: SMALL })] })]
          })
      )
    });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [run(t.caption, { bold: true, size: SMALL })] }),
    new Table({
      width: { size: CONTENT, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID,
      rows: [row(t.head, true, true), ...t.rows.map((r, i) => row(r, t.strong?.includes(i) ?? false, false))]
    }),
    new Paragraph({ spacing: { after: 60 }, children: [] })
  ];
}

/** The chart image carries its own title, legend and source (svgToStandalone); the caption numbers it. */
function chart(c: DocxChart, title: string, n: number): Paragraph[] {
  const width = Math.min(CONTENT_PX, c.width);
  const height = Math.round((c.height / c.width) * width);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [new ImageRun({ type: 'png', data: c.png, transformation: { width, height }, altText: { name: `Hình ${n}`, title, description: title } })] }),
    centred(`Hình ${n}`, { italics: true, size: SMALL }, { spacing: { after: 160 } })
  ];
}

function closing(b: Briefing): Table {
  const blank = () => new Paragraph({ spacing: { after: 0 }, children: [] });
  return twoColumns(
    0.5,
    [
      new Paragraph({ spacing: { after: 0 }, children: [run(b.recipientsTitle, { bold: true, italics: true, size: 24 })] }),
      ...b.recipients.map((r) => new Paragraph({ spacing: { after: 0 }, children: [run(r, { size: SMALL })] }))
    ],
    // Left blank for the signer: title line, room to sign, name line.
    [centred('……………………………', { bold: true, size: BODY }), blank(), blank(), blank(), blank(), centred('……………………………', { bold: true, size: BODY })]
  );
}

function body(b: Briefing, charts: Partial<Record<ChartId, DocxChart>>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let figure = 0;
  for (const x of b.blocks) {
    switch (x.kind) {
      case 'heading':
        out.push(new Paragraph({ keepNext: true, spacing: { before: 200, after: 100 }, children: [run(x.text, { bold: true, size: BODY })] }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: 100 },
            indent: x.tone ? undefined : { firstLine: 567 },
            children: [run(x.text, x.tone === 'note' ? { italics: true, size: 24 } : x.tone === 'label' ? { bold: true, italics: true, size: 24 } : { size: BODY })]
          })
        );
        break;
      case 'list':
        for (const item of x.items) out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 }, indent: { left: 283, hanging: 283 }, children: [run(`- ${item}`, { size: BODY })] }));
        break;
      case 'table':
        out.push(...table(x));
        break;
      case 'chart': {
        const c = charts[x.chart];
        if (c) out.push(...chart(c, x.title, ++figure));
        break;
      }
    }
  }
  return out;
}

/** The briefing as a Document (Node and browser alike). */
export function briefingDocument(b: Briefing, charts: Partial<Record<ChartId, DocxChart>>): Document {
  return new Document({
    creator: 'chiso',
    title: `${b.title} ${b.subject}`,
    description: b.source,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        children: [
          header(b),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          centred(b.title, { bold: true, size: 28 }),
          centred(b.subject, { bold: true, size: 28 }, { spacing: { after: 240 } }),
          ...body(b, charts),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          closing(b)
        ]
      }
    ]
  });
}

export function briefingToDocx(b: Briefing, charts: Partial<Record<ChartId, DocxChart>>): Promise<Blob> {
  return Packer.toBlob(briefingDocument(b, charts));
}
