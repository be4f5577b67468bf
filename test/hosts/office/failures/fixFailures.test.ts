// Failures mid-operation while the add-in runs "fix" in Excel (fake runtime): see describeFailures.ts.

import { describeFailures } from "./describeFailures";
import { fixOperation } from "./failureOperations";

// A fix writes one cell and a log entry: its write is one request, first, middle and last at once.
describeFailures(fixOperation, ["partial", "unchanged"], 1);
