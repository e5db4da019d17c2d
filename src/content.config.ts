import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { causes, fixes } from './catalogue';
import { CauseSchema, FixSchema } from './catalogue/schema';

// One catalogue, two consumers: Astro validates the same objects the browser imports, so a bad entry
// fails `astro build` with a message naming the entry and the field.
export const collections = {
  fixes: defineCollection({ loader: () => fixes.map((fix) => ({ ...fix })), schema: FixSchema }),
  causes: defineCollection({ loader: () => causes.map((cause) => ({ ...cause })), schema: CauseSchema }),
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Fixes this guide walks through, shown as cards. */
        fixes: z.array(reference('fixes')).default([]),
      }),
    }),
  }),
};
