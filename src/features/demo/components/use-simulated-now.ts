import { useEffect, useState } from 'react';

/** The mock's clock as the page sees it: the browser's time plus the demo offset, ticking. */
export function useSimulatedNow(offsetMs: number, everyMs = 15_000): number {
  const [systemNow, setSystemNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setSystemNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return systemNow + offsetMs;
}
