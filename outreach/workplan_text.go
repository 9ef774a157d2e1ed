package outreach

// The short titles of Actions A to H, from the concept note's wording, and
// their deadlines, in English, French and Spanish. The French and Spanish
// follow the United Nations' terms for the Convention's bodies: Assemblée
// des États parties / Reunión de los Estados Partes (Meeting of States
// Parties), Unité d'appui à l'application / Dependencia de Apoyo a la
// Aplicación (Implementation Support Unit).

var actionTitles = map[string][8]string{
	"en": {
		"Follow up requests for assistance with Article 9 implementation",
		"Produce a video on national implementation of the Convention",
		"Make States aware of the national implementation resources on the ISU website",
		"Engage with the universalisation coordinators",
		"Explore organising a regional workshop or forum",
		"Identify awareness-raising opportunities in the margins of multilateral meetings",
		"Agree a priority list of States that have not submitted sufficient information",
		"Explore a reference document on laws prohibiting investment in cluster munitions",
	},
	"fr": {
		"Assurer le suivi des demandes d’assistance pour l’application de l’article 9",
		"Réaliser une vidéo sur l’application nationale de la Convention",
		"Faire connaître aux États les ressources relatives à l’application nationale disponibles sur le site Web de l’Unité d’appui à l’application",
		"Travailler avec les coordonnateurs chargés de l’universalisation",
		"Étudier la possibilité d’organiser un atelier ou un forum régional",
		"Recenser les possibilités de sensibilisation en marge des réunions multilatérales",
		"Arrêter une liste prioritaire d’États n’ayant pas communiqué suffisamment d’informations",
		"Étudier l’élaboration d’un document de référence sur les lois interdisant l’investissement dans les armes à sous-munitions",
	},
	"es": {
		"Dar seguimiento a las solicitudes de asistencia para la aplicación del artículo 9",
		"Elaborar un vídeo sobre la aplicación nacional de la Convención",
		"Dar a conocer a los Estados los recursos sobre la aplicación nacional disponibles en el sitio web de la Dependencia de Apoyo a la Aplicación",
		"Colaborar con los coordinadores de la universalización",
		"Estudiar la posibilidad de organizar un taller o foro regional",
		"Determinar las oportunidades de sensibilización al margen de las reuniones multilaterales",
		"Acordar una lista prioritaria de Estados que no han presentado información suficiente",
		"Estudiar la elaboración de un documento de referencia sobre las leyes que prohíben la inversión en municiones en racimo",
	},
}

var actionDeadlines = map[string][8]string{
	"en": {
		"Ongoing, before 10MSP",
		"By end 2021, completed",
		"By end 2022",
		"By end 2022",
		"By end 2023",
		"By end 2022",
		"By 10MSP",
		"By end 2022",
	},
	"fr": {
		"En continu, avant la dixième Assemblée des États parties",
		"D’ici à la fin de 2021 (achevée)",
		"D’ici à la fin de 2022",
		"D’ici à la fin de 2022",
		"D’ici à la fin de 2023",
		"D’ici à la fin de 2022",
		"D’ici à la dixième Assemblée des États parties",
		"D’ici à la fin de 2022",
	},
	"es": {
		"Permanente, antes de la Décima Reunión de los Estados Partes",
		"Para finales de 2021 (completada)",
		"Para finales de 2022",
		"Para finales de 2022",
		"Para finales de 2023",
		"Para finales de 2022",
		"Para la Décima Reunión de los Estados Partes",
		"Para finales de 2022",
	},
}

// ActionTitle returns the short title of action a in lang ("en", "fr" or
// "es"; any other language gets English), or "" if a is not valid.
func ActionTitle(a Action, lang string) string { return actionText(actionTitles, a, lang) }

// ActionDeadline returns the concept note's deadline for action a in lang
// ("en", "fr" or "es"; any other language gets English), such as "By end
// 2022", or "" if a is not valid.
func ActionDeadline(a Action, lang string) string { return actionText(actionDeadlines, a, lang) }

func actionText(m map[string][8]string, a Action, lang string) string {
	if !a.Valid() {
		return ""
	}
	t, ok := m[lang]
	if !ok {
		t = m["en"]
	}
	return t[a-ActionA]
}
