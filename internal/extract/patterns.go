package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/scheme"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// patterns applies the rules for kinds of names that neither the model nor
// the gazetteer knows: titles of works after a cue word, named storms,
// products and programmes with a number, events with an ordinal or a year,
// quoted aliases and nicknames inside names. Each rule proposes spans that
// replace the spans they overlap. Before that, spans that glue two names
// together (an outlet's credit and a person, a venue and a club) are split.
//
// The spans it returns may be in w's buffers, until the next sentence.
func (x *Extractor) patterns(st []tokenize.Token, spans []span, matches []gazetteer.Match, w *work) []span {
	spans = x.splitGlued(st, spans, matches)
	x.headRetype(st, spans)
	x.retypeByForm(st, spans)
	tr := x.triggersOf(st)
	if tr&trPlace != 0 {
		x.placesAfterNouns(st, spans)
	}
	spans = x.mergeHeadOfPlace(st, spans)
	spans = x.mergePlaceTeam(st, spans)
	forced := w.forced[:0]
	defer func() { w.forced = forced[:0] }()
	if tr&trQuote != 0 {
		forced = x.nicknames(st, spans, forced)
		forced = quotedAliases(st, spans, forced)
	}
	if tr&(trQuote|trWork) != 0 {
		forced = x.workTitles(st, forced)
	}
	if tr&trStorm != 0 {
		forced = storms(st, forced)
	}
	if tr&trNumber != 0 {
		forced = x.datelines(st, spans, forced)
		forced = x.numbered(st, spans, forced)
	}
	if tr&trParen != 0 {
		forced = x.expansions(st, spans, forced)
	}
	if tr&trProduct != 0 {
		forced = x.products(st, spans, forced)
	}
	if tr&(trOrg|trDemonym) != 0 {
		forced = x.orgsAfterNouns(st, forced)
	}
	if tr&trAct != 0 {
		forced = acts(st, forced)
	}
	if len(forced) == 0 {
		return spans
	}
	w.kept, w.ovl = overlay(spans, forced, w.kept[:0], w.ovl[:0])
	return w.ovl
}

// Triggers: what a sentence holds that some pattern rule needs; a rule
// whose trigger is absent is not run.
const (
	trQuote   = 1 << iota // a quotation mark
	trWork                // a work's cue word
	trStorm               // a storm's noun
	trNumber              // a number or a Roman numeral
	trParen               // an opening parenthesis
	trProduct             // a product noun
	trPlace               // a place noun
	trOrg                 // an organization noun
	trAct                 // "Act"
	trDemonym             // a demonym (a company by its country: "la alemana OHB")
)

// cueTriggers maps cue words to their triggers: one lookup per token.
var cueTriggers = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, set := range []struct {
		words map[string]bool
		bit   uint16
	}{{workCues, trWork}, {stormCues, trStorm}, {productNouns, trProduct}, {placeNouns, trPlace}, {orgNouns, trOrg}} {
		for w := range set.words {
			m[w] |= set.bit
		}
	}
	return m
}()

// cueShapes[n][b] is set when some cue word has n bytes and starts with
// byte b: most words are no cue, and this spares them the map lookup.
var cueShapes = func() (sh [32][256]bool) {
	for w := range cueTriggers {
		if len(w) < len(sh) {
			sh[len(w)][w[0]] = true
		}
	}
	return sh
}()

// triggersOf returns the triggers a sentence holds.
func (x *Extractor) triggersOf(st []tokenize.Token) uint16 {
	var tr uint16
	for i, t := range st {
		switch t.Kind {
		case tokenize.Punct:
			switch t.Text {
			case "«", "“", "\"", "'", "‘":
				tr |= trQuote
			case "(":
				tr |= trParen
			}
		case tokenize.Number:
			tr |= trNumber
		case tokenize.Word:
			if t.Key == "" {
				continue
			}
			if c := t.Key[0]; c >= 'a' && c <= 'z' || c >= 0x80 {
				if len(t.Key) < len(cueShapes) && cueShapes[len(t.Key)][c] {
					tr |= cueTriggers[t.Key]
				}
				if t.Key[len(t.Key)-1] == 'a' && i > 0 && st[i-1].Key == "la" && tr&trDemonym == 0 && x.isDemonym(t.Key) {
					tr |= trDemonym
				}
			} else if isRoman(t) {
				tr |= trNumber
			} else if t.Key == "Act" {
				tr |= trAct
			}
		}
	}
	return tr
}

// overlay puts the forced spans in place of the spans they overlap; of
// overlapping forced spans the first proposed wins. It appends the forced
// spans kept to keep and the result to out, and returns both.
func overlay(spans, forced, keep, out []span) ([]span, []span) {
	for _, f := range forced {
		if !slices.ContainsFunc(keep, func(k span) bool { return overlaps(k, f) }) {
			keep = append(keep, f)
		}
	}
	for _, sp := range spans {
		if !slices.ContainsFunc(keep, func(k span) bool { return overlaps(k, sp) }) {
			out = append(out, sp)
		}
	}
	out = append(out, keep...)
	sortSpans(out)
	return keep, out
}

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

func ruleSpan(a, b int, t entity.Type) span {
	return span{start: a, end: b, typ: t, src: entity.FromRule}
}

// lowerKey is a token's key in lower case.
func lowerKey(t tokenize.Token) string { return strings.ToLower(t.Key) }

// closingQuote maps an opening quotation mark to the mark that closes it.
var closingQuote = map[string]string{"«": "»", "“": "”", "\"": "\"", "'": "'", "‘": "’"}

// quoted returns the index of the mark closing the quote opened at i, if it
// closes within max tokens and the quote holds at least one token.
func quoted(st []tokenize.Token, i, max int) (int, bool) {
	if st[i].Kind != tokenize.Punct {
		return 0, false
	}
	want, ok := closingQuote[st[i].Text]
	if !ok {
		return 0, false
	}
	for c := i + 2; c < len(st) && c <= i+max+1; c++ {
		if st[c].Text == want {
			return c, true
		}
		if st[c].Kind == tokenize.Punct && (st[c].Text == "." || st[c].Text == closingQuote[st[c].Text]) {
			return 0, false
		}
	}
	return 0, false
}

// capRunFrom returns the end of the capitalized run starting at i
// (capitalized words, joined by connectors before a capitalized word).
func capRunFrom(st []tokenize.Token, i int) int {
	j := i
	for j < len(st) {
		if isCap(st[j]) {
			j++
			continue
		}
		k := j
		for k < len(st) && connectors[lowerKey(st[k])] && k-j < 3 {
			k++
		}
		if k > j && k < len(st) && isCap(st[k]) && j > i {
			j = k
			continue
		}
		break
	}
	return j
}

// capRunBack returns the start of the capitalized run ending at end
// (exclusive).
func capRunBack(st []tokenize.Token, end int) int {
	a := end
	for a > 0 {
		if isCap(st[a-1]) || isCamel(st[a-1]) {
			a--
			continue
		}
		if a-2 >= 0 && a < end && connectors[lowerKey(st[a-1])] && isCap(st[a-2]) {
			a--
			continue
		}
		break
	}
	return a
}

// isCamel reports whether a word starts with a lower-case letter and has
// an upper-case one: iPhone, eBay.
func isCamel(t tokenize.Token) bool {
	if t.Kind != tokenize.Word {
		return false
	}
	r, n := utf8.DecodeRuneInString(t.Key)
	if !unicode.IsLower(r) {
		return false
	}
	for _, r := range t.Key[n:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// personAt reports whether the capitalized run [a, b) names a person: a
// given name first, a PER span over it, or a gazetteer person.
func (x *Extractor) personAt(st []tokenize.Token, spans []span, a, b int) bool {
	if x.g.Lists().Given.Has(st[a].Key) {
		return true
	}
	for _, sp := range spans {
		if sp.typ == entity.PER && sp.start < b && a < sp.end {
			return true
		}
	}
	return false
}

// nicknames joins a name with a quoted nickname inside it into one person:
// Luiz Inácio «Lula» da Silva, Joaquín 'El Chapo' Guzmán.
func (x *Extractor) nicknames(st []tokenize.Token, spans []span, out []span) []span {
	for i := 1; i < len(st)-2; i++ {
		if !isCap(st[i-1]) {
			continue
		}
		c, ok := quoted(st, i, 3)
		if !ok || !allCap(st[i+1:c]) {
			continue
		}
		r := c + 1
		for r < len(st) && connectors[st[r].Key] && r-c <= 2 {
			r++
		}
		if r >= len(st) || !isCap(st[r]) {
			continue
		}
		a := capRunBack(st, i)
		if i-a > 3 || isAcronym(st[i-1]) || !x.personAt(st, spans, i-1, i) {
			continue
		}
		out = append(out, ruleSpan(a, capRunFrom(st, r), entity.PER))
		i = c
	}
	return out
}

func allCap(st []tokenize.Token) bool {
	for _, t := range st {
		if !isCap(t) {
			return false
		}
	}
	return len(st) > 0
}

// aliasCues are words after which a quoted name is a person's alias.
var aliasCues = map[string]bool{
	"alias": true, "apodado": true, "apodada": true, "apodan": true, "apodaban": true,
	"llamado": true, "llamada": true, "llaman": true, "llamaban": true, "como": true,
	"bautizado": true, "bautizada": true, "apodo": true, "sobrenombre": true,
}

// quotedAliases keeps the article of a quoted alias: 'El Gato', «La Pulga».
// The alias is a person after a cue ("alias", "conocido como"); otherwise
// it takes the type of the span found inside the quotes, if any.
func quotedAliases(st []tokenize.Token, spans []span, out []span) []span {
	for i := 0; i < len(st)-3; i++ {
		switch st[i+1].Key {
		case "El", "La", "Los", "Las":
		default:
			continue
		}
		c, ok := quoted(st, i, 4)
		if !ok || c < i+3 || !allCap(st[i+2:c]) {
			continue
		}
		typ := entity.Type("")
		if i > 0 && aliasCues[lowerKey(st[i-1])] {
			typ = entity.PER
		} else {
			for _, sp := range spans {
				if sp.start >= i+1 && sp.end <= c {
					typ = entity.MISC // a title: «La Cenicienta»
					if sp.typ == entity.PER || sp.src == entity.FromGazetteer {
						typ = sp.typ
					}
				}
			}
		}
		if typ != "" {
			out = append(out, ruleSpan(i+1, c, typ))
		}
		i = c
	}
	return out
}

// workCues are nouns after which a name is the title of a work.
var workCues = map[string]bool{
	"novela": true, "libro": true, "película": true, "serie": true, "disco": true, "álbum": true,
	"canción": true, "gira": true, "residencia": true, "titulado": true, "titulada": true,
	"documental": true, "obra": true, "poemario": true, "filme": true, "cortometraje": true,
	"largometraje": true, "videojuego": true, "ópera": true, "musical": true, "sencillo": true,
	"single": true, "ensayo": true, "programa": true, "exposición": true, "muestra": true,
	"novelas": true, "libros": true, "películas": true, "discos": true, "canciones": true,
}

// workAdjectives may stand between a cue and the title ("su nuevo disco").
var workAdjectives = map[string]bool{
	"nuevo": true, "nueva": true, "último": true, "última": true, "primer": true, "primera": true,
	"segundo": true, "segunda": true, "tercer": true, "tercera": true, "próximo": true, "próxima": true,
	"reciente": true, "célebre": true, "famoso": true, "famosa": true, "exitoso": true, "exitosa": true,
	"conocido": true, "conocida": true, "homónimo": true, "homónima": true, "póstumo": true, "póstuma": true,
	"debut": true, "mundial": true, "internacional": true,
}

// titleStops end an unquoted title: conjunctions, pronouns, adverbs and
// frequent verbs, which a title seldom holds ("la película Roma ganó…").
var titleStops = map[string]bool{
	"que": true, "quien": true, "cuyo": true, "cuya": true, "donde": true, "cuando": true, "como": true,
	"se": true, "ha": true, "han": true, "había": true, "fue": true, "fueron": true, "es": true, "son": true,
	"era": true, "será": true, "está": true, "están": true, "tiene": true, "tienen": true, "y": true, "o": true,
	"pero": true, "según": true, "tras": true, "desde": true, "durante": true, "ya": true, "no": true,
	"lo": true, "le": true, "les": true, "su": true, "sus": true, "este": true, "esta": true, "hoy": true,
	"ayer": true, "también": true,
}

// titleTrims are words an unquoted title does not end with: "la serie La
// casa de papel en Netflix" gives "La casa de papel".
var titleTrims = map[string]bool{
	"en": true, "a": true, "con": true, "por": true, "para": true, "sobre": true, "al": true, "sin": true,
	"de": true, "del": true, "el": true, "la": true, "los": true, "las": true, "un": true, "una": true,
}

// verbLike reports whether a lower-case word looks like a verb in the
// preterite or future, which ends a title ("vendió", "ganaron", "llegará").
func verbLike(w string) bool {
	for _, suf := range []string{"ó", "aron", "ieron", "ará", "erá", "irá", "arán", "erán", "irán"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// workTitles finds titles of works after a cue word, quoted or not, with
// their inner lower-case words: la novela Cien años de soledad, el disco
// «El mal querer», un libro titulado Memorias de Adriano; and quoted titles
// followed by their author («La orilla quieta», de Isabel Coixet).
func (x *Extractor) workTitles(st []tokenize.Token, out []span) []span {
	for i := 0; i < len(st)-1; i++ {
		if c, ok := quoted(st, i, 12); ok && isTitleStart(st[i+1]) && !shouted(st[i+1:c]) && c+3 < len(st) &&
			st[c+1].Text == "," && st[c+2].Key == "de" && isCap(st[c+3]) {
			out = append(out, ruleSpan(i+1, c, entity.MISC))
			i = c
			continue
		}
		if st[i].Kind != tokenize.Word || !workCues[st[i].Key] {
			continue
		}
		j := i + 1
		for j < len(st) && (workAdjectives[st[j].Key] || st[j].Text == ",") && j-i <= 2 {
			j++
		}
		if j >= len(st) {
			break
		}
		if c, ok := quoted(st, j, 12); ok {
			if isTitleStart(st[j+1]) && !shouted(st[j+1:c]) {
				out = append(out, ruleSpan(j+1, c, entity.MISC))
				i = c
			}
			continue
		}
		if !isCap(st[j]) || nonTitleWord(st[j]) {
			continue
		}
		end := x.unquotedTitle(st, j)
		out = append(out, ruleSpan(j, end, entity.MISC))
		i = end - 1
	}
	return out
}

// shouted reports whether tokens are written in capitals (a headline), at
// least one of them a word of two letters or more.
func shouted(st []tokenize.Token) bool {
	n := 0
	for _, t := range st {
		if t.Kind != tokenize.Word {
			continue
		}
		if !isAcronym(t) {
			return false
		}
		n++
	}
	return n > 0
}

func isTitleStart(t tokenize.Token) bool { return isCap(t) || t.Kind == tokenize.Number }

// nonTitleWord reports whether a capitalized word after a cue is rather
// the start of something else: "la serie A".
func nonTitleWord(t tokenize.Token) bool { return len(t.Key) == 1 }

// unquotedTitle returns the end of an unquoted title starting at j: the
// words up to the next punctuation mark, a conjunction, pronoun or verb-like
// word, a number, "de" before a person's given name, or a capitalized word
// after lower-case ones (then something else begins), without a trailing
// preposition or article; at most 8 words.
func (x *Extractor) unquotedTitle(st []tokenize.Token, j int) int {
	k := j + 1
	sawLower := false
	for ; k < len(st) && k-j < 8 && st[k].Kind == tokenize.Word; k++ {
		t := st[k]
		if (t.Key == "de" || t.Key == "del") && k+1 < len(st) && x.g.Lists().Given.Has(st[k+1].Key) {
			break // the author: "la gira Eras Tour de Taylor Swift"
		}
		if titleStops[lowerKey(t)] || verbLike(t.Key) {
			break
		}
		if isCap(t) {
			if sawLower {
				break
			}
			continue
		}
		if !connectors[t.Key] {
			sawLower = true
		}
	}
	for k > j+1 && titleTrims[st[k-1].Key] {
		k--
	}
	return k
}

// stormCues are the nouns of named storms: huracán Otis, borrasca Filomena.
var stormCues = map[string]bool{
	"huracán": true, "huracanes": true, "tormenta": true, "ciclón": true, "tifón": true,
	"borrasca": true, "depresión": true, "supertifón": true,
}

// storms types the name after a storm noun MISC: huracán Otis → Otis.
func storms(st []tokenize.Token, out []span) []span {
	for i := 0; i < len(st)-1; i++ {
		if !stormCues[st[i].Key] {
			continue
		}
		j := i + 1
		if k := st[j].Key; k == "tropical" || k == "subtropical" {
			j++
		}
		if j < len(st) && isCap(st[j]) && !isAcronym(st[j]) {
			e := j + 1
			if e < len(st) && isCap(st[e]) {
				e++
			}
			out = append(out, ruleSpan(j, e, entity.MISC))
			i = e - 1
		}
	}
	return out
}

// numberedExceptions are capitalized nouns that take a number without
// naming a product ("Fase 2", "Artículo 155", "Canal 13").
var numberedExceptions = map[string]bool{
	"Fase": true, "Capítulo": true, "Artículo": true, "Categoría": true, "Nivel": true, "Grupo": true,
	"Planta": true, "Línea": true, "Canal": true, "Top": true, "Km": true, "Ruta": true, "Puerta": true,
	"Terminal": true, "Zona": true, "Sala": true, "Número": true, "Tomo": true, "Volumen": true,
	"Temporada": true, "Lote": true, "Paso": true, "Calle": true, "Avenida": true, "Sección": true,
	"Anexo": true, "Página": true, "Tabla": true, "Figura": true, "Título": true, "Distrito": true,
	"Juzgado": true, "Sala2": true, "Jornada": true, "Grado": true, "Covid": true, "Hora": true,
}

// productSuffixes may follow a product's number: iPhone 16 Pro.
var productSuffixes = map[string]bool{"Pro": true, "Max": true, "Ultra": true, "Plus": true, "Mini": true, "Air": true, "MAX": true}

// numbered finds names with a number: products and programmes (Falcon 9,
// Artemis II, iPhone 16, Boeing 737), events with a year (Mundial 2026) and
// events with an ordinal before them (XXV Cumbre Iberoamericana); all MISC.
// Kings and popes (Felipe VI), known names with a number (Antena 3) and
// names inside longer names (Universidad Carlos III) are left alone.
func (x *Extractor) numbered(st []tokenize.Token, spans []span, out []span) []span {
	l := x.g.Lists()
	for i := 0; i < len(st); i++ {
		t := st[i]
		roman := isRoman(t)
		if roman && i+1 < len(st) && isCap(st[i+1]) {
			if h, ok := l.Heads.Get(st[i+1].Key); ok && h == entity.MISC || eventOrdinalHeads[st[i+1].Key] {
				e := capRunFrom(st, i+1)
				out = append(out, ruleSpan(i, e, entity.MISC))
				i = e - 1
				continue
			}
		}
		if i == 0 || !roman && !isNumber(t) && !isVersion(t) {
			continue
		}
		a := capRunBack(st, i)
		if a == i || numberedExceptions[st[a].Key] || l.NonEntities.Has(lowerKey(st[a])) || !roman && shouted(st[a:i]) ||
			a > 0 && st[a-1].Kind == tokenize.Number {
			continue
		}
		if h, ok := l.Heads.Get(st[a].Key); ok && h != entity.MISC || score(st, i) || x.facilityIn(st[a:i]) {
			continue
		}
		if insideLonger(spans, a, i+1) || x.knownNonMisc(st, spans, a, i) {
			continue
		}
		e := i + 1
		if year(t) {
			if h, ok := l.Heads.Get(st[a].Key); !(ok && h == entity.MISC) && !misc(spans, a, i) {
				continue
			}
		} else if roman && x.personAt(st, spans, a, i) {
			continue
		} else if e < len(st) && productSuffixes[st[e].Key] {
			e++
		}
		out = append(out, ruleSpan(a, e, entity.MISC))
		i = e - 1
	}
	return out
}

// eventOrdinalHeads are event words that an ordinal may precede besides
// the MISC head words: XV Congreso, LXXVIII Asamblea General.
var eventOrdinalHeads = map[string]bool{"Congreso": true, "Asamblea": true, "Encuentro": true, "Edición": true, "Reunión": true, "Simposio": true}

// isRoman reports whether a token is a Roman numeral of two letters or
// more (II, XXV), or V or X.
func isRoman(t tokenize.Token) bool {
	if t.Kind != tokenize.Word || t.Key == "" || len(t.Key) > 7 {
		return false
	}
	for _, r := range t.Key {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return len(t.Key) >= 2 || t.Key == "V" || t.Key == "X"
}

// isNumber reports whether a token is 1–4 digits.
func isNumber(t tokenize.Token) bool {
	if t.Kind != tokenize.Number || len(t.Key) > 4 {
		return false
	}
	for _, r := range t.Key {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isVersion reports whether a token is a version number: 1–2 digits, a
// period and a digit (Gemini 2.5, Llama 3.1).
func isVersion(t tokenize.Token) bool {
	k := t.Key
	if t.Kind != tokenize.Number || len(k) < 3 || len(k) > 4 || k[len(k)-2] != '.' {
		return false
	}
	for i := 0; i < len(k); i++ {
		if i != len(k)-2 && (k[i] < '0' || k[i] > '9') {
			return false
		}
	}
	return true
}

// year reports whether a number token is a year of 1900–2099.
func year(t tokenize.Token) bool {
	return len(t.Key) == 4 && (strings.HasPrefix(t.Key, "19") || strings.HasPrefix(t.Key, "20"))
}

// insideLonger reports whether a span strictly contains [a, b).
func insideLonger(spans []span, a, b int) bool {
	for _, sp := range spans {
		if sp.start <= a && b <= sp.end && sp.end-sp.start > b-a {
			return true
		}
	}
	return false
}

// misc reports whether a MISC span covers [a, b).
func misc(spans []span, a, b int) bool {
	for _, sp := range spans {
		if sp.typ == entity.MISC && sp.start <= a && b <= sp.end {
			return true
		}
	}
	return false
}

// knownNonMisc reports whether the gazetteer names [a, b) (or [a, b+1),
// with the number) as something other than MISC, or a gazetteer span of
// another type overlaps it.
func (x *Extractor) knownNonMisc(st []tokenize.Token, spans []span, a, b int) bool {
	for _, sp := range spans {
		if sp.src == entity.FromGazetteer && sp.typ != entity.MISC && sp.start < b+1 && a < sp.end {
			return true
		}
	}
	keys := make([]string, 0, b+1-a)
	for _, t := range st[a : b+1] {
		keys = append(keys, t.Key)
	}
	for _, ks := range [][]string{keys, keys[:len(keys)-1]} {
		for _, t := range x.g.FormTypes(ks) {
			if t != entity.MISC {
				return true
			}
		}
	}
	return false
}

// splitGlued splits spans that glue two names: an outlet's credit and the
// person after it ("EFE Pedro Sánchez"), a venue and the club after it
// ("Metropolitano al Atlético de Madrid").
func (x *Extractor) splitGlued(st []tokenize.Token, spans []span, matches []gazetteer.Match) []span {
	var out []span // nil until a span is split
	for k, sp := range spans {
		var a, b span
		ok := false
		if sp.end-sp.start >= 2 {
			if a, b, ok = x.gluedCredit(st, sp, matches); !ok {
				if a, b, ok = x.gluedAbbrev(st, sp, matches); !ok {
					a, b, ok = x.gluedVenue(st, sp)
				}
			}
		}
		switch {
		case ok:
			if out == nil {
				out = append(make([]span, 0, len(spans)+1), spans[:k]...)
			}
			out = append(out, a, b)
		case out != nil:
			out = append(out, sp)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// gluedCredit splits a span that starts with an agency or outlet's name
// and goes on with a person's.
func (x *Extractor) gluedCredit(st []tokenize.Token, sp span, matches []gazetteer.Match) (span, span, bool) {
	if sp.end-sp.start < 2 {
		return sp, sp, false
	}
	for _, m := range matchesFrom(matches, sp.start) {
		if m.Start > sp.start {
			break
		}
		if m.Start != sp.start || m.End >= sp.end {
			continue
		}
		e := x.g.Entry(m.Entry)
		if e.Type != entity.AGENCY && e.Origin != "builtin:media.tsv" {
			continue
		}
		rest := st[m.End]
		if !isCap(rest) || !x.g.Lists().Given.Has(rest.Key) && !slices.Contains(x.g.FormTypes(keysOf(st[m.End:sp.end])), entity.PER) {
			continue
		}
		return x.gazSpan(m), span{start: m.End, end: sp.end, typ: entity.PER, src: sp.src}, true
	}
	return sp, sp, false
}

// gluedVenue splits "Metropolitano al Atlético de Madrid" at "al" (or
// "del") when what follows is a known organization, or when a facility
// noun ("estadio") comes before the span.
func (x *Extractor) gluedVenue(st []tokenize.Token, sp span) (span, span, bool) {
	for k := sp.start + 1; k < sp.end-1; k++ {
		if st[k].Key != "al" && st[k].Key != "del" {
			continue
		}
		right := x.g.FormTypes(keysOf(st[k+1 : sp.end]))
		known := slices.Contains(right, entity.ORG)
		venue := sp.start > 0 && scheme.IsFacilityNoun(st[sp.start-1].Key)
		if st[k].Key == "del" {
			// "Palacio del Planalto", "Comisión de Economía del Senado": one name
			if _, head := x.g.Lists().Heads.Get(st[sp.start].Key); head || !venue {
				known = false
			}
		}
		if known || venue && st[k].Key == "al" && isCap(st[k+1]) {
			left := span{start: sp.start, end: k, typ: sp.typ, src: sp.src}
			if venue {
				left.typ = entity.LOC
			}
			return left, x.knownSpan(st, k+1, sp.end, entity.ORG, sp.src), true
		}
	}
	return sp, sp, false
}

func keysOf(st []tokenize.Token) []string {
	keys := make([]string, len(st))
	for i, t := range st {
		keys[i] = t.Key
	}
	return keys
}

// knownSpan is the span [a, b) as the gazetteer entry whose form it is, or
// typed t from src when no entry has that form.
func (x *Extractor) knownSpan(st []tokenize.Token, a, b int, t entity.Type, src entity.Source) span {
	ms := x.g.MatchTokens(st[a:b], nil)
	if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == b-a {
		sp := x.gazSpan(ms[0])
		sp.start, sp.end = a, b
		return sp
	}
	return span{start: a, end: b, typ: t, src: src}
}

// score reports whether the number at i reads as a match score: followed
// by a dash, or by a name and another number ("Estudiantes 73 Caja San
// Fernando 68").
func score(st []tokenize.Token, i int) bool {
	if i+1 < len(st) && (st[i+1].Text == "-" || st[i+1].Text == "–") {
		return true
	}
	for j := i + 1; j < len(st) && j <= i+5; j++ {
		if st[j].Kind == tokenize.Number {
			return true
		}
		if !isCap(st[j]) && !connectors[st[j].Key] {
			return false
		}
	}
	return false
}

// facilityIn reports whether a run holds a word that starts a facility's or
// an institution's name ("Gran Estadio Hassan II", "Universidad Carlos III").
func (x *Extractor) facilityIn(st []tokenize.Token) bool {
	for _, t := range st {
		if scheme.IsFacilityHead(t.Key) {
			return true
		}
		if h, ok := x.g.Lists().Heads.Get(t.Key); ok && h != entity.MISC {
			return true
		}
	}
	return false
}

// gluedAbbrev splits a span that runs on past a known form ending in a
// period, where a new sentence begins: "EE.UU. Hegseth viajará".
func (x *Extractor) gluedAbbrev(st []tokenize.Token, sp span, matches []gazetteer.Match) (span, span, bool) {
	for _, m := range matchesFrom(matches, sp.start) {
		if m.Start >= sp.end {
			break
		}
		if m.Start < sp.start || m.End >= sp.end {
			continue
		}
		if last := st[m.End-1].Text; last[len(last)-1] != '.' || !isCap(st[m.End]) {
			continue
		}
		left := x.gazSpan(m)
		if m.Start > sp.start {
			left = span{start: sp.start, end: m.End, typ: sp.typ, src: sp.src}
		}
		return left, span{start: m.End, end: sp.end, typ: sp.typ, src: sp.src}, true
	}
	return sp, sp, false
}

// isDemonym reports whether a lower-case word is a demonym.
func (x *Extractor) isDemonym(w string) bool {
	_, ok := x.g.Lists().Demonyms.Get(w)
	return ok
}
