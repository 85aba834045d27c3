// Next's server modules look for AsyncLocalStorage on globalThis when they load (a Next server puts
// it there at start-up). Import this before anything from next/dist in unit tests.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
