package bytecode

import "encoding/binary"

// PycMagic is importlib.util.MAGIC_NUMBER of CPython 3.13 (3571): the
// first four bytes of its .pyc files.
const PycMagic = "\xf3\r\r\n"

// PycHeader is the 16-byte header of a .pyc file (PEP 552): the magic
// number, a flags word, and then either the source's modification time
// and size (Flags 0) or its SipHash (Flags bit 0, with bit 1 asking the
// importer to check it).
type PycHeader struct {
	Flags      uint32
	MTime      uint32 // when Flags&1 == 0
	SourceSize uint32 // when Flags&1 == 0
	Hash       uint64 // when Flags&1 != 0
}

// ReadPyc splits a .pyc file into its header and module code object. It
// fails on another version's magic number, as the importer does.
func ReadPyc(data []byte) (*PycHeader, *Code, error) {
	if len(data) < 16 {
		return nil, nil, &MarshalError{"EOFError", "marshal data too short"}
	}
	if string(data[:4]) != PycMagic {
		return nil, nil, &MarshalError{"ImportError", "bad magic number"}
	}
	h := &PycHeader{Flags: binary.LittleEndian.Uint32(data[4:])}
	if h.Flags&1 != 0 {
		h.Hash = binary.LittleEndian.Uint64(data[8:])
	} else {
		h.MTime = binary.LittleEndian.Uint32(data[8:])
		h.SourceSize = binary.LittleEndian.Uint32(data[12:])
	}
	v, err := Unmarshal(data[16:])
	if err != nil {
		return nil, nil, err
	}
	c, ok := v.(*Code)
	if !ok {
		return nil, nil, &MarshalError{"ImportError", "bad code object in .pyc"}
	}
	return h, c, nil
}

// WritePyc returns the .pyc file of c with header h, as
// importlib._bootstrap_external writes one.
func WritePyc(h *PycHeader, c *Code) ([]byte, error) {
	body, err := Marshal(c)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 16, 16+len(body))
	copy(out, PycMagic)
	binary.LittleEndian.PutUint32(out[4:], h.Flags)
	if h.Flags&1 != 0 {
		binary.LittleEndian.PutUint64(out[8:], h.Hash)
	} else {
		binary.LittleEndian.PutUint32(out[8:], h.MTime)
		binary.LittleEndian.PutUint32(out[12:], h.SourceSize)
	}
	return append(out, body...), nil
}
