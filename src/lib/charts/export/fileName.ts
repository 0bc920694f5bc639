// Download names from the chart title: "Xếp hạng PCI 2015" → "xep-hang-pci-2015.png".
import { slugify } from '../../text/vietnamese';

export function chartFileName(title: string, ext: 'csv' | 'svg' | 'png'): string {
  return `${slugify(title).slice(0, 80) || 'bieu-do'}.${ext}`;
}
