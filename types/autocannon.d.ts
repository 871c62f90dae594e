// The part of autocannon's API that scripts/bench-read.ts uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Histogram = { average: number; p50: number; p99: number; total: number };
    type Result = {
      requests: Histogram;
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      overallRate?: number;
      requests?: { setupRequest?: (request: { headers?: Record<string, string> }) => unknown }[];
    };
  }
  function autocannon(
    options: autocannon.Options,
    done: (error: Error | null, result: autocannon.Result) => void,
  ): unknown;
  export default autocannon;
}
