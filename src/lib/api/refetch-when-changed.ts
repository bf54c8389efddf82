import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * Reads that depend on another read's answer: when `value` changes from one answer to a different one
 * (not when it first arrives), `refetch` runs at once. Each read polls on its own timer, so without
 * this a read derived from the one that changed could show the old state until its own next poll,
 * up to a minute once nothing is pending: a Disabled subscription beside resources still Running.
 */
export function useRefetchWhenChanged(value: unknown, refetch: () => void): void {
  const seen = useRef(value);
  const onChange = useEffectEvent(refetch);
  useEffect(() => {
    const before = seen.current;
    seen.current = value;
    if (before === undefined || Object.is(before, value)) return;
    onChange();
  }, [value]);
}
