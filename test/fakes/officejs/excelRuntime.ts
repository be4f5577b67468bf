// Microsoft's Excel JavaScript runtime (excel-web-16.00.js of the installed @microsoft/office-js, never the network)
// in a Node vm context of its own, with the one door Office.js uses to reach Excel in an add-in,
// OSF.DDA.RichApi.executeRichApiRequestAsync, handed to a transport of ours.

import { readFileSync } from "node:fs";
import vm from "node:vm";

/** The minified build is what Excel loads; excel-web-16.00.debug.js beside it is the one to read. */
const RUNTIME_FILE = "@microsoft/office-js/dist/excel-web-16.00.js";

/** The Office.js transport's answer: a response body (RichApi JSON) or a host error code (OSF's ooe… codes). */
export type TransportAnswer = { body: string } | { errorCode: number; message: string };

/**
 * Receives the request body exactly as the client serialised it (JSON.stringify of the RichApi message) and the
 * context's custom data: "WacPartition" for the few calls Excel on the web routes to its own root object
 * (Excel.createWorkbook), else empty.
 */
export type Transport = (body: string, customData: string) => TransportAnswer;

export interface ExcelRuntime {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

/**
 * Compiled once per process: jest gives each test file fresh modules, but Node's built-in modules are shared within
 * a worker, so the compiled script is kept on the vm module object under a registered symbol.
 */
const CACHE = Symbol.for("thidua.officejs.excelRuntimeScript");

function compiledRuntime(): vm.Script {
  const holder = vm as unknown as Record<symbol, vm.Script | undefined>;
  let script = holder[CACHE];
  if (!script) {
    const file = require.resolve(RUNTIME_FILE);
    script = new vm.Script(readFileSync(file, "utf8"), { filename: file });
    holder[CACHE] = script;
  }
  return script;
}

/** The browser globals the runtime touches while loading and during Excel.run (no DOM is used). */
function browserShell(): Record<string, unknown> {
  const shell: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "Node.js (thidua Office.js harness)" },
    document: {
      readyState: "complete",
      getElementsByTagName: () => [],
      createElement: () => ({}),
      addEventListener: () => undefined,
    },
    location: { href: "https://localhost/", search: "", hash: "" },
  };
  // What office.js's loader leaves for the host script: it tells Excel on the web apart (hostPlatform "web"), where
  // the client switches on preview execution (excel-web-16.00.debug.js, just before _EndExcel).
  shell.OSF = {
    _OfficeAppFactory: {
      getHostInfo: () => ({
        hostType: "excel",
        hostPlatform: "web",
        hostSpecificFileVersion: "16.00",
        isDialog: false,
      }),
    },
  };
  shell.window = shell;
  shell.self = shell;
  return shell;
}

/**
 * A fresh runtime whose requests go to `transport`. `office` replaces the runtime's own Office namespace, whose
 * requirement-set checks (Office.context.requirements) the Excel client consults before sending a newer member.
 */
export function loadExcelRuntime(transport: Transport, office: object): ExcelRuntime {
  const shell = browserShell();
  vm.createContext(shell);
  compiledRuntime().runInContext(shell);
  const osf = shell.OSF as { DDA: { RichApi: Record<string, unknown> } };
  osf.DDA.RichApi.executeRichApiRequestAsync = (
    message: unknown[],
    callback: (result: { status: string; value?: unknown; error?: unknown }) => void,
  ) => {
    // The message is OSF's "safe array": [customData, method, path, headers, body, …] (buildRequestMessageSafeArray).
    const answer = transport(String(message[4]), typeof message[0] === "string" ? message[0] : "");
    // Excel answers asynchronously; requests are executed in the order they arrive.
    queueMicrotask(() => {
      if ("body" in answer) callback({ status: "succeeded", value: { data: [200, [], answer.body] } });
      else callback({ status: "failed", error: { code: answer.errorCode, message: answer.message } });
    });
  };
  shell.Office = office;
  return { Excel: shell.Excel as typeof Excel, OfficeExtension: shell.OfficeExtension as typeof OfficeExtension };
}
