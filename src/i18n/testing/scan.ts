// Reads the portal's source with the TypeScript parser (Node only; used by the catalog test and
// scripts/i18n-check.ts): the catalog keys the code uses, and English text left outside t().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Props and object keys whose string values people read. */
const TEXT_PROPS = new Set(['label', 'title', 'placeholder', 'aria-label', 'helperText', 'alt', 'headerName', 'help',
  'primary', 'secondary', 'tooltip', 'description', 'emptyText', 'confirmLabel', 'submitLabel', 'heading', 'noun', 'header', 'reason']);
/** Words that read the same in every language (names, units, protocols). */
export const UNTRANSLATED = new Set(['oVirt', 'RHV', 'XML', 'CSV', 'curl', 'ID', 'UUID', 'MAC', 'IP', 'CPU', 'vCPU', 'NUMA',
  'SPM', 'iSCSI', 'NFS', 'FQDN', 'MiB', 'GiB', 'KiB', 'TiB', 'bytes', 'OK', 'Correlation-Id', '.vv', 'JSON', 'URL', 'API', 'LUN', 'SSH', 'QoS', 'vNIC']);

export interface Use { key: string; ns: string; file: string; line: number }
export interface Raw { text: string; file: string; line: number }

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !p.includes(`${join('i18n', 'testing')}`)) out.push(p);
    }
  };
  dirs.forEach((d) => walk(join(root, d)));
  return out;
}

const isText = (s: string) => /[A-Za-z]{2,}/.test(s) && !UNTRANSLATED.has(s.trim());
const literal = (n: ts.Node | undefined): string | undefined =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;

function nsOf(options: ts.Node | undefined): string {
  if (!options || !ts.isObjectLiteralExpression(options)) return 'common';
  for (const p of options.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === 'ns') return literal(p.initializer) ?? 'common';
  }
  return 'common';
}

export function scan(root: string, files: readonly string[]): { uses: Use[]; raw: Raw[] } {
  const uses: Use[] = [];
  const raw: Raw[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const src = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const line = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;
    const push = (r: Raw) => raw.push(r);
    // A `// i18n-exempt: why` comment before a statement marks text in it that is not for people (CSV columns).
    const exempt = (n: ts.Node) => (ts.getLeadingCommentRanges(src.text, n.getFullStart()) ?? [])
      .some((c) => src.text.slice(c.pos, c.end).includes('i18n-exempt'));
    const visit = (n: ts.Node): void => {
      if (exempt(n)) return;
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (name === 't' || name === 'tk') {
          const key = literal(n.arguments[0]);
          if (key !== undefined) uses.push({ key, ns: nsOf(n.arguments[1]), file, line: line(n) });
          n.arguments.slice(1).forEach(visit);
          return;
        }
      }
      if (ts.isJsxText(n) && isText(n.text)) push({ text: n.text.trim(), file, line: line(n) });
      if (ts.isJsxAttribute(n) && TEXT_PROPS.has(n.name.getText())) {
        const text = literal(n.initializer) ?? (n.initializer && ts.isJsxExpression(n.initializer) ? literal(n.initializer.expression) : undefined);
        if (text !== undefined && isText(text)) push({ text, file, line: line(n) });
      }
      if (ts.isJsxExpression(n) && n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) {
        const text = literal(n.expression);
        if (text !== undefined && isText(text)) push({ text, file, line: line(n) });
      }
      if (ts.isPropertyAssignment(n) && TEXT_PROPS.has(n.name.getText().replace(/['"]/g, ''))) {
        const text = literal(n.initializer);
        if (text !== undefined && isText(text)) push({ text, file, line: line(n) });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return { uses, raw };
}

/** Whether `catalog` holds `key`, as itself or as its plural forms (`key_one`, `key_other`). */
export function hasKey(catalog: Record<string, string>, key: string): boolean {
  return key in catalog || (`${key}_one` in catalog && `${key}_other` in catalog);
}

/** The key in code a catalog entry belongs to (`x_one` → `x`). */
export const baseKey = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
