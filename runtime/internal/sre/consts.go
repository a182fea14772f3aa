package sre

// The engine's constants, as Lib/re/_constants.py and Modules/_sre/sre.h of
// CPython 3.13 define them. The compiler that emits the code lists is the
// stdlib's own re._compiler, so these numbers are the interface.
const (
	Magic     = 20230612
	CodeSize  = 4
	MaxRepeat = 0xFFFFFFFF
	MaxGroups = 0x3FFFFFFF // INT32_MAX/2 on a 64-bit build
)

// Opcodes (OPCODES in _constants.py, in order).
const (
	opFAILURE = iota
	opSUCCESS
	opANY
	opANY_ALL
	opASSERT
	opASSERT_NOT
	opAT
	opBRANCH
	opCATEGORY
	opCHARSET
	opBIGCHARSET
	opGROUPREF
	opGROUPREF_EXISTS
	opIN
	opINFO
	opJUMP
	opLITERAL
	opMARK
	opMAX_UNTIL
	opMIN_UNTIL
	opNOT_LITERAL
	opNEGATE
	opRANGE
	opREPEAT
	opREPEAT_ONE
	opSUBPATTERN
	opMIN_REPEAT_ONE
	opATOMIC_GROUP
	opPOSSESSIVE_REPEAT
	opPOSSESSIVE_REPEAT_ONE
	opGROUPREF_IGNORE
	opIN_IGNORE
	opLITERAL_IGNORE
	opNOT_LITERAL_IGNORE
	opGROUPREF_LOC_IGNORE
	opIN_LOC_IGNORE
	opLITERAL_LOC_IGNORE
	opNOT_LITERAL_LOC_IGNORE
	opGROUPREF_UNI_IGNORE
	opIN_UNI_IGNORE
	opLITERAL_UNI_IGNORE
	opNOT_LITERAL_UNI_IGNORE
	opRANGE_UNI_IGNORE
	numOpcodes
)

// AT codes (ATCODES).
const (
	atBEGINNING = iota
	atBEGINNING_LINE
	atBEGINNING_STRING
	atBOUNDARY
	atNON_BOUNDARY
	atEND
	atEND_LINE
	atEND_STRING
	atLOC_BOUNDARY
	atLOC_NON_BOUNDARY
	atUNI_BOUNDARY
	atUNI_NON_BOUNDARY
)

// Category codes (CHCODES).
const (
	catDIGIT = iota
	catNOT_DIGIT
	catSPACE
	catNOT_SPACE
	catWORD
	catNOT_WORD
	catLINEBREAK
	catNOT_LINEBREAK
	catLOC_WORD
	catLOC_NOT_WORD
	catUNI_DIGIT
	catUNI_NOT_DIGIT
	catUNI_SPACE
	catUNI_NOT_SPACE
	catUNI_WORD
	catUNI_NOT_WORD
	catUNI_LINEBREAK
	catUNI_NOT_LINEBREAK
)

// INFO flags.
const (
	infoPREFIX  = 1
	infoLITERAL = 2
	infoCHARSET = 4
)
