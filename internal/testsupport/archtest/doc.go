// Package archtest holds the test that keeps ARCHITECTURE.md true: the
// import rules between the module's packages.
package archtest
