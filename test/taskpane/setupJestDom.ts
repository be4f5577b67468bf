// Adds jest-dom's matchers (toBeVisible, toHaveTextContent, ...) to every task pane test, and the structuredClone
// that browsers have and jsdom lacks (the core copies built-in templates with it).
import "@testing-library/jest-dom";
import { deserialize, serialize } from "node:v8";

if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

// Fluent's MessageBar watches its own width; jsdom lays nothing out, so an observer that never reports is faithful.
if (typeof globalThis.ResizeObserver !== "function") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
