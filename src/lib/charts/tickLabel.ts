// Axis tick labels in vi-VN with the decimals the tick needs: "20", "2,5", and "0,2" on DTI's 0–1
// scale (a fixed 0 decimals would print "0, 0, 0, 1").
import { formatNumber } from '../text/vietnamese';

export function formatTick(v: number): string {
  const decimals = String(Number(v.toFixed(6))).split('.')[1]?.length ?? 0;
  return formatNumber(v, Math.min(decimals, 4));
}
