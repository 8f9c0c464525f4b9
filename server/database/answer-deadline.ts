// Client-side deadlines for database calls. The driver's connection and acquisition timeouts do
// not cover a query already sent on a live socket: a stopped (SIGSTOP) or stalled database keeps
// it waiting for the whole freeze. So every call is watched here:
// - after `checkAfterMs` without an answer, a cheap probe asks whether the database still answers
//   at all (one probe at a time, shared by every waiting call; see bolt-probe.ts);
//   when it gets no answer within `probeTimeoutMs`, every waiting call fails with 503 at once;
// - a call still waiting at its hard deadline fails with the error its caller chose.
// A call given up on keeps its session until the database answers it or the socket dies: the
// abort signal tells its work to stop reading, and its `finally` closes the session then.
import { type AppError, databaseUnavailable } from '../shared/errors.ts';

export interface AnswerDeadlineOptions {
  /** Does the database answer? Resolves when it does. */
  probe: () => Promise<void>;
  checkAfterMs: number;
  probeTimeoutMs: number;
}

export interface DeadlineCall<T> {
  work: (signal: AbortSignal) => Promise<T>;
  hardDeadlineMs: number;
  /** The error when the hard deadline passes while the database still answers probes. */
  onDeadline: () => AppError;
}

export interface AnswerDeadline {
  run<T>(call: DeadlineCall<T>): Promise<T>;
}

export function createAnswerDeadline(options: AnswerDeadlineOptions): AnswerDeadline {
  let probing: Promise<boolean> | undefined;

  /** True when the database answered the probe in time; concurrent callers share one probe. */
  const databaseAnswers = (): Promise<boolean> => {
    probing ??= withTimeout(options.probe(), options.probeTimeoutMs)
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        probing = undefined;
      });
    return probing;
  };

  return {
    run<T>(call: DeadlineCall<T>): Promise<T> {
      const abort = new AbortController();
      return new Promise<T>((resolve, reject) => {
        let settled = false;
        let checkTimer: NodeJS.Timeout | undefined;
        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(checkTimer);
          clearTimeout(hardTimer);
          outcome();
        };
        const giveUp = (error: AppError) =>
          settle(() => {
            abort.abort(error);
            reject(error);
          });
        const hardTimer = setTimeout(() => giveUp(call.onDeadline()), call.hardDeadlineMs);
        const scheduleCheck = () => {
          checkTimer = setTimeout(async () => {
            const answers = await databaseAnswers();
            if (settled) return;
            if (answers) scheduleCheck();
            else
              giveUp(
                databaseUnavailable(
                  `it stopped answering (a Bolt handshake got no answer within ${options.probeTimeoutMs} ms)`,
                ),
              );
          }, options.checkAfterMs);
        };
        scheduleCheck();
        call.work(abort.signal).then(
          (value) => settle(() => resolve(value)),
          (error: unknown) => settle(() => reject(error)),
        );
      });
    },
  };
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  // A late answer or failure of the probe is not an unhandled rejection.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
