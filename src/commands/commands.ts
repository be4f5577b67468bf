// Ribbon function file. The ribbon's only button opens the task pane (ShowTaskpane), so no function commands
// are registered yet; the manifest's FunctionFile still needs a page that initialises Office.js.

if (typeof Office !== "undefined") {
  void Office.onReady();
}
