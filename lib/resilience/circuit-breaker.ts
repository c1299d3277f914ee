import {
  circuitBreaker,
  ConsecutiveBreaker,
  handleAll,
  isBrokenCircuitError,
  type CircuitBreakerPolicy,
} from "cockatiel";

// After `threshold` consecutive failed calls the circuit opens: calls are refused at once (leads go
// to the rules engine, pipeline steps fail fast) until `cooldownMs` has passed. Then one trial call
// is let through (calls meanwhile wait for it), and its outcome closes the circuit or opens it
// again. Saves every lead of a big batch from waiting out timeouts and retries against a service
// that is down. cockatiel's breaker, as the enricher's provider guards use.

export type Breaker = CircuitBreakerPolicy;

export function consecutiveBreaker(threshold: number, cooldownMs: number): Breaker {
  return circuitBreaker(handleAll, {
    halfOpenAfter: cooldownMs,
    breaker: new ConsecutiveBreaker(threshold),
  });
}

/** Whether `err` is the breaker refusing a call: the circuit is open. */
export const isOpenCircuit = isBrokenCircuitError;
