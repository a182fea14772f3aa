package runtime

// _typing: TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs/Kwargs,
// TypeAliasType, Generic and NoDefault (CPython's Objects/typevarobject.c)
// in Python. Like the C types they call back into typing.py for
// substitution (_typevar_subst, _paramspec_subst, _generic_class_getitem,
// ...), so typing.py runs unmodified.

const typingSrc = `
import sys as _sys

def _idfunc(_, x):
    return x

def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None

class _NoDefaultType:
    __slots__ = ()
    _inst = None
    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('NoDefaultType takes no arguments')
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
    def __repr__(self):
        return 'typing.NoDefault'
    def __reduce__(self):
        return 'NoDefault'
_NoDefaultType.__name__ = 'NoDefaultType'
_NoDefaultType.__qualname__ = 'NoDefaultType'
_NoDefaultType.__module__ = 'typing'
NoDefault = _NoDefaultType()

def _typing():
    import typing
    return typing

def _type_check(arg, msg):
    return _typing()._type_check(arg, msg)

class _TypeVarLike:
    def __or__(self, right):
        return _typing().Union[self, right]
    def __ror__(self, left):
        return _typing().Union[left, self]
    def __reduce__(self):
        return self.__name__
    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')
    def has_default(self):
        return self.__default__ is not NoDefault
    def __copy__(self):
        return self
    def __deepcopy__(self, memo):
        return self
    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != 'typing':
            raise TypeError(f"type 'typing.{cls.__mro__[1].__name__}' is not an acceptable base type")

def _variance_repr(self):
    if self.__infer_variance__:
        return self.__name__
    if self.__covariant__:
        return '+' + self.__name__
    if self.__contravariant__:
        return '-' + self.__name__
    return '~' + self.__name__

class TypeVar(_TypeVarLike):
    __module__ = 'typing'
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if not isinstance(name, str):
            raise TypeError(f"TypeVar() argument 'name' must be str, not {type(name).__name__}")
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if bound is not None:
            bound = _type_check(bound, 'Bound must be a type.')
        constraints = tuple(_type_check(c, 'TypeVar(name, constraint, ...): constraints must be types.') for c in constraints)
        self.__name__ = name
        self.__bound__ = bound
        self.__constraints__ = constraints
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default if default is NoDefault or default is None else default
        if default is None:
            self.__default__ = type(None)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod
    def __repr__(self):
        return _variance_repr(self)
    def __typing_subst__(self, arg):
        return _typing()._typevar_subst(self, arg)
    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i < len(args):
            return args
        if i == len(args) and self.has_default():
            return (*args, self.__default__)
        raise TypeError(f'Too few arguments for {alias}; actual {len(args)}, expected at least {i + 1}')

class ParamSpecArgs:
    __module__ = 'typing'
    def __init__(self, origin):
        self.__origin__ = origin
    def __repr__(self):
        return f'{self.__origin__.__name__}.args'
    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__
    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))
    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of ParamSpecArgs')

class ParamSpecKwargs:
    __module__ = 'typing'
    def __init__(self, origin):
        self.__origin__ = origin
    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'
    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__
    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))
    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of ParamSpecKwargs')

class ParamSpec(_TypeVarLike):
    __module__ = 'typing'
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        if bound is not None:
            bound = _type_check(bound, 'Bound must be a type.')
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod
    @property
    def args(self):
        return ParamSpecArgs(self)
    @property
    def kwargs(self):
        return ParamSpecKwargs(self)
    def __repr__(self):
        return _variance_repr(self)
    def __typing_subst__(self, arg):
        return _typing()._paramspec_subst(self, arg)
    def __typing_prepare_subst__(self, alias, args):
        return _typing()._paramspec_prepare_subst(self, alias, args)

class TypeVarTuple(_TypeVarLike):
    __module__ = 'typing'
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod
    def __repr__(self):
        return self.__name__
    def __iter__(self):
        yield _typing().Unpack[self]
    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')
    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevartuple_prepare_subst(self, alias, args)

class TypeAliasType:
    __module__ = 'typing'
    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError('TypeAliasType.__init__() argument \'name\' must be str, not ' + type(name).__name__)
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = self.__type_params__
        mod = _caller_module()
        self.__module__ = mod
    def __repr__(self):
        return self.__name__
    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        import types
        return types.GenericAlias(self, parameters)
    def __or__(self, right):
        return _typing().Union[self, right]
    def __ror__(self, left):
        return _typing().Union[left, self]
    def __reduce__(self):
        return self.__name__
    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeAliasType')

class Generic:
    """Abstract base class for generic types."""
    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = False
    def __class_getitem__(cls, params):
        return _typing()._generic_class_getitem(cls, params)
    def __init_subclass__(cls, *args, **kwargs):
        return _typing()._generic_init_subclass(cls, *args, **kwargs)

del _TypeVarLike.__init_subclass__

def _subscript_generic(params):
    return Generic[params]

def _typevar_lazy(name, bound_fn, constraints_fn):
    tv = TypeVar(name, infer_variance=True)
    if bound_fn is not None:
        tv.__bound__ = bound_fn()
    if constraints_fn is not None:
        tv.__constraints__ = tuple(constraints_fn())
    return tv

def _set_default(tp, fn):
    tp.__default__ = fn()
    return tp

class _LazyValue:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = obj.__dict__['_value_fn']()
        obj.__dict__['__value__'] = v
        return v

def _lazy_alias(name, type_params, compute_value):
    a = object.__new__(TypeAliasType)
    a.__name__ = name
    a.__type_params__ = tuple(type_params) if type_params is not None else ()
    a.__parameters__ = a.__type_params__
    a.__module__ = compute_value.__module__
    a.__dict__['_value_fn'] = compute_value
    return a

TypeAliasType.__value__ = _LazyValue(None)
`

func init() { pyModules["_typing"] = typingSrc }

func typingAttr(name string) (Value, *Exception) {
	m, err := importLevel("_typing", NewDict(), None, 0)
	if err != nil {
		return Null, err
	}
	return GetAttr(m, intern(name))
}

func callTyping(name string, args []Value, kwnames ...string) (Value, *Exception) {
	f, err := typingAttr(name)
	if err != nil {
		return Null, err
	}
	var kw *Tuple
	if len(kwnames) > 0 {
		ks := make([]Value, len(kwnames))
		for i, k := range kwnames {
			ks[i] = NewStr(k)
		}
		kw = newTuple(ks)
	}
	return Call(f, args, kw)
}

// typingIntrinsic1 is CALL_INTRINSIC_1 of PEP 695's type parameters and
// aliases (Python/intrinsics.c).
func typingIntrinsic1(op int, v Value) (Value, *Exception) {
	switch op {
	case 7: // TYPEVAR
		return callTyping("TypeVar", []Value{v, True}, "infer_variance")
	case 8: // PARAMSPEC
		return callTyping("ParamSpec", []Value{v, True}, "infer_variance")
	case 9: // TYPEVARTUPLE
		return callTyping("TypeVarTuple", []Value{v})
	case 10: // SUBSCRIPT_GENERIC
		return callTyping("_subscript_generic", []Value{v})
	case 11: // TYPEALIAS: (name, type_params, compute_value)
		return callTyping("_lazy_alias", v.tuple().items)
	}
	return Null, newErr(SystemError, "intrinsic %d is not supported", op)
}

func typingIntrinsic2(op int, a, b Value) (Value, *Exception) {
	switch op {
	case 2: // TYPEVAR_WITH_BOUND
		return callTyping("_typevar_lazy", []Value{a, b, None})
	case 3: // TYPEVAR_WITH_CONSTRAINTS
		return callTyping("_typevar_lazy", []Value{a, None, b})
	case 4: // SET_FUNCTION_TYPE_PARAMS
		if err := SetAttr(a, intern("__type_params__"), b); err != nil {
			return Null, err
		}
		return a, nil
	case 5: // SET_TYPEPARAM_DEFAULT
		return callTyping("_set_default", []Value{a, b})
	}
	return Null, newErr(SystemError, "intrinsic2 %d is not supported", op)
}
