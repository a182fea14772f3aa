package runtime

import (
	goruntime "runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// A run's memory cap (Config.MaxMemory): past it the program gets
// MemoryError, as CPython's does when malloc fails, instead of eating the
// machine. Two checks share one measure, the bytes of live heap objects:
//   - checkAlloc, before an allocation whose size the program chooses
//     ([0] * n, 'a' * n, bytes(n), list(range(n)), a power's result),
//     refuses it when it would not fit, so one statement cannot take
//     gigabytes before anything looks;
//   - a watchdog goroutine polls the heap while the run lasts and, past the
//     cap, asks the VM to stop as Ctrl-C does (stopRequested): the next
//     loop back-edge, or the next 64K items a Go loop materializes, raises
//     MemoryError. Garbage is collected before either says no.
// Without a cap, checkAlloc still refuses what no machine holds
// (maxAllocBytes), where CPython's malloc would fail.

// memLimit is the running program's cap in bytes (0: none).
var memLimit int64

// maxAllocBytes bounds one allocation without a cap: past 1<<40 bytes
// no allocator of today's machines succeeds, and Go would crash.
const maxAllocBytes = 1 << 40

// memStop is set with interrupted when the watchdog found the heap over
// the cap: the stop raises MemoryError, not KeyboardInterrupt.
var memStop atomic.Bool

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

func heapBytes() int64 {
	metrics.Read(heapSample)
	return int64(heapSample[0].Value.Uint64())
}

// overLimit reports whether the heap plus n more bytes passes the cap,
// collecting garbage before it says yes.
func overLimit(n int64) bool {
	if heapBytes()+n <= memLimit {
		return false
	}
	goruntime.GC()
	return heapBytes()+n > memLimit
}

// checkAlloc is called before allocating n bytes (n may be an estimate,
// or have overflowed to negative: then it is too big).
func checkAlloc(n int64) *Exception {
	if n < 0 || n > maxAllocBytes {
		return newErr(MemoryError, "")
	}
	if memLimit > 0 && n >= 1<<16 && overLimit(n) {
		return newErr(MemoryError, "")
	}
	return nil
}

// checkItems is checkAlloc for count values of size bytes each, with the
// product's overflow caught.
func checkItems(count, size int64) *Exception {
	if count < 0 || (count > 0 && size > maxAllocBytes/count) {
		return newErr(MemoryError, "")
	}
	return checkAlloc(count * size)
}

// startMemWatch polls the heap until the returned stop is called.
func startMemWatch() (stop func()) {
	memStop.Store(false)
	if memLimit <= 0 {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if !memStop.Load() && overLimit(0) {
					memStop.Store(true)
					interrupted.Store(true)
				}
			}
		}
	}()
	return func() { close(done) }
}

// takeStop is the exception a requested stop raises (a Ctrl-C, the
// playground's deadline, or the memory cap), and clears the request.
func takeStop() *Exception {
	interrupted.Store(false)
	if memStop.Swap(false) {
		return newErr(MemoryError, "")
	}
	return newExcArgs(KeyboardInterrupt)
}

// pollStop is for Go loops that run long without a back-edge: nil, or
// the stop's exception.
func pollStop() *Exception {
	if interrupted.Load() {
		return takeStop()
	}
	return nil
}
