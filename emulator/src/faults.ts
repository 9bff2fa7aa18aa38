import { z } from 'zod';

const rate = z.number().min(0).max(1);

export const faultSettingsSchema = z
  .object({
    /** Added to every Graph response: a fixed delay or a uniform [min, max] range. */
    latencyMs: z.union([z.number().min(0), z.tuple([z.number().min(0), z.number().min(0)])]).optional(),
    rate429: rate.optional(),
    /** Retry-After of the random 429s (rate429). */
    retryAfterSeconds: z.number().int().min(0).optional(),
    rate500: rate.optional(),
    rate503: rate.optional(),
    /** Graph-style throttling: more than `requests` in a fixed window of `windowSeconds` answers 429. */
    rateLimit: z.object({ requests: z.number().int().min(1), windowSeconds: z.number().positive() }).optional(),
    /** A newly created object answers 404 to GETs for this long, like Entra's replication lag. */
    replicationDelayMs: z.number().min(0).optional(),
    /** Regular expression on the path after /v1.0 (e.g. "^/roleManagement"); faults apply only where it matches. */
    paths: z
      .string()
      .refine((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }, 'paths must be a valid regular expression')
      .optional(),
  })
  .strict();

export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export type InjectedFault =
  | { kind: 'status'; status: 429 | 500 | 503; retryAfterSeconds?: number }
  | { kind: 'notReplicated' };

/** Run-time state of the fault settings: the throttling window and the objects still "replicating". */
export class FaultInjector {
  private settings: FaultSettings;
  private pathPattern: RegExp | null = null;
  private windowStart = 0;
  private windowCount = 0;
  private readonly created = new Map<string, number>();

  constructor(settings: FaultSettings, private readonly random: () => number = Math.random) {
    this.settings = settings;
    this.apply(settings);
  }

  get current(): FaultSettings {
    return this.settings;
  }

  apply(settings: FaultSettings): void {
    this.settings = settings;
    this.pathPattern = settings.paths ? new RegExp(settings.paths) : null;
    this.windowStart = 0;
    this.windowCount = 0;
    if (!settings.replicationDelayMs) this.created.clear();
  }

  appliesTo(graphPath: string): boolean {
    return this.pathPattern === null || this.pathPattern.test(graphPath);
  }

  latencyMs(): number {
    const latency = this.settings.latencyMs;
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return min + this.random() * Math.max(0, max - min);
  }

  /** Decides the fault for one Graph request, or null to let it through. */
  pick(method: string, graphPath: string, now = Date.now()): InjectedFault | null {
    const limit = this.settings.rateLimit;
    if (limit) {
      const windowMs = limit.windowSeconds * 1000;
      if (now - this.windowStart >= windowMs) {
        this.windowStart = now;
        this.windowCount = 0;
      }
      this.windowCount += 1;
      if (this.windowCount > limit.requests) {
        return { kind: 'status', status: 429, retryAfterSeconds: Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1000)) };
      }
    }
    const s = this.settings;
    if (s.rate429 && this.random() < s.rate429) return { kind: 'status', status: 429, retryAfterSeconds: s.retryAfterSeconds ?? 2 };
    if (s.rate500 && this.random() < s.rate500) return { kind: 'status', status: 500 };
    if (s.rate503 && this.random() < s.rate503) return { kind: 'status', status: 503, retryAfterSeconds: s.retryAfterSeconds };
    if (method === 'GET' && this.isReplicating(graphPath, now)) return { kind: 'notReplicated' };
    return null;
  }

  /** Called by the write handlers: the object answers 404 to GETs until the replication delay is over. */
  markCreated(id: string, now = Date.now()): void {
    if (this.settings.replicationDelayMs) this.created.set(id.toLowerCase(), now + this.settings.replicationDelayMs);
  }

  private isReplicating(graphPath: string, now: number): boolean {
    if (this.created.size === 0) return false;
    for (const raw of graphPath.split('/')) {
      const segment = safeDecode(raw).toLowerCase();
      const until = this.created.get(segment);
      if (until === undefined) continue;
      if (until > now) return true;
      this.created.delete(segment);
    }
    return false;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
