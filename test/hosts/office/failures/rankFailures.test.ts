// Failures mid-operation while the add-in runs "rank" in Excel (fake runtime): see describeFailures.ts.

import { describeFailures } from "./describeFailures";
import { rankOperation } from "./failureOperations";

describeFailures(rankOperation, ["partial", "unchanged"]);
