export type LoggedRequest = {
  method: string;
  /** Path with query string, e.g. `/v1.0/users?$top=5`. */
  path: string;
  status: number;
  durationMs: number;
  time: string;
  clientRequestId: string | null;
  /** Set on requests that ran inside a $batch: the batch's own request-id. */
  batchId?: string;
};

/** In-memory log of served requests for tests (GET/DELETE /_emulator/requests); keeps the newest 10,000. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  constructor(private readonly limit = 10_000) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
