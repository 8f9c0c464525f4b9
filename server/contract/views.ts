// Saved views and stories: what the explorer stores so a canvas comes back as it was (positions,
// hidden elements, pins, selection, filters, layout, mode, date window, notes), and ordered lists of
// views to step through as a presentation. The server stores the state as given; the client decides
// how to apply it (an unknown layout or a node gone from the graph is the client's to report).
import { z } from 'zod';
import { OVERVIEW_GROUPINGS } from './api.ts';
import { nodeIdParam } from './common.ts';

/** A canvas larger than this is not a view anyone presents; it also bounds the stored document. */
export const MAX_VIEW_NODES = 5_000;
/** The largest stored view (its JSON body), so a story of many views stays quick to open. */
export const MAX_VIEW_BYTES = 512 * 1024;
export const MAX_SAVED_VIEWS = 2_000;
export const MAX_STORIES = 200;
export const MAX_STORY_STEPS = 100;

/** Element ids: node ids, and edge ids such as `a|PARTNER_OF|b` (longer than a node id). */
const elementId = z
  .string()
  .min(1, 'an element id is required')
  .max(500, 'element ids are at most 500 characters');
const coordinate = z.number().finite('coordinates must be finite numbers').min(-1e7).max(1e7);
const year = z
  .number()
  .int('years are whole numbers')
  .min(1800, 'years are 1800–2100')
  .max(2100, 'years are 1800–2100');

export const viewStateSchema = z
  .object({
    mode: z.enum(['full', 'partners'], { message: 'mode must be "full" or "partners"' }),
    layout: z.string().min(1).max(40, 'layout is a layout name (at most 40 characters)'),
    nodes: z.array(nodeIdParam).max(MAX_VIEW_NODES, `a view holds at most ${MAX_VIEW_NODES} nodes`),
    /** Model coordinates by node id, as the canvas had them. */
    positions: z
      .record(nodeIdParam, z.object({ x: coordinate, y: coordinate }))
      .refine((positions) => Object.keys(positions).length <= MAX_VIEW_NODES, {
        message: `a view holds at most ${MAX_VIEW_NODES} node positions`,
      }),
    hidden: z.array(elementId).max(4 * MAX_VIEW_NODES, 'at most 20000 hidden elements'),
    pinned: z.array(nodeIdParam).max(MAX_VIEW_NODES, `at most ${MAX_VIEW_NODES} pinned nodes`),
    selected: elementId.nullable(),
    since: year.nullable(),
    until: year.nullable(),
    /** The viewport, so the picture is framed as it was. */
    viewport: z.object({ zoom: z.number().positive().max(100), x: coordinate, y: coordinate }).nullable(),
    /** The filter panel's state (labels, kinds, statuses, countries, sources); its own shape. */
    filters: z.record(z.string().max(100), z.unknown()).optional(),
    lang: z.enum(['en', 'fr']).nullable(),
    /**
     * The partnership overview the canvas shows (`key` null), or its drill-down into one group:
     * reopened from the API rather than from `nodes`, which the overview's groups are not.
     */
    overview: z
      .object({
        groupBy: z.enum(OVERVIEW_GROUPINGS),
        key: z.string().min(1).max(200, 'an overview group key is at most 200 characters').nullable(),
      })
      .nullable()
      .optional(),
  })
  .refine((state) => state.since === null || state.until === null || state.since <= state.until, {
    message: 'since must not be after until',
    path: ['since'],
  });

const name = z.string().trim().min(1, 'name is required').max(120, 'name is at most 120 characters');
const notes = z.string().max(10_000, 'notes are at most 10000 characters');

export const viewInputSchema = z.object({ name, notes: notes.default(''), state: viewStateSchema });

/** The short id of a view or story: what a shared link carries. */
export const shortIdParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,32}$/, 'a view or story id is 6–32 letters, digits, "-" or "_"');

const storedFields = {
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The write token's name the view was saved under, or null when saved without one. */
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
};

export const savedViewSchema = z.object({
  ...storedFields,
  name: z.string(),
  notes: z.string(),
  state: viewStateSchema,
});
export const savedViewSummarySchema = z.object({
  ...storedFields,
  name: z.string(),
  notes: z.string(),
  nodeCount: z.number().int(),
});
export const savedViewListSchema = z.object({
  views: z.array(savedViewSummarySchema),
  truncated: z.boolean(),
});

const storyStepSchema = z.object({ viewId: shortIdParam, note: notes.default('') });
export const storyInputSchema = z.object({
  name,
  notes: notes.default(''),
  steps: z
    .array(storyStepSchema)
    .min(1, 'a story has at least one step')
    .max(MAX_STORY_STEPS, `a story has at most ${MAX_STORY_STEPS} steps`),
});
export const storySchema = z.object({
  ...storedFields,
  name: z.string(),
  notes: z.string(),
  steps: z.array(
    z.object({
      viewId: z.string(),
      note: z.string(),
      /** The view's name, or null when it was deleted since. */
      viewName: z.string().nullable(),
    }),
  ),
});
export const storyListSchema = z.object({
  stories: z.array(storySchema.omit({ steps: true }).extend({ stepCount: z.number().int() })),
  truncated: z.boolean(),
});

export type ViewState = z.infer<typeof viewStateSchema>;
export type ViewInput = z.input<typeof viewInputSchema>;
export type SavedView = z.infer<typeof savedViewSchema>;
export type SavedViewSummary = z.infer<typeof savedViewSummarySchema>;
export type StoryInput = z.input<typeof storyInputSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryList = z.infer<typeof storyListSchema>;
