// Package summary says who and what a document is about: it resolves the
// mentions of a document to entities (one per person, place or
// organization, whatever the form used: "Kim" and "Kim Jong-un", "OMS" and
// "Organización Mundial de la Salud"), orders them by salience, and links
// the document's demonyms ("norcoreanos", "madrileña") to their places.
//
// Everything here is a pure function of the entity list and the text.
package summary
