import { z } from 'zod';
import { faultRuleSchema, noticeSchema } from '@/contract/demo';

/** Demo settings saved with the world: they change what the mock answers, so they persist too. */
export const demoSettingsSchema = z.object({
  scenario: z.string().min(1),
  /** Clock reading when the scenario was loaded; scenarios are generated relative to it. */
  scenarioLoadedAt: z.number().finite(),
  clockOffsetMs: z.number().finite(),
  personaId: z.string().min(1),
  faults: z.array(faultRuleSchema),
  /** `null`: the environment's default latency. */
  latencyOverrideMs: z.number().int().min(0).nullable(),
  notice: noticeSchema.optional(),
});
export type DemoSettings = z.infer<typeof demoSettingsSchema>;
