/**
 * Stories are content: no story's title, id or track, nor any track's label, is written into the code
 * of src/ (its comments may take examples).
 * Read from today's story files, so a story added tomorrow is held to the same rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/lib/schemas';

const folder = 'content/stories';
const stories = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    id: f.replace(/\.json$/, ''),
    data: JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as StoryData,
  }));
const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|tsx|astro|css|mjs)$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));
// Code, not its comments: a comment may take a place name as its example ("Kazakhstan and Uzbekistan signed…").
const code = new Map(
  sources.map((file) => [
    file,
    readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1'),
  ]),
);

describe.each(stories)('the story $id', ({ id, data }) => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const written = [
    // Words a reader sees: the story's own and its tracks' labels.
    ...[data.title, data.timelineTitle, ...data.tracks.map((t) => t.label)].map((text) => ({
      what: `"${text}"`,
      pattern: new RegExp(escape(text)),
    })),
    // Ids as code uses them: a string, a class or an attribute value.
    ...[id, ...data.tracks.map((t) => t.id)].map((name) => ({
      what: `the id "${name}"`,
      pattern: new RegExp(`['"\`]${escape(name)}['"\`]|(?:timeline|lane|track)-${escape(name)}\\b`),
    })),
  ];

  it.each(written)('is nowhere in src/: $what', ({ pattern }) => {
    expect(sources.filter((file) => pattern.test(code.get(file)!))).toEqual([]);
  });
});
