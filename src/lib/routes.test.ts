import { describe, expect, it } from 'vitest';
import { SETTINGS_FILES as READ_SETTINGS_FILES } from './content/settings.ts';
import {
  cmsBranch,
  contentFile,
  facetFeedPath,
  finderPath,
  folderName,
  normaliseBase,
  publicFile,
  publicSitePath,
  repositoryLinks,
  SETTINGS_FILES,
  withBase,
} from './routes.ts';

describe('page paths', () => {
  it('build the finder pages: the list, a filter, a status with another filter, and later pages of each', () => {
    expect(finderPath()).toBe('consultations/');
    expect(finderPath(undefined, 2)).toBe('consultations/page/2/');
    expect(finderPath({ facet: 'topic', value: 'libraries' })).toBe('consultations/topic/libraries/');
    expect(finderPath({ facet: 'status', value: 'open' }, 3)).toBe('consultations/status/open/page/3/');
    expect(
      finderPath([
        { facet: 'status', value: 'open' },
        { facet: 'area', value: 'kelbrook' },
      ]),
    ).toBe('consultations/status/open/area/kelbrook/');
    expect(finderPath([], 2)).toBe('consultations/page/2/');
  });

  it('build the feeds of one area or topic', () => {
    expect(facetFeedPath({ facet: 'area', value: 'kelbrook' }, 'rss')).toBe('feeds/area/kelbrook.xml');
    expect(facetFeedPath({ facet: 'topic', value: 'libraries' }, 'calendar')).toBe('feeds/topic/libraries.ics');
  });
});

describe('the base path', () => {
  it('ends in a slash however the deploy gives it', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/hub')).toBe('/hub/');
    expect(normaliseBase('/hub/')).toBe('/hub/');
  });

  it('takes page paths with or without their leading slash', () => {
    expect(withBase('/hub', 'consultations/')).toBe('/hub/consultations/');
    expect(withBase('/hub/', '/documents/budget.pdf')).toBe('/hub/documents/budget.pdf');
    expect(withBase('/', '')).toBe('/');
  });
});

describe('files in the repository', () => {
  it('name content files and folders from the repository root', () => {
    expect(contentFile('consultations', 'library-opening-hours')).toBe(
      'content/consultations/library-opening-hours.mdx',
    );
    expect(folderName('content/feedback/')).toBe('content/feedback');
  });

  it('map files under public/ to the site paths they are served at, and back', () => {
    expect(publicFile('/documents/budget.pdf')).toBe('public/documents/budget.pdf');
    expect(publicSitePath('public/documents/budget.pdf')).toBe('/documents/budget.pdf');
  });

  it('name the settings files as the settings reader reads them', () => {
    expect(SETTINGS_FILES).toEqual(READ_SETTINGS_FILES);
  });
});

describe('repository links', () => {
  const links = repositoryLinks({ owner: 'harrowdale-council', name: 'consultation-hub' });

  it('link to a commit, a pull request and the pull requests from the CMS branch of an entry', () => {
    expect(links.commit('a1b2c3d')).toBe('https://github.com/harrowdale-council/consultation-hub/commit/a1b2c3d');
    expect(links.pullRequest(12)).toBe('https://github.com/harrowdale-council/consultation-hub/pull/12');
    expect(links.pullRequestsFrom(cmsBranch('consultations', 'library-opening-hours'))).toBe(
      'https://github.com/harrowdale-council/consultation-hub/pulls?q=is%3Apr%20head%3Acms%2Fconsultations%2Flibrary-opening-hours',
    );
  });
});
