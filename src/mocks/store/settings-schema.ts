import { z } from '@/contract/zod';
import { faultRuleSchema, noticeSchema } from '@/contract/demo';

/** Demo settings saved with the world: they change what the mock answers, so they persist too. */
export const demoSettingsSchema = z.lazy(() =>
  z.object({
    scenario: z.string().check(z.minLength(1)),
    /** Clock reading when the scenario was loaded; scenarios are generated relative to it. */
    scenarioLoadedAt: z.number(),
    clockOffsetMs: z.number(),
    personaId: z.string().check(z.minLength(1)),
    faults: z.array(faultRuleSchema),
    /** `null`: the environment's default latency. */
    latencyOverrideMs: z.nullable(z.int().check(z.minimum(0))),
    notice: z.optional(noticeSchema),
  }),
);
export type DemoSettings = z.infer<typeof demoSettingsSchema>;
