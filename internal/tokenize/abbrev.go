package tokenize

// abbreviations are lowercased words that take a final period and do not
// end a sentence when they do.
var abbreviations = map[string]bool{
	"sr": true, "sra": true, "sres": true, "sras": true, "srta": true, "srs": true,
	"d": true, "dña": true, "dn": true, "dr": true, "dra": true, "dres": true,
	"lic": true, "ing": true, "arq": true, "prof": true, "profa": true, "gral": true,
	"cnel": true, "tte": true, "cap": true, "sgto": true, "mons": true, "excmo": true,
	"excma": true, "ilmo": true, "ilma": true, "sto": true, "sta": true, "jr": true,
	"mr": true, "mrs": true, "ms": true, "st": true, "núm": true, "nº": true,
	"pág": true, "págs": true, "etc": true, "vs": true, "av": true, "avda": true,
	"ej": true, "aprox": true, "tel": true, "tlf": true, "admón": true, "dcha": true,
	"izq": true, "depto": true, "dpto": true, "cía": true, "art": true, "arts": true,
	"vol": true, "fig": true, "máx": true, "mín": true, "op": true,
	"a.c": true, "d.c": true, "a.m": true, "p.m": true, "ud": true, "uds": true,
	"vd": true, "vds": true, "pza": true,
}

// sentenceFinalAbbrev are abbreviations that often end a sentence; after
// them a capitalized word starts a new sentence.
var sentenceFinalAbbrev = map[string]bool{"etc.": true}
