/** The history section of consultation pages in the built sample site, checked against this repository's own git log. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepositoryHistory } from '../../src/lib/history/history.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { ROOT } from '../../support/paths.ts';
import { SITE_DIR } from '../../support/paths.ts';

const history = readRepositoryHistory(ROOT);
const consultations = [...history.files.values()].filter(
  (file) => file.collection === 'consultations' && !file.deleted,
);

describe('page history on consultation pages', () => {
  it('shows first published, last updated and the changes with links to the hosting repository', () => {
    const withHistory = consultations.filter((file) => {
      const built = path.join(SITE_DIR, 'consultations', file.slug, 'index.html');
      return existsSync(built) && readFileSync(built, 'utf8').includes('id="history-title"');
    });
    expect(withHistory.length, 'at least one committed consultation shows its history').toBeGreaterThan(0);
    for (const file of withHistory) {
      const html = readFileSync(path.join(SITE_DIR, 'consultations', file.slug, 'index.html'), 'utf8');
      const section = html.slice(html.indexOf('<section class="history"'));
      const first = file.revisions[0]!;
      const opens = /^opens: (\d{4}-\d{2}-\d{2})$/m.exec(
        readFileSync(path.join(ROOT, 'content/consultations', `${file.slug}.mdx`), 'utf8'),
      )![1]!;
      // Indexed pages have a space after each block end tag (lib/search/block-spacing.ts), hence `\s*`.
      // Added when the archive began, after it opened: first published when it opened, added to this site later.
      const imported = first.commit.date === history.firstConsultationDate && opens < first.commit.date;
      const published = imported ? opens : first.commit.date;
      expect(section).toMatch(
        new RegExp(
          `First published</dt>\\s*<dd[^>]*><time datetime="${published}"[^>]*>${formatDate(published)}</time>`,
        ),
      );
      if (imported)
        expect(section).toMatch(
          new RegExp(
            `Added to this site</dt>\\s*<dd[^>]*><time datetime="${first.commit.date}"[^>]*>${formatDate(first.commit.date)}</time>`,
          ),
        );
      else expect(section).not.toContain('Added to this site');
      expect(section).toMatch(/Last updated<\/dt>/);
      expect(section).toContain('<details');
      expect(section).toContain('<summary');
      expect(section).toContain(
        `href="https://github.com/harrowdale-council/consultation-hub/commit/${first.commit.sha}"`,
      );
      expect(section).toContain('data-pagefind-ignore');
      // This repository's own commits carry no approvals notes unless they were fetched: each says so.
      const unapproved = file.revisions.filter((revision) => !revision.commit.approval.approved).length;
      expect(
        section.match(/<span class="history__unapproved"[^>]*>No approval recorded/g)?.length ?? 0,
        file.slug,
      ).toBe(unapproved);
    }
  });
});
