// Package pysort is CPython 3.13's list.sort (Objects/listobject.c,
// Objects/listsort.txt): an adaptive, stable natural merge sort that makes
// the same comparisons, in the same order, as CPython's, so that a
// side-effecting or failing __lt__ sees exactly what it would see there.
//
// The machine: the slice is cut into natural runs (count_run: an ascending
// run, or a descending one whose equal elements keep their order, reversed
// in place), each short run extended to minrun (32..64, so that the number
// of runs is a power of two or just under) by binary insertion. Runs go on
// a stack and are merged by the powersort policy: a run's power is the
// depth of the boundary between it and the next in a binary split of the
// slice, and runs of greater power are merged first. A merge trims what is
// already in place (gallop_right of the second run's head into the first,
// gallop_left of the first run's tail into the second), copies the shorter
// side to a temporary array, and merges from the left (merge_lo) or the
// right (merge_hi), switching to galloping (exponential then binary
// search) once one side wins MIN_GALLOP = 7 times in a row; min_gallop
// adapts across merges.
//
// Comparisons are one callback, less(a, b) = a < b, which may fail: the
// sort then stops at once with the error and the slice holds a permutation
// of its input (what CPython's list holds after the exception). A key
// function is the caller's: it computes the keys (all of them, first, as
// CPython does) and calls SortByKey, which moves keys and items in
// lockstep as CPython's two arrays. reverse=True is the reverse flag: the
// slice reversed before and after, which keeps equal elements in their
// order, as CPython does. The VM keeps CPython's other rule itself: the
// list looks empty while it is sorted, and "list modified during sort"
// (ValueError) if it is not empty afterwards.
//
// The goldens in testdata/ come from scripts/pysort_golden.py (`go test
// -update` runs it under the oracle): the exact sequence of __lt__ calls
// CPython makes for many inputs, and the list an exception leaves.
package pysort
