package extract

import (
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// TestPlaceTrapsAreNotGazetteerPlaces: generated places whose names are
// also given names, surnames or common words never make a LOC by
// themselves, whatever the engine; in the hybrid engine only the model may
// call them places. A hand-written place (León) is a verdict of the
// gazetteer engine, which has no context to tell the singer from the city:
// only the hybrid engine is checked there.
func TestPlaceTrapsAreNotGazetteerPlaces(t *testing.T) {
	tests := []struct {
		text, trap  string
		handWritten bool
	}{
		{"El cantante León Gieco actuó anoche en el estadio.", "León", true},
		{"Ayer habló Victoria con los periodistas.", "Victoria", false},
		{"Lo dijo Paz ante la prensa.", "Paz", false},
		{"Según Mercedes, la reunión fue un éxito.", "Mercedes", false},
		{"El concejal Moreno criticó la medida.", "Moreno", false},
		{"La jueza Medina y el fiscal Rivera se reunieron.", "Medina", false},
		{"La jueza Medina y el fiscal Rivera se reunieron.", "Rivera", false},
		{"Dijo que Pilar tenía razón.", "Pilar", false},
		{"El técnico Soledad llegó tarde.", "Soledad", false},
		{"Ayer Bueno firmó el contrato.", "Bueno", false},
		{"Lo anunció Salto en rueda de prensa.", "Salto", false},
	}
	for _, eng := range []Engine{Hybrid, GazetteerOnly} {
		x := newExtractor(t, eng)
		for _, tt := range tests {
			if tt.handWritten && eng != Hybrid {
				continue
			}
			for _, e := range x.Extract(tt.text) {
				if e.Type == entity.LOC && e.Source == entity.FromGazetteer && e.Text == tt.trap {
					t.Errorf("%s: %q: %q is a LOC from the gazetteer (%s)", eng, tt.text, tt.trap, e.ID)
				}
				if eng == GazetteerOnly && e.Type == entity.LOC && e.Text == tt.trap {
					t.Errorf("%s: %q: %q is a LOC", eng, tt.text, tt.trap)
				}
			}
		}
	}
}

// TestPlaceIDs: entities that are known places carry the place's id, from
// a hand-written entry linked to the data or from a generated place; a
// place retyped by the model carries none.
func TestPlaceIDs(t *testing.T) {
	tests := []struct {
		text, mention, id string
	}{
		{"El Gobierno se reunió ayer en Madrid con los sindicatos.", "Madrid", "ine:28079"},
		{"Los vecinos de Villanueva de la Serena protestaron ayer.", "Villanueva de la Serena", "ine:06153"},
		{"Estados Unidos y Rusia firmaron el acuerdo.", "Estados Unidos", "wikidata:Q30"},
		{"El Real Madrid ganó anoche.", "Real Madrid", ""},
	}
	for _, eng := range []Engine{Hybrid, GazetteerOnly} {
		x := newExtractor(t, eng)
		for _, tt := range tests {
			found := false
			for _, e := range x.Extract(tt.text) {
				if e.Text != tt.mention {
					continue
				}
				found = true
				if e.ID != tt.id {
					t.Errorf("%s: %q: %q has id %q, want %q", eng, tt.text, tt.mention, e.ID, tt.id)
				}
			}
			if !found {
				t.Errorf("%s: %q: %q not found", eng, tt.text, tt.mention)
			}
		}
	}
}
