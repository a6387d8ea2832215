// Saving generated files: a Blob and an object URL on a detached <a download> (never innerHTML, never a data:
// URL built by hand), revoked right after so the secret it may hold does not stay addressable.
import { strToU8, zipSync } from 'fflate';

export const VV_MIME = 'application/x-virt-viewer';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Several text files as one zip (names made unique: `a.vv`, `a-2.vv`). */
export function zipTexts(files: { name: string; text: string }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    let name = f.name;
    const dot = name.lastIndexOf('.');
    for (let i = 2; name in entries; i++) name = dot > 0 ? `${f.name.slice(0, dot)}-${i}${f.name.slice(dot)}` : `${f.name}-${i}`;
    entries[name] = strToU8(f.text);
  }
  return zipSync(entries, { level: 6 });
}
