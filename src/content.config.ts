import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/article-loader';
import { jsonFileLoader } from './loaders/json-file-loader';
import { sourceLoader } from './loaders/source-loader';
import { storyLoader } from './loaders/story-loader';
import { timelineLoader } from './loaders/timeline-loader';
import { articleSchema, contextFactSchema, topicSchema } from './lib/schemas';

export const collections = {
  articles: defineCollection({ loader: articleLoader({ base: './content/articles' }), schema: articleSchema }),
  /** The other editions' articles (content/articles/<lang>/), ids "<lang>/<id>"; checked by src/data/edition.ts. */
  editionArticles: defineCollection({
    loader: articleLoader({ base: './content/articles', pattern: '*/*.mdx' }),
    schema: articleSchema,
  }),
  sources: defineCollection({ loader: sourceLoader({ base: './content/sources' }) }),
  topics: defineCollection({
    loader: jsonFileLoader({ file: 'content/topics.json', what: 'topic', schema: topicSchema }),
  }),
  context: defineCollection({
    loader: jsonFileLoader({ file: 'content/context/facts.json', what: 'context fact', schema: contextFactSchema }),
  }),
  timeline: defineCollection({ loader: timelineLoader({ base: './content/timeline' }) }),
  stories: defineCollection({ loader: storyLoader({ base: './content/stories' }) }),
};
