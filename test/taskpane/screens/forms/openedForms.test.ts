// The memory of opened forms: by form id, surviving a reopened pane, and harmless where storage is refused or holds
// something it did not write.
import { openedBefore, rememberOpened, type OpenedStore } from "../../../../src/taskpane/screens/forms/openedForms";

function memoryStore(initial: string | null = null): OpenedStore & { text: string | null } {
  const store = {
    text: initial,
    getItem: () => store.text,
    setItem: (_key: string, value: string) => {
      store.text = value;
    },
  };
  return store;
}

describe("opened forms memory", () => {
  it("knows the forms opened before among the ones made now, once each", () => {
    const store = memoryStore();
    rememberOpened(store, "F-A1");
    rememberOpened(store, "F-B1");
    rememberOpened(store, "F-A1");
    expect([...openedBefore(store, ["F-A1", "F-A2", "F-B1"])].sort()).toEqual(["F-A1", "F-B1"]);
    expect(JSON.parse(store.text!)).toEqual(["F-B1", "F-A1"]);
  });

  it("reads storage it did not write as nothing opened, and a refused storage loses only the memory", () => {
    expect(openedBefore(memoryStore("{not json"), ["F-A1"]).size).toBe(0);
    expect(openedBefore(memoryStore('{"F-A1":true}'), ["F-A1"]).size).toBe(0);
    const full: OpenedStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => rememberOpened(full, "F-A1")).not.toThrow();
    expect(() => rememberOpened(null, "F-A1")).not.toThrow();
    expect(openedBefore(null, ["F-A1"]).size).toBe(0);
  });
});
