import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssDescription, rssTitle } from '../lib/opendata/feed.ts';

/** What a feed reader gets for one item once it has read the XML: the strings it then shows (or renders as HTML). */
async function asRead(title: string, description: string): Promise<{ title: string; description: string }> {
  const xml = await getRssString({
    title: 'Feed',
    description: 'Feed',
    site: 'https://haveyoursay.harrowdale.example/',
    items: [
      {
        title: rssTitle(title),
        description: rssDescription(description),
        link: 'https://haveyoursay.harrowdale.example/a/',
        pubDate: new Date(0),
      },
    ],
  });
  const item = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml).rss.channel.item;
  return { title: String(item.title), description: String(item.description) };
}

describe('RSS text', () => {
  it('reaches a reader as text, never as markup', async () => {
    const read = await asRead(
      'Parks <img src=x onerror=alert(1)> & play',
      'Say <script>alert(1)</script> &amp; <a href="javascript:alert(1)">this</a> & more.',
    );
    expect(read.description).toBe(
      'Say &#60;script&#62;alert(1)&#60;/script&#62; &#38;amp; &#60;a href="javascript:alert(1)"&#62;this&#60;/a&#62; &#38; more.',
    );
    expect(read.title).toBe('Parks &#60;img src=x onerror=alert(1)&#62; & play');
    for (const text of Object.values(read)) expect(text).not.toMatch(/</);
  });

  it('keeps ordinary text readable and drops what XML cannot hold', async () => {
    expect(await asRead("Parks & play: the council's plans", 'Line one.\u0000 Café and "quotes".')).toEqual({
      title: "Parks & play: the council's plans",
      description: 'Line one. Café and "quotes".',
    });
    expect(rssTitle('Fish &amp; chips')).toBe('Fish &#38;amp; chips');
  });
});
