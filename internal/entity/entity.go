// Package entity holds the types every stage of prensa shares: entity types,
// the Entity record printed in JSON, and the per-document Result.
package entity

// Type is the class of a named entity.
type Type string

// The entity types prensa reports.
const (
	PER    Type = "PER"    // people
	LOC    Type = "LOC"    // places: countries, cities, regions
	ORG    Type = "ORG"    // organizations, companies, parties, government seats
	AGENCY Type = "AGENCY" // news agencies and state/government agencies
	MISC   Type = "MISC"   // events, works, laws and other names
)

// Types lists every entity type in a stable order.
var Types = []Type{PER, LOC, ORG, AGENCY, MISC}

// ParseType returns the Type named by s and whether s names one.
func ParseType(s string) (Type, bool) {
	for _, t := range Types {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// Source says which part of the pipeline decided an entity.
type Source string

// The sources an entity can come from.
const (
	FromGazetteer Source = "gazetteer"
	FromRule      Source = "rule"
	FromModel     Source = "model"
)

// Entity is one mention found in a document. Start and End are byte offsets
// into the decoded (UTF-8) input, so that input[Start:End] == Text;
// CharStart and CharEnd are the same span in Unicode code points.
type Entity struct {
	Text      string `json:"text"`
	Type      Type   `json:"type"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Canonical string `json:"canonical"`
	ID        string `json:"id,omitempty"`
	Source    Source `json:"source"`
	// Entity is the index of the entity this mention refers to in the
	// document's Result.Summary.
	Entity int `json:"entity"`
	// HTMLStart and HTMLEnd, for a document extracted from an HTML page,
	// are the mention's byte offsets into the page as it was read (before
	// any decoding); nil for other documents.
	HTMLStart *int `json:"html_start,omitempty"`
	HTMLEnd   *int `json:"html_end,omitempty"`
}

// Result is what prensa prints for one input document.
type Result struct {
	Source   string   `json:"source"`
	Encoding string   `json:"encoding"`
	Entities []Entity `json:"entities"`
	// Summary lists the document's entities (mentions resolved to one
	// entity each), most salient first.
	Summary []Item `json:"entities_summary"`
	// Demonyms are the demonyms of the text linked to their places.
	Demonyms []Demonym `json:"demonyms"`
}

// Item is one entity of a document: all the mentions that refer to the
// same person, place or organization.
type Item struct {
	Canonical string `json:"canonical"`
	Type      Type   `json:"type"`
	ID        string `json:"id,omitempty"`
	// Mentions is the number of mentions of the entity.
	Mentions int `json:"mentions"`
	// FirstStart is the byte offset of the first mention.
	FirstStart int `json:"first_start"`
	// Forms are the distinct texts of the mentions, in order of
	// appearance.
	Forms []string `json:"forms"`
}

// Demonym is a word naming the people or things of a place ("norcoreanos",
// "madrileña"), linked to the place. Offsets are as in Entity.
type Demonym struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	// Place is the canonical name of the place, ID its id when known.
	Place string `json:"place"`
	ID    string `json:"id,omitempty"`
}
