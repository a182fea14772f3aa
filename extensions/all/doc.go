// Package all links every extension into a binary: importing it for its
// side effects registers them all. The import list is generated from the
// folders under extensions/ (internal/build/generate, step "extensions").
package all
