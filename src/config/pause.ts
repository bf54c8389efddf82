/**
 * Ends the current task and resumes in a new one, so the page can paint and handle input between
 * two pieces of work. A message task, not a timer: nested timers are clamped to 4 ms each. In
 * config/ because every layer uses it: the mock slices its long answers with it, the entry its start,
 * and deferred code the render that follows its arrival.
 */
export function pause(): Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
