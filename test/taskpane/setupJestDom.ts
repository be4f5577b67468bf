// Adds jest-dom's matchers (toBeVisible, toHaveTextContent, ...) to every task pane test.
import "@testing-library/jest-dom";
