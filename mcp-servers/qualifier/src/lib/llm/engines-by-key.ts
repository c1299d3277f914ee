import { createHash } from "node:crypto";
import type { Engine } from "../engines";
import type { LlmSettings } from "./config";
import { createLlmEngine } from "./llm-engine";

// Claude with an organization's own key. The server is long-lived and shared by every
// organization, so the key travels with each call; each key gets its own engine (client, circuit
// breaker and concurrency limit, as the server's own key has), kept by a hash of the key so the
// cache's index never holds it. The least recently used engine goes when the cache is full.

const MAX_ENGINES = 200;

export type EngineForKey = (apiKey: string) => Engine;

export function llmEnginesByKey(settings: LlmSettings, max = MAX_ENGINES): EngineForKey {
  const engines = new Map<string, Engine>();
  return (apiKey) => {
    const id = createHash("sha256").update(apiKey).digest("base64url");
    let engine = engines.get(id);
    if (engine) engines.delete(id);
    else {
      engine = createLlmEngine({ ...settings, apiKey });
      if (engines.size >= max) engines.delete(engines.keys().next().value!);
    }
    engines.set(id, engine);
    return engine;
  };
}
