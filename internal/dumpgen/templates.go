package dumpgen

// The templates below are written for this generator. Slots in braces are
// filled in by fill: {PER} a person, {LOC} a place from the gazetteer,
// {ORG} an organization, {AGENCY} an agency, {CARGO} a job title, {NUM} a
// number, {PCT} a percentage, {DIA} a weekday, {MES} a month, {ANIO} a year.

// headlines are the first line of an article.
var headlines = []string{
	"{PER} anuncia cambios en {ORG} tras la reunión de {LOC}",
	"{ORG} aprueba un plan de {NUM} millones para {LOC}",
	"La economía de {LOC} crece un {PCT} en el último trimestre",
	"{PER} comparece ante {ORG} por el caso de las adjudicaciones",
	"El tribunal de {LOC} condena a {PER} a {NUM} años de prisión",
	"{AGENCY} alerta de un repunte de los precios en {LOC}",
	"Victoria ajustada del equipo de {LOC} en el último minuto",
	"{PER} y {PER} cierran un acuerdo en {LOC} sobre energía",
	"Protestas en {LOC} contra la reforma de {ORG}",
	"{ORG} recurre la decisión de {AGENCY} ante los tribunales",
	"El Gobierno de {LOC} y {ORG} negocian la deuda pendiente",
	"{PER} dimite como {CARGO} después de {NUM} meses en el cargo",
}

// paragraphs are grouped by topic; an article takes most of its paragraphs
// from one topic and a few from others.
var paragraphs = [][]string{
	// política
	{
		"{PER}, {CARGO} de {ORG}, defendió este {DIA} en {LOC} la necesidad de alcanzar un pacto amplio antes del final de la legislatura. \"No podemos seguir esperando\", afirmó ante los periodistas, según informó {AGENCY}.",
		"La propuesta, que deberá pasar por {ORG} en las próximas semanas, prevé una inversión de {NUM} millones de euros repartida en cuatro años. Fuentes de {ORG} consultadas por {AGENCY} aseguraron que el texto todavía puede cambiar.",
		"En {LOC}, la oposición criticó con dureza el anuncio. {PER} acusó al Ejecutivo de improvisar y pidió la comparecencia urgente de {PER} para explicar el calendario y las cifras.",
		"El debate se prolongó durante más de {NUM} horas. Al término de la sesión, {PER} reconoció que faltan apoyos y que el voto de los grupos minoritarios será decisivo el próximo {MES}.",
		"Según una encuesta publicada por {ORG}, el {PCT} de los ciudadanos de {LOC} considera que la situación política empeoró durante el último año, frente a un {PCT} que cree que mejoró.",
		"La visita de {PER} a {LOC} coincidió con la cumbre regional, a la que asistieron delegaciones de {LOC}, {LOC} y {LOC}, además de representantes de {ORG}.",
	},
	// economía
	{
		"El producto interior bruto de {LOC} avanzó un {PCT} entre {MES} y {MES}, según los datos difundidos este {DIA} por {AGENCY}. La cifra supera las previsiones de los analistas consultados por {AGENCY}.",
		"{ORG} mantuvo los tipos de interés sin cambios y advirtió de que la inflación sigue por encima del objetivo. {PER}, {CARGO} de la institución, pidió prudencia a los gobiernos de la zona.",
		"Las exportaciones hacia {LOC} cayeron un {PCT} en el primer semestre de {ANIO}, mientras que las compras a {LOC} aumentaron de forma notable, sobre todo en maquinaria y energía.",
		"La compañía presentó un expediente que afecta a {NUM} trabajadores de sus plantas en {LOC} y {LOC}. Los sindicatos convocaron paros parciales y una manifestación frente a la sede de {ORG}.",
		"El Ibex y las principales bolsas europeas cerraron la jornada con ligeras subidas, animadas por los resultados de {ORG} y por las declaraciones de {PER} sobre el precio del petróleo.",
		"{PER} explicó que la deuda pública alcanzará el {PCT} del producto interior bruto a finales de {ANIO} y que el Gobierno de {LOC} negociará con {ORG} un nuevo calendario de pagos.",
	},
	// deportes
	{
		"El conjunto de {LOC} se impuso por {NUM} goles a uno en un partido muy disputado que se decidió en el tiempo de descuento. {PER} marcó el tanto de la victoria tras un centro desde la banda derecha.",
		"El entrenador, {PER}, reconoció en la rueda de prensa que el equipo sufrió durante la primera parte. \"Hemos tenido paciencia y al final ha llegado el premio\", declaró.",
		"La próxima jornada el equipo visitará {LOC}, donde no gana desde hace {NUM} temporadas. La directiva confía en recuperar para entonces a {PER}, lesionado desde {MES}.",
		"{PER} se proclamó campeona en {LOC} después de superar en la final a {PER} en tres sets. Es su {NUM} título de la temporada y el primero en tierra batida.",
		"La federación anunció que {LOC} acogerá el torneo el próximo año. El presupuesto de la organización supera los {NUM} millones de euros, según fuentes de {ORG}.",
	},
	// tribunales
	{
		"{ORG} ha condenado a {PER} a {NUM} años de prisión por un delito de malversación de caudales públicos, según la sentencia a la que tuvo acceso {AGENCY}. La defensa ya ha anunciado que recurrirá.",
		"El juez instructor citó a declarar como investigados a {NUM} antiguos responsables de {ORG}, entre ellos {PER}, por las irregularidades detectadas en los contratos firmados en {LOC}.",
		"La Fiscalía pidió el archivo de la causa al considerar que no existen pruebas suficientes. {PER}, abogado de la acusación popular, calificó la decisión de incomprensible.",
		"El juicio, que se celebra en {LOC}, se prolongará al menos hasta {MES}. Está previsto que declaren más de {NUM} testigos, entre ellos varios agentes de {ORG}.",
		"{ORG} admitió a trámite el recurso presentado por {PER} contra la ley aprobada en {ANIO}, que afecta a la gestión del agua en {LOC}.",
	},
	// internacional y América Latina
	{
		"Miles de personas se manifestaron este {DIA} en las calles de {LOC} para exigir la dimisión de {PER}. La policía calculó {NUM} asistentes, mientras que los organizadores elevaron la cifra al triple.",
		"El presidente de {LOC}, {PER}, recibió en el palacio de gobierno a una delegación de {ORG} encabezada por {PER}. Ambos abordaron la cooperación en materia de seguridad y migración.",
		"{AGENCY} informó de que las conversaciones entre {LOC} y {LOC} se reanudarán en {LOC} a finales de {MES}, con la mediación de {ORG}.",
		"Las lluvias torrenciales han dejado al menos {NUM} muertos en el norte de {LOC}, según el último balance de las autoridades locales recogido por {AGENCY}.",
		"{PER}, {CARGO} de {LOC}, viajará la próxima semana a {LOC} y a {LOC} para firmar acuerdos comerciales y reunirse con empresarios de la región.",
		"El Gobierno de {LOC} expulsó a dos diplomáticos de {LOC} tras acusarlos de injerencia. La cancillería convocó al embajador de {LOC} para pedir explicaciones.",
	},
}

// cargos are job titles for {CARGO}.
var cargos = []string{
	"presidente", "presidenta", "ministro de Economía", "ministra de Hacienda",
	"portavoz", "secretario general", "consejero delegado", "alcaldesa",
	"director", "directora general", "vicepresidente", "canciller",
	"gobernador", "diputada", "senador", "fiscal general",
}

// givenNames and surnames make up {PER}.
var givenNames = []string{
	"María", "José", "Carmen", "Antonio", "Lucía", "Manuel", "Ana", "Francisco",
	"Laura", "David", "Marta", "Javier", "Elena", "Carlos", "Isabel", "Miguel",
	"Pilar", "Rafael", "Rosa", "Pedro", "Teresa", "Andrés", "Sofía", "Luis",
	"Gabriela", "Alejandro", "Valentina", "Diego", "Camila", "Fernando",
	"Paula", "Jorge", "Claudia", "Ignacio", "Victoria", "Sergio",
}

var surnames = []string{
	"García", "Fernández", "González", "Rodríguez", "López", "Martínez",
	"Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández",
	"Díaz", "Moreno", "Álvarez", "Muñoz", "Romero", "Navarro", "Torres",
	"Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina",
	"Castro", "Ortega", "Rubio", "Medina", "Herrera", "Aguilar", "Vega",
	"Castillo", "Rojas", "Mendoza", "Salazar", "Quintero", "Benítez",
}

var weekdays = []string{"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"}

var months = []string{
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
	"agosto", "septiembre", "octubre", "noviembre", "diciembre",
}
