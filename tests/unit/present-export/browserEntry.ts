// Entry of the bundle injected into the page by tests/browser/export.test.ts.
import { deckToPdf, chartToPdf } from '../../../src/lib/present/export/pdf';
import { svgToPng } from '../../../src/lib/present/export/png';
import { svgToStandalone } from '../../../src/lib/present/export/standalone';
import { bytesToBase64 } from '../../../src/lib/present/export/base64';

(globalThis as unknown as { chisoExport: unknown }).chisoExport = { deckToPdf, chartToPdf, svgToPng, svgToStandalone, bytesToBase64 };
