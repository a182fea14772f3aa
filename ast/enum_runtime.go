package ast

import (
	"fmt"
	"sync"
)

// An extension folder loaded at run time (peglab --ext-dir) cannot add Go
// types: new node classes with fields need the generator and a rebuild.
// What it can add is a constructor of a simple sum (a new operator, cmpop,
// unaryop, boolop or expr_context), because those are plain integers:
// AddEnumConstructor gives the new name the next free value of its type,
// and the generated Class methods look values past the compiled-in
// constructors up here, so Dump, String and LookupClass know them.

// simpleSum is what AddEnumConstructor needs to know of a simple sum; the
// generated table simpleSums has one per type.
type simpleSum struct {
	builtin int             // how many constructors are compiled in
	value   func(v int) any // the Go value numbered v (an Operator, a Cmpop, ...)
}

// runtimeEnums holds the constructors added at run time.
var runtimeEnums struct {
	sync.RWMutex
	byType map[string][]*Class // type -> its added classes, in value order
	byName map[string]*Class
}

// AddEnumConstructor adds the constructor name to the simple sum typ
// ("operator", "cmpop", "unaryop", "boolop", "expr_context") at run time,
// on behalf of extension ext, and returns its value: an Operator, Cmpop,
// ... numbered after every constructor the type already has. Adding a
// name the type already has (compiled in, or added before) returns the
// existing value, so loading an extension twice is harmless. A name another
// type uses, a type that is not a simple sum, or a type that has run out of
// values is an error.
func AddEnumConstructor(typ, name, ext string) (any, error) {
	sum, ok := simpleSums[typ]
	if !ok {
		return nil, fmt.Errorf("%s is not a simple sum (one of %s): only their constructors, which have no fields, can be added without generating Go code", typ, simpleSumNames())
	}
	if c := classByName[name]; c != nil {
		if c.Type != typ || !c.Enum {
			return nil, fmt.Errorf("constructor %s already exists in %s", name, c.Type)
		}
		return c.New(), nil
	}
	runtimeEnums.Lock()
	defer runtimeEnums.Unlock()
	if c := runtimeEnums.byName[name]; c != nil {
		if c.Type != typ {
			return nil, fmt.Errorf("constructor %s was already added to %s", name, c.Type)
		}
		return c.New(), nil
	}
	v := sum.builtin + len(runtimeEnums.byType[typ]) + 1
	if v > 255 {
		return nil, fmt.Errorf("%s has no values left for %s", typ, name)
	}
	val := sum.value(v)
	c := &Class{Name: name, Type: typ, Enum: true, Ext: ext, New: func() any { return val }}
	if runtimeEnums.byType == nil {
		runtimeEnums.byType = map[string][]*Class{}
		runtimeEnums.byName = map[string]*Class{}
	}
	runtimeEnums.byType[typ] = append(runtimeEnums.byType[typ], c)
	runtimeEnums.byName[name] = c
	return val, nil
}

// runtimeEnumClass is the class of value v of the simple sum typ when v is
// past the compiled-in constructors, or nil.
func runtimeEnumClass(typ string, v int) *Class {
	runtimeEnums.RLock()
	defer runtimeEnums.RUnlock()
	added := runtimeEnums.byType[typ]
	i := v - simpleSums[typ].builtin - 1
	if i < 0 || i >= len(added) {
		return nil
	}
	return added[i]
}

// runtimeClass finds a class added at run time by name.
func runtimeClass(name string) *Class {
	runtimeEnums.RLock()
	defer runtimeEnums.RUnlock()
	return runtimeEnums.byName[name]
}

func simpleSumNames() string {
	s := ""
	for _, t := range []string{"operator", "cmpop", "unaryop", "boolop", "expr_context"} {
		if _, ok := simpleSums[t]; ok {
			if s != "" {
				s += ", "
			}
			s += t
		}
	}
	return s
}
