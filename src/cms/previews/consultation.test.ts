/**
 * The consultation preview as an editor sees it: rendered with a stand-in for Decap's `h` that keeps
 * the element tree, so the text can be read without a browser (tests/cms covers the real admin page).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../../lib/content/settings.ts';
import { splitFrontmatter } from '../../lib/content/source.ts';
import type { PreviewNode, PreviewProps } from '../decap.ts';
import { BASE_CONSULTATION } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';

interface Element {
  type: string;
  children: PreviewNode[];
}

const textOf = (node: PreviewNode): string => {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return (node as unknown as Element).children.map(textOf).join('');
};

const FILE_TEXT = readFileSync(BASE_CONSULTATION, 'utf8');
const { yaml, body } = splitFrontmatter(FILE_TEXT);
const data = parse(yaml!, { schema: 'core' }) as Record<string, unknown>;
const { equalityImpact: _equalityImpact, ...unready } = data;

let render: (draft: Record<string, unknown>) => string;

beforeAll(async () => {
  vi.stubGlobal('window', {
    CMS: {},
    h: (type: string, _props: unknown, ...children: PreviewNode[]) => ({ type, children }),
  });
  const { consultationPreview } = await import('./consultation.ts');
  const Preview = consultationPreview({ settings: loadSettings(ROOT), consultationsWithFeedback: [] });
  render = (draft) => {
    const entry = {
      get: (key: string) =>
        key === 'data' ? { toJS: () => ({ ...draft, body }) } : key === 'slug' ? 'library-hours' : false,
    };
    return textOf(Preview({ entry, widgetFor: () => null } as unknown as PreviewProps)).replace(/\s+/g, ' ');
  };
});

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('consultation preview', () => {
  it('shows the launch steps still missing before the opening day', () => {
    vi.setSystemTime(new Date('2026-09-28T10:00:00Z'));
    const shown = render(unready);
    expect(shown).toContain('Status today: Forthcoming');
    expect(shown).toContain('Warning: before it opens on 5 October 2026 you need an equality impact assessment');
    expect(shown).toContain('(launch-ready)');
  });

  it('shows "Opening delayed" from the opening day when a step is missing, and "Open" when none is', () => {
    vi.setSystemTime(new Date('2026-10-05T10:00:00Z'));
    expect(render(unready)).toContain('Status today: Opening delayed');
    expect(render(unready)).toContain('Error: it was due to open on 5 October 2026');
    expect(render(data)).toContain('Status today: Open');
  });

  it('says a forthcoming consultation with no equality impact, no authorisation and online-only responses is not ready', () => {
    vi.setSystemTime(new Date('2026-09-01T10:00:00Z'));
    const { governance: _governance, respond, formats: _formats, ...rest } = unready;
    const online = { online: (respond as { online: string }).online };
    const shown = render({ ...rest, respond: online });
    expect(shown).toContain('Status today: Forthcoming');
    expect(shown).not.toContain('no problems');
    expect(shown).toContain('an equality impact assessment');
    expect(shown.match(/Warning: before it opens/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('shows which approvals the change will need, from the approvals classifier', () => {
    vi.setSystemTime(new Date('2026-09-01T10:00:00Z'));
    const opened = { ...data, __source: FILE_TEXT, closes: '2027-01-18' };
    const shown = render(opened);
    expect(shown).toContain('Approvals this change will need');
    expect(shown).toContain('Consultation opens');
    expect(shown).toMatch(/approval from .*consultation group/);
    expect(render({ ...data, __source: FILE_TEXT })).toContain('No changes to approve yet.');
  });
});
