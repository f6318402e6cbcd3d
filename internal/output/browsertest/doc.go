// Package browsertest holds the browser test of the HTML view: its test
// renders pages with package output and checks them in headless Chromium
// through the DOM. It has no code of its own; it exists so that only this
// test pays for starting a browser.
package browsertest
