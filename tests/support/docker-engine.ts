// A Docker CLI without an engine is not Docker: ask the engine itself, and quickly.
export async function dockerEngineAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 5_000)),
    ]);
    return true;
  } catch {
    return false;
  }
}
