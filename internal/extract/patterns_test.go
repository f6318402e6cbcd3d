package extract

import (
	"strings"
	"testing"
)

// TestPatterns runs the pipeline on sentences for each pattern rule: what
// it must find (text/TYPE) and what must not come out (text/TYPE, or text/
// for any type).
func TestPatterns(t *testing.T) {
	tests := []struct {
		rule    string
		text    string
		want    []string
		notWant []string
	}{
		// titles of works after cue words, with their lower-case words
		{"work", "Presentó la novela Cien años de soledad, publicada en 1967.", []string{"Cien años de soledad/MISC"}, nil},
		{"work", "Rosalía publicó el disco «El mal querer» en 2018.", []string{"El mal querer/MISC"}, nil},
		{"work", "Escribió un libro titulado Memorias de una vida.", []string{"Memorias de una vida/MISC"}, nil},
		{"work", "Netflix estrenó la serie La casa de papel, con gran éxito.", []string{"La casa de papel/MISC"}, nil},
		{"work", "Compiten «La orilla quieta», de Isabel Coixet, y otras.", []string{"La orilla quieta/MISC", "Isabel Coixet/PER"}, nil},
		{"work", "Anunció su nueva gira Hasta el fin del mundo.", []string{"Hasta el fin del mundo/MISC"}, nil},
		{"work: then its author", "La gira Eras Tour de Taylor Swift pasó por Madrid.", []string{"Eras Tour/MISC", "Taylor Swift/PER"}, nil},
		{"work: stops at a verb", "El libro Los asquerosos vendió miles de ejemplares.", []string{"Los asquerosos/MISC"}, nil},
		{"work: without a trailing preposition", "Vimos la serie La casa de papel en Netflix anoche.", []string{"La casa de papel/MISC"}, nil},
		{"work: stops at a verb", "La película Roma ganó el Óscar en Los Ángeles.", []string{"Roma/MISC"}, []string{"Roma ganó/"}},
		{"work: no cue", "El alcalde llegó a París y volvió a casa.", []string{"París/LOC"}, nil},
		{"work: cue then common noun", "Leyó el libro de Vargas Llosa.", nil, []string{"Vargas Llosa/MISC"}},
		{"work: capitalized cue is a name", "Se alojó en la Residencia Príncipe Felipe de Pontevedra.", nil, []string{"Príncipe Felipe de Pontevedra/MISC"}},
		{"work: speech in quotes", "«Hay que negociar», dijo el ministro.", nil, []string{"Hay que negociar/"}},
		// named storms
		{"storm", "El huracán Otis tocó tierra en Acapulco.", []string{"Otis/MISC", "Acapulco/LOC"}, []string{"Otis/PER"}},
		{"storm", "La tormenta tropical Alberto dejó lluvias.", []string{"Alberto/MISC"}, nil},
		{"storm: the club", "Huracán venció a Boca Juniors.", nil, []string{"Huracán/MISC"}},
		// products and programmes with numbers or versions
		{"numbered", "SpaceX lanzó un Falcon 9 desde Florida.", []string{"Falcon 9/MISC", "SpaceX/ORG"}, []string{"Falcon/"}},
		{"numbered", "La misión Artemis II llevará astronautas.", []string{"Artemis II/MISC"}, nil},
		{"numbered", "Apple presentó el iPhone 16 Pro en California.", []string{"iPhone 16 Pro/MISC"}, nil},
		{"numbered: a version", "Google respondió con Gemini 2.5 y otros modelos.", []string{"Gemini 2.5/MISC"}, nil},
		{"numbered: a percentage", "El Ibex ganó un 2,5 % ayer.", nil, []string{"Ibex 2,5/"}},
		{"numbered: a king", "El rey Felipe VI viajó a Lima.", []string{"Felipe VI/PER"}, []string{"Felipe VI/MISC"}},
		{"numbered: a known outlet", "Lo emitió Antena 3 anoche.", []string{"Antena 3/ORG"}, []string{"Antena 3/MISC"}},
		{"numbered: inside a longer name", "Estudió en la Universidad Carlos III de Madrid.", nil, []string{"Carlos III/MISC"}},
		{"numbered: a score", "Adecco Estudiantes 73 - Caja San Fernando 68.", nil, []string{"Adecco Estudiantes 73/"}},
		{"numbered: an article of law", "Aplicó el Artículo 155 de la Constitución.", nil, []string{"Artículo 155/"}},
		// events with ordinals or years
		{"event", "La XXV Cumbre Iberoamericana se celebró en Cuenca.", []string{"XXV Cumbre Iberoamericana/MISC"}, nil},
		{"event", "España jugará el Mundial 2026 en México.", []string{"Mundial 2026/MISC"}, nil},
		{"event: a city and a year", "Llegó a Madrid 2025 veces.", nil, []string{"Madrid 2025/"}},
		// quoted aliases keep their article
		{"alias", "En el barrio lo llamaban 'El Gato' desde niño.", []string{"El Gato/PER"}, []string{"Gato/"}},
		{"alias", "Detuvieron a un hombre alias «El Tigre» en Sinaloa.", []string{"El Tigre/PER"}, nil},
		{"alias: a title", "Vimos «La Cenicienta» en el teatro.", []string{"La Cenicienta/MISC"}, nil},
		// nicknames inside names are one span
		{"nickname", "Luiz Inácio «Lula» da Silva viajó a Roma.", []string{"Luiz Inácio «Lula» da Silva/PER"}, []string{"Lula/", "Silva/"}},
		{"nickname", "Joaquín 'El Chapo' Guzmán fue extraditado.", []string{"Joaquín 'El Chapo' Guzmán/PER"}, nil},
		{"nickname: a quote after a name", "Según Sánchez «Hay que» hablar.", nil, []string{"Sánchez «Hay que/"}},
		// an outlet's credit is not glued to a person
		{"credit", "Foto: EFE Pedro Sánchez saluda en Madrid.", []string{"EFE/AGENCY", "Pedro Sánchez/PER"}, []string{"EFE Pedro Sánchez/"}},
		{"credit", "Madrid (EFE) Pedro Sánchez habló.", []string{"EFE/AGENCY", "Pedro Sánchez/PER"}, nil},
		{"credit: an agency's own name", "Lo publicó Europa Press ayer.", []string{"Europa Press/AGENCY"}, nil},
		// a venue is not glued to a following club
		{"venue", "El Betis jugará en el estadio Metropolitano al Atlético de Madrid.", []string{"Metropolitano/LOC", "Atlético de Madrid/ORG"}, []string{"Metropolitano al Atlético de Madrid/"}},
		{"venue", "Recibirá en Mestalla al Real Madrid el domingo.", []string{"Real Madrid/ORG"}, []string{"Mestalla al Real Madrid/"}},
		{"venue: one name", "La Asociación de Ayuda al Refugiado denunció el caso.", []string{"Asociación de Ayuda al Refugiado/ORG"}, nil},
		{"venue: a palace", "Celebró las cifras en el Palacio del Planalto ayer.", []string{"Palacio del Planalto/LOC"}, []string{"Planalto/"}},
		// a name spelled out before its acronym is one span, of one type
		{"expansion", "El Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) estima que hay más.", []string{"Alto Comisionado de las Naciones Unidas para los Refugiados/ORG", "ACNUR/ORG"}, []string{"Naciones Unidas/", "El Alto/"}},
		{"expansion", "Lo dijo el Instituto de Estudios Fiscales y de Aduanas Regionales (IEFAR) ayer.", []string{"Instituto de Estudios Fiscales y de Aduanas Regionales/ORG", "IEFAR/ORG"}, nil},
		{"expansion: the acronym's type", "Investiga el Buró Federal de Investigaciones (FBI) desde mayo.", []string{"Buró Federal de Investigaciones/AGENCY", "FBI/AGENCY"}, nil},
		{"expansion: initials differ", "Lo reivindicó el Grupo de Apoyo al Islam y los Musulmanes (JNIM) ayer.", nil, []string{"Grupo de Apoyo al Islam y los Musulmanes/"}},
		{"expansion: inside a longer name", "El Comité de Competición de la Federación Española de Fútbol (FEF) sancionó al club.", nil, []string{"Federación Española de Fútbol/"}},
		// words inside a name that give its type
		{"form", "Las obras se adjudicaron a Excavaciones Najerilla S.A. en verano.", []string{"Excavaciones Najerilla S.A./ORG"}, nil},
		{"form", "Cannes entregará la Palma de Oro el domingo.", []string{"Palma de Oro/MISC"}, nil},
		{"form", "La película Emilia Pérez ganó dos Óscar en Hollywood.", []string{"Emilia Pérez/MISC", "Óscar/MISC"}, nil},
		{"form: a person", "El ministro Óscar Puente habló ayer.", []string{"Óscar Puente/PER"}, nil},
		{"form", "Boca empató ante el Sportivo Trinidense en casa.", []string{"Sportivo Trinidense/ORG"}, nil},
		{"form: a city", "Viajó a Kansas City en tren.", nil, []string{"Kansas City/ORG"}},
		{"head", "El portavoz de Vox en el Parlamento de La Rioja habló.", []string{"Parlamento de La Rioja/ORG"}, nil},
		// products after a product noun or before an apposition naming one
		{"product", "Takeda aumentará la producción de su vacuna Qdenga este año.", []string{"Qdenga/MISC"}, nil},
		{"product", "En Misiones crearon Mosquialerta, una aplicación que avisa.", []string{"Mosquialerta/MISC"}, nil},
		{"product: a known party", "Se presentó con la plataforma Sumar en Madrid.", []string{"Sumar/ORG"}, nil},
		{"product: an operator", "La empresa de telefonía móvil Amena retiró la denuncia.", nil, []string{"Amena/MISC"}},
		// laws known by an English name
		{"act", "Biden firmó la Inflation Reduction Act en agosto.", []string{"Inflation Reduction Act/MISC"}, nil},
		{"act: a verb", "El Act de la obra no llegó.", nil, []string{"Act/MISC"}},
		// a place and a known team after it are one club
		{"team", "Los Ángeles Lakers ganaron a los Celtics anoche.", []string{"Los Ángeles Lakers/ORG"}, nil},
		{"team: an acronym after a place", "En Madrid PP y PSOE pactaron.", []string{"Madrid/LOC"}, nil},
		// the place of a wire dateline
		{"dateline", "La última prueba de un módulo lunar Cabo Cañaveral (EE.UU.), 27 may (EFE).- La NASA probó el módulo.", []string{"Cabo Cañaveral/LOC", "EE.UU./LOC", "EFE/AGENCY"}, []string{"Cañaveral/"}},
		{"dateline", "Buenos Aires, 18 mar (EFE).- El presidente habló.", []string{"Buenos Aires/LOC"}, nil},
		{"dateline: an agency's own", "Según Reuters, 20 personas murieron.", []string{"Reuters/AGENCY"}, nil},
		{"dateline: a known place with de la", "Jerez de la Frontera (Cádiz), 23 may (EFE).- El alcalde habló ayer.", []string{"Jerez de la Frontera/LOC"}, []string{"Frontera/"}},
		{"dateline: the model's place with de la", "Navalmoral de la Mata (Cáceres), 23 may (EFE).- El alcalde habló ayer.", []string{"Navalmoral de la Mata/LOC"}, []string{"Mata/"}},
		{"dateline: a byline before the place", "Por Jorge Muñoa Madrid, 23 may (EFE).- El alcalde habló ayer.", []string{"Madrid/LOC"}, []string{"Jorge Muñoa Madrid/"}},
		// names after organization nouns
		{"org", "La firma Bershka abrirá tiendas en Lima.", []string{"Bershka/ORG"}, nil},
		{"org", "La tecnológica china Huawei presentó un móvil.", []string{"Huawei/ORG"}, nil},
		{"org", "Lo adelantó el diario Clarín este lunes.", []string{"Clarín/ORG"}, nil},
		{"org: a company by its country", "Lo construyen la alemana OHB y la española GMV juntas.", []string{"OHB/ORG", "GMV/ORG"}, nil},
		{"org: a player by her country", "Ganó la española Carolina Marín en Madrid.", []string{"Carolina Marín/PER"}, nil},
		{"org: a newspaper with de", "Habló con el diario Folha de S.Paulo ayer.", []string{"Folha de S.Paulo/ORG"}, nil},
		{"org: a group letter", "Quedó tercero del grupo D de la Copa Libertadores.", []string{"Copa Libertadores/MISC"}, []string{"D/"}},
		{"org: of a person", "El equipo de Carlo Ancelotti ganó ayer.", []string{"Carlo Ancelotti/PER"}, nil},
		// a known form ending in a period ends a sentence
		{"abbreviation", "Visitó bases militares de EE.UU. Hegseth viajará el jueves.", []string{"EE.UU./LOC"}, []string{"EE.UU. Hegseth/"}},
		// names after place nouns
		{"place", "Llegaron con alimentos por el paso de Kerem Shalom ayer.", []string{"Kerem Shalom/LOC"}, nil},
		{"place", "Viven en Belém, a orillas del río Guamá desde siempre.", []string{"Guamá/LOC"}, nil},
		{"place: a person after de", "Es el hospital de Juan Pérez en la ciudad.", nil, []string{"Juan Pérez/LOC"}},
		// a head word's name with the place after it is one name
		{"head of place", "Las Fuerzas Armadas de Ucrania negaron esa información.", []string{"Fuerzas Armadas de Ucrania/ORG"}, []string{"Ucrania/"}},
		{"head of place", "La final se jugará tras los Juegos Olímpicos de Los Ángeles, en verano.", []string{"Juegos Olímpicos de Los Ángeles/MISC"}, nil},
		{"head of place: a portfolio", "El ministro de Exteriores de Rusia, Serguéi Lavrov, llegó.", []string{"Rusia/LOC", "Serguéi Lavrov/PER"}, nil},
	}
	x := newExtractor(t, Hybrid)
	for _, tt := range tests {
		got := summary(x.Extract(tt.text))
		for _, w := range tt.want {
			if !contains(got, w) {
				t.Errorf("%s: %q: missing %s; got %q", tt.rule, tt.text, w, got)
			}
		}
		for _, nw := range tt.notWant {
			for _, g := range got {
				if strings.HasPrefix(g+"/", nw) || g == nw {
					t.Errorf("%s: %q: unexpected %s; got %q", tt.rule, tt.text, g, got)
				}
			}
		}
	}
}
