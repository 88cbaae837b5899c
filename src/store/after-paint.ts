/**
 * Runs `run` after the next frame is painted: a task queued from the frame's animation callback
 * (where there are no frames, as in jsdom, on the next task). Returns a function that cancels it.
 * Work that the user does not see at once (views that follow a gesture, the URL) waits for this, so
 * the frame that answers the gesture is painted first.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
