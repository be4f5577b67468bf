// Cuts ordered steps into requests by the bytes Office.js will really send for them (requestMeter.ts), keeping their
// order (later steps may rely on earlier ones: a sheet is added before it is written, protected after). A step that
// alone exceeds the limit goes in a request of its own.

import type { ApplyStep } from "./applyStep";
import { RequestMeter } from "./requestMeter";

export interface Chunk {
  steps: ApplyStep[];
  /** The request body's size in UTF-8 bytes, as the client will serialise it. */
  bytes: number;
}

/** What every request starts with, and what the last one ends with, queued on the same context as the steps. */
export interface RequestFrame {
  prologue(context: Excel.RequestContext): void;
  epilogue(context: Excel.RequestContext): void;
}

/** The chunks are meant to be sent in order from one fresh Excel.run, each framed by `frame`. */
/** The bytes the epilogue adds to a request, with room for its ids growing a digit. */
function epilogueBytes(frame: RequestFrame): number {
  const meter = new RequestMeter();
  frame.prologue(meter.context);
  const before = meter.bytes;
  frame.epilogue(meter.context);
  return meter.bytes - before + 16;
}

export function chunkSteps(steps: readonly ApplyStep[], limit: number, frame: RequestFrame): Chunk[] {
  const meter = new RequestMeter();
  const chunks: Chunk[] = [];
  const reserve = epilogueBytes(frame);
  let current: ApplyStep[] = [];
  /** Runs `queue` in the current request, or in a new one when it would not fit (unless it goes alone anyway). */
  const fit = (queue: () => void, alone: boolean) => {
    meter.begin();
    queue();
    // Every request keeps room for the epilogue: only the last one gets it, and which is last is known at the end.
    if (!alone && meter.bytes + reserve > limit) {
      meter.rollback();
      chunks.push({ steps: current, bytes: meter.send() });
      current = [];
      frame.prologue(meter.context);
      queue();
    } else {
      meter.commit();
    }
  };
  frame.prologue(meter.context);
  for (const step of steps) {
    fit(() => step.run(meter.env), current.length === 0);
    current.push(step);
  }
  if (current.length === 0) return [];
  frame.epilogue(meter.context);
  chunks.push({ steps: current, bytes: meter.send() });
  return chunks;
}
