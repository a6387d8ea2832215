// Byte sizes are bytes on the wire (guide 15.1: memory "in bytes"); the form shows them in a friendlier unit.
import type { ElementDef, Unit } from './types';

const FACTOR: Partial<Record<Unit, number>> = { bytes: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };

/** The unit a bytes element is typed in (GiB unless the table says otherwise). */
export const displayUnit = (el: ElementDef): Unit => (el.type === 'bytes' ? el.unit ?? 'GiB' : el.unit ?? 'bytes');

export function bytesFromDisplay(value: number, unit: Unit): number {
  return Math.round(value * (FACTOR[unit] ?? 1));
}

export function bytesToDisplay(bytes: number, unit: Unit): number {
  const v = bytes / (FACTOR[unit] ?? 1);
  return Math.round(v * 1000) / 1000;
}
