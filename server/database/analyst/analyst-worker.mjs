// Entry of an analyst-query worker thread. Plain JavaScript because a worker starts without the
// TypeScript loader of its parent (under the tests it has none): it loads the TypeScript task through
// tsx's scoped loader, which affects this thread's imports only.
import { tsImport } from 'tsx/esm/api';

const task = await tsImport('./analyst-worker-task.ts', import.meta.url);

export default task.runAnalystTask;
