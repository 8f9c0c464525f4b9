// Only the latest request to change what the canvas shows may land. Switching views waits on the
// API; when the analyst moves on meanwhile (the full view chosen while partnerships load, a saved
// view opened during an overview), the older request's answer arrives late and must be dropped.

/** Tells a request, once its answer is in, whether it is still the latest. */
export type StillCurrent = () => boolean;

export class LatestRequest {
  private latest = 0;

  /** Starts a request, superseding every earlier one. */
  begin(): StillCurrent {
    this.latest += 1;
    const mine = this.latest;
    return () => mine === this.latest;
  }
}
