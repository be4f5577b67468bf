// Adds jest-dom's matchers (toBeVisible, toHaveTextContent, ...) to every task pane test, and what browsers
// have and jsdom lacks: structuredClone (the core copies built-in templates with it), TextEncoder (the .docx writer).
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
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

// Every browser has TextEncoder; jsdom does not, and the .docx renderer and the .xlsx host encode their parts with it.
if (typeof globalThis.TextEncoder !== "function") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// The screens run real operations (.xlsx reads, whole workbook plans) on the in-memory host: on a busy 2-core
// machine they take seconds, so findBy* and waitFor wait up to 10 s instead of Testing Library's 1 s. Waiting
// longer never makes a check pass that would fail: what must appear still has to appear.
configure({ asyncUtilTimeout: 10_000 });
