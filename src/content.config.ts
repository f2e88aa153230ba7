import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sourceLoader } from './loaders/source-loader';
import { timelineLoader } from './loaders/timeline-loader';
import { articleSchema, contextFactSchema, topicSchema } from './lib/schemas';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '**/*.mdx' }),
    schema: articleSchema,
  }),
  sources: defineCollection({ loader: sourceLoader({ base: './content/sources' }) }),
  topics: defineCollection({ loader: file('./content/topics.json'), schema: topicSchema }),
  context: defineCollection({ loader: file('./content/context/facts.json'), schema: contextFactSchema }),
  timeline: defineCollection({ loader: timelineLoader({ base: './content/timeline' }) }),
};
