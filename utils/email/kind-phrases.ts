// The phrase lists the classifier reads, one per kind of news, in English, French, German, Spanish and Dutch.
// Every phrase list is matched against accent-free lower-case text (see `plain`), sentence by sentence.

export const OFFER = [
  /\b(?:pleased|delighted|happy|excited|thrilled|glad) to (?:formally )?(?:offer you(?! (?:an?|the) (?:\w+ )?(?:interview|call|chat|meeting|conversation|screen|place (?:at|in) (?:our|the) (?:assessment|interview)))|extend (?:you )?(?:an?|this|the|our)? ?(?:formal |verbal |written )?offer)/,
  /\b(?:extend(?:ing)?|make|making) (?:you )?an? (?:formal |verbal |written )?offer\b/,
  /\b(?:your|the|an|our|attached) (?:formal |written |verbal )?offer (?:letter|of employment|package|details)\b/,
  /\bwe(?: would|'d) like to offer you (?:the|a|an)\b/,
  /^(?:job )?offer(?:!+|\s*$|\s*[-:–])|\bwe (?:want|would love|'d love) you (?:as|to be) our\b|\bwe (?:want|'d like|would like|'d love|would love) (?:to have )?you on (?:the|our) (?:crew|team)\b/,
  /\b(?:i|we)(?:'d| would) (?:like|love) to offer you (?:the|a|an|this|our)\b(?! (?:\w+ )?(?:interview|call|chat|phone|video|meeting|conversation|screen))|\bpleased to offer you (?:the|a|this)\b(?! (?:\w+ )?(?:interview|call|chat|phone|video|meeting))/,
  /\b(?:move|moving|go|going) (?:forward|ahead) with (?:an?|the|your) (?:formal |verbal |written )?offer\b|\boffer (?:letter|of employment|package|paperwork)\b|\b(?:verbal|formal|written) offer\b/,
  /\b(?:would like|wish|want|are pleased|is pleased|are delighted|am delighted|delighted|pleased|happy) to offer you (?:the|a|this) (?:permanent |temporary |full-time |part-time )?(?:position|role|job|post|place)\b|\bletter of offer\b|\bformal offer\b|\bconditional offer\b/,
  /\b(?:you(?:'ve| have)? been|you were|we(?:'ve| have)?) (?:selected|chosen|picked)(?: you)? (?:as our|for the (?:position|role|job)|to (?:join|fill))\b/,
  /\b(?:team|we|company) (?:wants?|would like|would love) (?:you )?to (?:join|come on board)\b|\b(?:details|terms) of (?:the|your|our) offer\b/,
  // "they'd like to offer you the role", "the client wants to offer you the position".
  /\b(?:want|wants|would like|'d like|keen|are going|is going) to offer you (?:the|a|this)\b(?! (?:\w+ )?(?:interview|call|chat|phone|video|meeting|conversation|screen))/,
  /\b(?:heureux|heureuse|ravie?s?|plaisir|le plaisir) de vous (?:proposer|offrir|faire une (?:proposition|offre)|annoncer que (?:nous )?(?:retenons|avons retenu))(?! (?:un |une |de (?:nous )?)?(?:entretien|rencontre|echange|rendez-vous|appel|visio|entrevue|rencontrer|passer|exercice|test|cas pratique|etude de cas|mise en situation))/,
  /\b(?:contents?|heureux|heureuse|ravie?s?) de (?:vous|t') ?(?:engager|embaucher|accueillir dans (?:notre|l')equipe)\b|\b(?:vous|t') ?engager comme\b/,
  /\b(?:promesse|proposition|offre) (?:d'embauche|de contrat|d'emploi ci-jointe)\b/,
  /\blettre d'offre\b/,
  // "a décidé de vous faire une proposition pour le poste", "proposition d'engagement", "lettre d'engagement".
  /\b(?:decide|souhaite|souhaitons|voudrions|aimerions|allons) (?:de )?vous faire une (?:proposition|offre)\b|\b(?:proposition|lettre|contrat) d'engagement\b/,
  // "queremos ofrecerte el cargo", "le ofrecemos el puesto", "propuesta laboral".
  /\bqueremos que (?:te vengas|vengas|te unas|formes parte|trabajes) con nosotros\b|\bnos gustaria (?:que (?:te unas|formes parte|trabajes con nosotros)|contar contigo como)\b/,
  /\b(?:queremos|quisieramos|nos gustaria|deseamos) (?:ofrecerte|ofrecerle|hacerte una (?:oferta|propuesta)|hacerle una (?:oferta|propuesta))\b|\b(?:te|le) ofrecemos (?:el|la) (?:cargo|puesto|posicion|vacante)\b|\b(?:oferta|propuesta) (?:laboral|de trabajo|de empleo|economica)\b/,
  /\b(?:freuen uns|freue mich),? (?:ihnen|dir) (?:ein(?:en)? )?(?:vertrag|angebot|vertragsangebot|die stelle|die position)/,
  /\b(?:vertragsangebot|arbeitsvertrag anbieten)\b/,
  /\b(?:ihnen|dir)\b.{0,80}\b(?:stelle|position|vertrag|angebot)\b.{0,80}\banbieten\b|\b(?:dienstvertrag|arbeitsvertrag)\b.{0,60}\b(?:im anhang|anbei|beigefugt|zur unterschrift)\b|^angebot\s*:/,
  /\bwe(?:'d| would) love (?:for )?you to (?:join (?:us|the team|[\p{L}&'. -]{2,40}?) as|be our)\b/u,
  /\b(?:ihnen|dir) (?:die|eine) (?:stelle|position)\b.{0,60}\banbieten\b/,
  /\b(?:nos complace|tenemos el placer de|nos alegra) (?:ofrecerte|ofrecerle|hacerte una oferta|hacerle una oferta)/,
  /\bcarta (?:de )?oferta\b/,
  // "Angebot für den Head of Project Development:", "voorstel tot tewerkstelling", "leider keine Zusage" is not one (it is negated).
  /^angebot (?:fur|zur) |\bvoorstel (?:van |tot )?tewerkstelling\b|\bcontractvoorstel\b/,
  // "Die Auswahlkommission hat sich für Sie ausgesprochen … ob Sie das Angebot annehmen": chosen, and asked to accept.
  /\b(?:uns|sich) (?:\w+ ){0,2}fur (?:sie|dich) (?:entschieden|ausgesprochen)\b|\b(?:das|unser|dieses) angebot annehmen\b|\baccept (?:the|this|our) offer\b|\baccepter (?:notre|cette|l') ?offre\b|\baceptar (?:la|nuestra|esta) (?:oferta|propuesta)\b|\bhet aanbod (?:aan te nemen|accepteren|aanneemt)\b/,
  /\b(?:blij|verheugd) (?:je|u) (?:een )?(?:aanbod|de functie|de baan) aan te bieden/,
  /\b(?:u|je|jou)\b.{0,60}\b(?:functie|baan|positie|contract|aanbod)\b.{0,60}\baan ?(?:te )?bieden\b/,
  /\bbieden (?:je|u|jou) (?:graag )?(?:de|een|het) (?:functie|baan|positie|rol|contract)\b|^aanbod\s*:|\baanbodbrief\b|\baanbod (?:\w+ )?(?:te )?doen\b|\barbeidsvoorwaardenvoorstel\b/,
];

export const REJECTION = [
  /\bregret to (?:inform|let you know|tell you|advise)/,
  /\b(?:not|no longer) (?:to )?(?:be )?(?:mov(?:e|ing)|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing)|continu(?:e|ing)|pursu(?:e|ing)|go(?:ing)?) (?:forward|further|ahead)?\s*(?:with )?(?:your|you|the next|to the next|in the process)/,
  /\b(?:decided|chosen|elected|decision) (?:not to|to not) (?:move|proceed|pursue|progress|advance|continue|extend|offer|take|put|invite|shortlist|bring|interview|hire)/,
  /\bclose (?:out )?your (?:candidacy|application)\b/,
  /\b(?:decided|chose|chosen|decision|opted|elected) to (?:move forward|proceed|go|continue|progress) with (?:other|another|a different|an? (?:other|internal|more))/,
  /\b(?:pursue|pursuing|proceed with|move forward with|moving forward with|go with|going with|selected|chosen|(?<!your )hired) (?:an?(?:other)? )?(?:other |another |different |more )?(?:candidates?|applicants?|profiles?)(?: (?:whose|who|that|with))?/,
  /\b(?:will|are|'ll|have) not (?:be )?(?:moving|proceeding|progressing|pursuing|advancing|taking|able to (?:move|offer|progress|proceed))/,
  /\b(?:won't|will not|cannot|can't|unable to|not able to|not be) (?:be )?(?:moving|move|proceed|progress|offer you|extend an offer|take your application)/,
  /\b(?:won't|will not|not|cannot|can't|unable to) (?:be )?(?:taking|take|progressing|progress|continuing|advancing|considering) (?:your|you|with your) ?(?:application|candidacy|candidature)? ?(?:any )?(?:further|forward)\b/,
  /\b(?:(?:have|has|were|was) not|haven't|hasn't|weren't|wasn't) (?:been )?(?:selected|shortlisted|successful|chosen|progressed)\b/,
  /\bthe successful (?:candidate|applicant)s? (?:had|has|was|were|brought|offered|demonstrated)\b/,
  /\b(?:position|role|vacancy|job|opening) (?:has|have) (?:now |since |already )?been (?:filled|closed)\b/,
  // "we gaan het niet met je doen": a Dutch owner's plain no.
  /\b(?:gaan|doen) het niet met (?:je|jou|u)\b|\bniet met (?:je|jou|u) verder\b/,
  // "Die Stelle wurde zwischenzeitlich anderweitig besetzt", "de vacature is inmiddels ingevuld".
  /\b(?:stelle|position)\b.{0,40}\banderweitig (?:besetzt|vergeben)\b|\bauswahl (?:ist )?nicht auf (?:sie|dich) gefallen\b/,
  // Hiring stopped: "we have had to pause recruitment for the post", "cannot go ahead with the appointment", "el cargo fue cubierto".
  /\b(?:role|position|vacancy|job|post)\b.{0,40}\b(?:has been |was |got |been )?(?:pulled|scrapped|axed|withdrawn)\b|\b(?:had to |have to |decided to )?pause(?:d)? (?:the |our )?recruitment\b|\b(?:cannot|can't|will not|won't|not) go ahead with (?:the|this|an) appointment\b|\brecruitment (?:has been|is|was) (?:paused|put on hold|suspended|cancell?ed)\b|\b(?:cargo|puesto|vacante|posicion)\b.{0,80}\b(?:ya )?(?:fue|ha sido|esta) (?:cubiert[oa]|ocupad[oa])\b|\b(?:cubiert[oa]|ocupad[oa]) (?:por|con) (?:otr[oa]s?|un[oa]) (?:postulante|candidat[oa]|persona|perfil)\b/,
  // A role closed for everyone: "the difficult decision to close this role", "la vacante queda cerrada".
  /\bdecision to (?:close|cancel|pause|withdraw) (?:this|the|our) (?:role|position|vacancy|search|requisition|opening)\b|\b(?:la )?vacante (?:queda|ha quedado|fue|ha sido|esta) (?:cerrada|cubierta)\b|\b(?:cubrir|cubrimos|hemos cubierto) (?:el puesto|la vacante|la posicion)\b|\bde vacature (?:is|wordt) (?:ingevuld|vervuld|gesloten|ingetrokken)\b|\bniet aan (?:jou|u) (?:gaan |te )?(?:aanbieden|geven)\b/,
  /\b(?:we(?:'ve| have)?|we've) (?:now |already |since )?(?:filled|closed) (?:the|this|that|our) (?:position|role|vacancy|job|opening|req)/,
  /\bnot (?:the right|a|the best) (?:fit|match) (?:for|at) (?:this|the) (?:time|moment|role|position)/,
  /\b(?:application|candidacy) (?:was|has been|is) (?:unsuccessful|declined|rejected|not successful)\b/,
  /\bgo(?:ing)? in a different direction\b/,
  /\b(?:position|role|vacancy|job|opening|requisition|req|posting|search)\b[^.]{0,60}\b(?:has|have) (?:now |since |unfortunately )?been (?:cancell?ed|closed|filled|put on hold|withdrawn|paused)\b/,
  /\b(?:decided|going|opted|chose|chosen|elected|have|we'll|we will|we're going|we are going) to pass\b(?! (?:it|this|that|them|your|along|on (?:your|to) (?:resume|cv|details|profile|information)))|\bpass(?:ing)? on (?:moving forward|your candidacy|your application|this one)\b/,
  /\bno longer (?:under|being|in) consideration\b|\bno longer (?:being )?considered\b/,
  /\b(?:decision|decided|chosen|chose) to (?:move|go|proceed) (?:ahead|forward|on) with (?:someone|somebody|another|other|a different)\b/,
  /\b(?:extend(?:ed)?|make|made|offer(?:ed)?) (?:an |the )?(?:offer|position|role) to (?:another|a different|an other|the other|an internal) (?:candidate|applicant|person)\b/,
  /\b(?:position|role|vacancy|job|opening|requisition) (?:is|has been) (?:no longer (?:available|open)|put on hold|cancell?ed|withdrawn)\b/,
  // "Your application for this requisition will no longer be considered", "has been cancelled and will not be filled".
  /\byour (?:application|candidacy)\b[^.]{0,50}\bwill no longer be considered\b|\bhas been cancell?ed and will not be filled\b/,
  /\b(?:position|role|vacancy|job|opening)\b[^.]{0,80}\b(?:has|have) (?:now |since |already )?been (?:filled|closed)\b/,
  /\b(?:candidates?|applicants?|profiles?) (?:whose|who) [^.]{0,60}\b(?:closer|better|stronger|more closely|most closely|best) (?:match|fit|aligned|align|suited)/,
  /\bdecided to (?:focus on|prioriti[sz]e|pursue|proceed with|continue with) (?:other |different )?(?:candidates|applicants|profiles)\b/,
  /\b(?:won't|will not|not|cannot|can't) (?:be )?(?:continuing|proceeding|moving forward|going forward|progressing|moving ahead) with (?:your|you)\b/,
  /\b(?:decided|chosen|decision) to (?:fill|offer) (?:the|this) (?:position|role|job|vacancy) (?:to|with) (?:a|an|another|other)\b/,
  /\b(?:candidates?|applicants?|profiles?|someone|person) (?:whose|who|with) (?:\w+ ){0,4}(?:more closely|better|best|more|most closely) (?:match|matches|matched|meet|meets|align|aligns|suit|suits|fit|fits)/,
  /\bpas (?:une |de )?suite (?:favorable )?a (?:votre|ta) candidature\b|\bne (?:\w+ ){0,2}pas (?:y )?donner (?:une |de )?suite\b|\bne (?:donnerons|donnons|pourrons|pouvons)(?: \w+)? pas (?:de )?suite\b/,
  /\bnous avons le regret\b|\bavons le regret de vous\b|\b(?:sommes|suis) au regret de vous (?:informer|annoncer|faire part)\b/,
  /\bne\b.{0,30}\bpas\b.{0,20}\bdonner (?:une |de |la )?suite\b|\bne (?:pouvons|pourrons|pouvions) (?:malheureusement )?(?:pas )?y donner (?:une |de )?suite\b|\b(?:pris|retenu|choisi|embauche|recrute) quelqu'un\b|\bpourvue? en interne\b|\bnon retenue?\b|\bclotur\w* (?:ce|le|notre|cette) (?:recrutement|processus|poste|offre)\b|\b(?:fonction|poste|offre)\b.{0,20}\bn'est (?:donc )?plus (?:ouverte?|disponible|d'actualite)\b/,
  /\b(?:poste|offre|recrutement)\b.{0,80}\b(?:a ete|est|ont ete|a deja ete) (?:pourvue?|attribuee?|cloturee?|annulee?|suspendue?)\b|\bne correspond(?:ait|ent)? pas\b/,
  /\b(?:fur|mit)\b.{0,30}\b(?:kandidat|bewerber)\w*\b.{0,100}\b(?:entschieden|entschlossen|besetzen|fortzusetzen|weiterzugehen)\b/,
  /\b(?:poursuivre|continuer|avancer)\b.{0,40}\bavec (?:un|une|d'autres|un\(e\)|l'autre|un autre|une autre)\b.{0,20}\bcandidat|\b(?:retenu|choisi|selectionne|privilegie)\b.{0,20}\b(?:une|un|d'autres|la) (?:autre )?(?:candidature|candidat|profil)s?\b.{0,60}\b(?:davantage|plus|mieux)\b|\bdecide\w* de ne pas (?:poursuivre|donner suite|retenir|continuer|aller plus loin)\b|\bne pas (?:poursuivre|continuer) avec (?:votre|ta)\b/,
  /\bproceso (?:cerrado|finalizado|terminado)\b|\bcontinuar (?:el proceso |con el proceso )?con otr[oa]s (?:perfiles|candidat)|\b(?:verder (?:te )?gaan|door (?:te )?gaan) met (?:een )?(?:andere )?kandida|\bbesloten\b.{0,60}\b(?:andere kandida|een kandidaat|niet (?:verder|door))/,
  /\b(?:seguir|continuar|avanzar|ir) adelante con otr[oa] (?:persona|candidat[oa]|perfil)\b|\baller de l'avant avec (?:un|une|d'autres) (?:autre )?(?:candidat|candidate|candidature|personne|profil)|\bdecide\w* (?:de )?(?:poursuivre|continuer|avancer|aller de l'avant) avec (?:un|une) autre\b/,
  /\bmit anderen (?:kandidat|bewerber)\w*|\b(?:uns|wir)\b.{0,60}\bfur (?:eine?n? )?andere\w*\b.{0,40}\bentschieden\b|\b(?:eine|unsere|diese|ihnen) absage\b|\bstelle (?:ist|wurde) (?:bereits )?(?:besetzt|vergeben)\b/,
  /\b(?:ne pas|ne pouvons pas|ne pourrons pas|ne sommes pas en mesure de) (?:y )?donner (?:une )?suite (?:favorable )?(?:a votre candidature)?/,
  /\bpas (?:pu )?(?:ete )?(?:retenue?s?|selectionnee?s?)\b/,
  /\b(?:retenir|retenu|choisi|privilegier|privilegie) (?:une autre|un autre|d'autres) (?:candidat|candidature|profil)/,
  /\bn'a pas ete (?:retenue?|selectionnee?)\b/,
  /\b(?:d'autres|un autre|une autre) (?:candidat|candidate|candidature|profil)s? (?:dont|qui|plus|correspondant)/,
  /\b(?:decide|choisi) de (?:poursuivre|continuer|avancer) avec (?:d'autres|un autre|une autre)/,
  /\bne correspond(?:ait|ent)? pas (?:a nos|aux|tout a fait)/,
  /\bleider (?:mussen|konnen|haben) (?:wir|uns)\b/,
  /\b(?:fur einen anderen|fur eine andere|fur andere) (?:kandidat|bewerber)/,
  /\bnicht (?:weiter |langer |mehr )?(?:zu )?(?:berucksichtigen|beruecksichtigen|in die engere auswahl)/,
  /\b(?:lamentamos|sentimos) (?:informarte|informarle|comunicarte|comunicarle|decirte)/,
  /\bno (?:has|ha|fue|fuiste) (?:sido )?(?:seleccionad|elegid)/,
  /\b(?:stelle|position|vakanz)\b.{0,60}\bnicht (?:mehr )?(?:zu )?(?:besetzt|nachbesetzt|vergeben|besetzen|nachbesetzen)\b|\bohne (?:stellenbesetzung|besetzung) abgeschlossen\b/,
  /\bdecidido no (?:continuar|seguir|avanzar)\b/,
  /\b(?:decidido|optado por) (?:continuar|seguir|avanzar) con otr[oa]s? (?:candidat|perfil)/,
  /\bhelaas (?:moeten|hebben|kunnen|gaan) (?:we|wij)\b(?!.{0,60}\b(?:verzetten|verplaatsen|uitstellen|annuleren|afzeggen|wijzigen)\b)/,
  /\b(?:andere kandida(?:at|ten)|niet (?:verder|door) (?:gaan|te gaan)|niet geselecteerd|afgewezen|niet uitnodigen voor (?:het |een )?(?:vervolggesprek|tweede gesprek|gesprek|sollicitatiegesprek)|beeindigen (?:we|wij) (?:hiermee |daarom |dus )?(?:je|uw|jouw) sollicitatie)\b/,
  // An owner's plain word and hiring stopped for all: "j'ai décidé d'engager quelqu'un", "We kiezen toch voor iemand
  // anders", "continuar el proceso con otras personas", "congelar la vacante", "ne pas ouvrir ce poste".
  /\b(?:engage|engager|embaucher|recruter|prendre|garder) quelqu'un (?:d'autre|qui|ayant|avec plus)\b|\bne (?:pourra|pourrons|pourrai|peut|pouvons|peux) pas (?:te|vous) (?:prendre|garder|engager|embaucher|retenir)\b|\bretenu (?:un autre|une autre) (?:interimaire|personne|candidat|candidate|profil)\b|\b(?:kiezen|gekozen|gaan)\b.{0,20}\bvoor (?:iemand anders|een andere (?:kandidaat|sollicitant))\b|\b(?:continuar|seguir|avanzar)\b.{0,30}\bcon otr[oa]s (?:personas|candidat[oa]s|perfiles|postulantes)\b/,
  /\b(?:congelar|congelad[oa]|cancelar|cancelad[oa])\b.{0,50}\b(?:la )?(?:vacante|posicion|cargo|puesto|busqueda|proceso de seleccion)\b|\bno (?:vamos a poder|podemos|podremos|podriamos|podra) (?:continuar|seguir|avanzar) con (?:tu|su) (?:candidatura|postulacion|proceso)\b|\bproceso\b.{0,40}\b(?:se da por|queda|ha quedado|fue|ha sido) (?:cerrado|finalizado|cancelado)\b|\bde ne pas ouvrir (?:ce|le) poste\b|\b(?:processus|recrutement)\b.{0,40}\b(?:est|a ete) (?:donc )?(?:cloture|clos|annule|suspendu)\b/,
  // By hand in German and Dutch: "Ich hab mich für jemanden entschieden, der…", "Ihre Bewerbung … nicht berücksichtigt werden konnte",
  // "Uiteindelijk kiezen we voor een kandidaat met meer ervaring", "ze gaan verder met een kandidaat die…", "houdt het … op".
  /\b(?:mich|uns) (?:jetzt |nun |inzwischen |letztlich |schliesslich )?fur (?:jemand(?:en)?|eine(?:n)? (?:andere[nr]?|kandidat\w*|bewerber\w*)|einen anderen)\b.{0,30}\bentschieden\b|\bnicht (?:berucksichtigt|beruecksichtigt) werden (?:konnte|kann|konnten)\b|\bnicht (?:zu|zum) (?:probevortrag|probevortragen|vorstellungsgesprach|gesprach|auswahlverfahren)\w* eingeladen\b/,
  /\b(?:kiezen|gekozen|gaan|verder)\b.{0,30}\b(?:voor|met) (?:een|de) (?:andere )?(?:kandidaat|sollicitant)\b.{0,20}\b(?:met|die|dat)\b|\b(?:houdt|stopt) het\b.{0,40}\b(?:op|hier)\b.{0,5}$|\bhoudt het (?:hier|voor jou|bij)\b/,
  // "dass wir Ihnen derzeit keine Stelle anbieten können", "we won't be able to make you an offer", "we're pausing hiring for the role".
  /\bkeine (?:stelle|position|anstellung|zusage|beschaftigung)\b.{0,30}\banbieten\b|\b(?:won't|will not|can't|cannot|not be able to|unable to|not going to) (?:be able to )?(?:make|extend|give) you (?:an|the) offer\b|\b(?:pausing|paused|pause|freezing|froze|frozen|putting on hold) (?:all |our )?(?:hiring|the (?:role|search|position|req))\b/,
  // "decided to go with the other finalist", "has withdrawn the above post … will therefore not be filled".
  /\b(?:decided|chosen|chose|opted|going) to (?:go|move forward|proceed) with the other (?:finalist|candidate|applicant|person)\b|\bwith (?:the other|another) finalist\b|\bhas withdrawn the (?:above |above-mentioned |advertised )?(?:post|position|role|vacancy)\b|\b(?:post|position|role|vacancy)\b.{0,40}\bwill (?:therefore |now |unfortunately )?not be filled\b/,
  // Dutch and Flemish: "besloten om verder te gaan met iemand die…", "niet meenemen naar de volgende ronde",
  // "uw kandidatuur niet weerhouden", "We hebben de functie inmiddels ingevuld".
  /\bverder (?:te )?gaan met iemand\b|\bniet (?:mee)?nemen naar de volgende (?:ronde|fase)\b|\b(?:kandidatuur|sollicitatie)\b.{0,30}\bniet (?:werd )?(?:weerhouden|geselecteerd)\b|\bniet weerhouden\b|\b(?:functie|vacature|plek|baan)\b.{0,20}\b(?:inmiddels |al )?(?:ingevuld|vervuld)\b/,
  // Exams and panels: "no ha obtenido la puntuación mínima", "no alcanzó el puntaje mínimo", "no ha superado la fase …", "queda excluido/a", "n'avez pas réussi".
  /\bno (?:ha )?(?:obtenido|obtuvo|alcanzado|alcanzo|logrado|logro|superado|supero) (?:la (?:puntuacion|nota|calificacion) minima|el (?:puntaje )?minimo|(?:la|esta) (?:fase|prueba|ejercicio))\b|\bqueda(?:s)? excluid[oa](?:\/a)? del proceso\b|\bno ha resultado (?:seleccionad[oa]|apt[oa])\b|\bn'avez pas (?:reussi|obtenu la note minimale)\b|\bnicht bestanden\b|\bniet geslaagd\b|\bdid not (?:pass|achieve the (?:minimum|pass) (?:score|mark))\b/,
  // Civil service: "you were not among the best qualified candidates", "Eligible; Not Referred".
  /\bnot among the (?:best|most|highly|top) qualified\b|\bnot referred\b|\b(?:was|were|will) not (?:be )?referred to the (?:hiring|selecting)\b/,
  // "el cliente se ha decantado por otro perfil", "se ha optado por otra candidatura", "la posición ha quedado congelada".
  /\b(?:decantado|decantamos|decanto|inclinado|optado) por (?:otr[oa]s? |un[oa]? )?(?:perfil|candidat[oa]|candidatura|persona|postulante)\w*\b|\b(?:posicion|vacante|puesto|cargo)\b.{0,80}\b(?:ha quedado|queda|quedo|fue|ha sido) (?:congelad[oa]|cancelad[oa]|suspendid[oa]|anulad[oa])\b|\bproceso (?:de seleccion )?(?:ha sido |fue |queda |quedo )?(?:cancelado|anulado|suspendido)\b/,
  // A search firm that will not put the candidate to its client: "Ihre Kandidatur unserem Mandanten nicht vorstellen".
  /\b(?:kandidatur|bewerbung|unterlagen|profil)\b.{0,60}\bnicht (?:vorstellen|vorschlagen|prasentieren|weiterleiten)\b|\bnot (?:be )?(?:putting|submitting|presenting|forwarding) (?:you|your (?:cv|profile|application)) (?:forward )?to (?:my|our|the) client\b|\bne (?:presenterons|transmettrons|proposerons) pas (?:votre|ta) candidature\b/,
];

export const RECEIVED = [
  // "Uw cv en motivatiebrief werden bezorgd aan de werkgever" (VDAB), "je sollicitatie is verstuurd".
  /\b(?:werden|werd|is|zijn) (?:bezorgd|doorgestuurd|verstuurd) (?:aan|naar) de werkgever\b|\bsolliciteerde via\b/,
  // "Leuk dat je hebt gereageerd op de vacature…", "Merci, votre candidature a bien été transmise au recruteur".
  /\b(?:leuk|fijn|bedankt) dat je (?:hebt )?(?:gereageerd|gesolliciteerd)\b|\bcandidature a bien ete (?:transmise|envoyee)\b|\b(?:transmise|envoyee) (?:au|a l')(?:recruteur|employeur|entreprise)\b/,
  // A person's own word: "Thanks for sending your CV and portfolio through - got them both".
  /\bthanks? (?:you )?for (?:sending|emailing|dropping off|bringing in|forwarding) (?:(?:me|us) )?(?:over |through |in )?(?:your|the) (?:cv|resume|application|portfolio|details)\b.{0,60}\bgot (?:it|them|both|everything)\b/,
  // "Acknowledged with thanks. Your application and portfolio … have been received and logged."
  /^acknowledged(?: with thanks)?\b|\byour (?:application|cv|resume|candidature|documents?|submission)\b[^.]{0,80}\b(?:ha(?:s|ve) been|was|were) (?:duly |successfully )?(?:received|logged|recorded)\b/,
  /\b(?:we(?:'ve| have)?|we've|have) (?:successfully |now )?received your (?:job )?(?:application|resume|cv|submission|candidacy)/,
  /\b(?:we )?got your application\b/,
  /\bthanks? (?:you )?(?:so much |very much |a lot |again )?for (?:applying|your (?:recent )?(?:job )?application|submitting your application|your interest (?:in|and application))/,
  /\b(?:your )?application (?:has been |was |is )?(?:successfully )?(?:received|submitted|sent|complete)\b/,
  // Boards abroad: "tu hoja de vida fue enviada con éxito", "te postulaste con éxito", "je sollicitatie werd verstuurd".
  /\b(?:tu|su) (?:hoja de vida|cv|curriculum|postulacion)\b.{0,40}\b(?:fue|ha sido|se ha) (?:enviad[oa]|recibid[oa]|entregad[oa])|\bte (?:postulaste|has postulado)\b|\baplicaste a\b|\bpostulacion (?:enviada|exitosa|recibida)\b|\b(?:je|uw) sollicitatie (?:werd|is) (?:succesvol |goed )?(?:verstuurd|verzonden|ontvangen|ingediend)\b|\bsollicitatie ingediend\b/,
  /\bapplication (?:confirmation|received|submitted)\b/,
  /\b(?:bestatigen|bestaetigen) wir (?:ihnen )?den eingang\b|\beingang (?:ihrer|deiner) (?:unterlagen|bewerbung)\b|\beingang (?:ihres|deines) (?:gesuchs|gesuches|antrags|bewerbungsschreibens)\b|\bthe following (?:items|information|details) (?:were|was|have been) sent to\b/,
  /\b(?:your )?(?:cv|resume|application|candidature|details|documents) (?:has|have) been (?:successfully )?(?:received|submitted)\b|\b(?:was|has been) submitted successfully\b|\bsubmitted successfully\b/,
  /\byour application (?:for|to) .{1,80}\b(?:has been|was|is) (?:successfully )?(?:received|submitted|sent|on its way)\b|\byour application (?:to|for) .{1,60} is on its way\b|^you(?:'ve| have)? (?:successfully )?applied (?:to|for)\b|\b(?:your )?(?:resume|cv|application) (?:came through|has arrived|arrived safely)\b/,
  /\byour application (?:is|has been) (?:now )?(?:under review|being reviewed|in review|with)/,
  /\bwe(?: will|'ll) (?:now )?(?:review|be reviewing|carefully review|start reviewing) your (?:application|resume|cv|profile|qualifications)/,
  /\bconfirm (?:the )?receipt of your\b|\backnowledge (?:the )?receipt of your\b|\backnowledg(?:e|ing) your (?:application|resume|cv)\b|\b(?:your )?(?:resume|cv|application|profile) (?:is|was|has been) (?:currently |now )?(?:under|in) (?:screening|review|consideration)\b/,
  /\b(?:bien recu|avons recu|reception de) (?:votre|ta) candidature\b/,
  /\b(?:bien recu|avons recu|reception de|accusons reception de) (?:votre|ta) (?:dossier|cv|candidature)\b|\b(?:le|les|te|os) acus(?:amos|o) recibo\b|\bacusamos recibo de (?:su|tu)\b|^candidature envoyee\b|\b(?:informations|elements) suivant(?:e)?s ont ete envoye(?:e)?s a\b/,
  /\bmerci (?:pour|de|d'avoir envoye) (?:votre|ta) candidature\b|\bmerci d'avoir postule\b|\bmerci pour votre interet\b/,
  /\bvotre candidature\b.{0,100}\b(?:a bien ete|a ete|est bien) (?:recue|envoyee|transmise|enregistree|prise en compte)/,
  /\baccuse de reception\b/,
  /\b(?:vielen )?dank fur (?:ihre|deine) bewerbung\b|\bbedanken uns (?:herzlich )?fur (?:ihre|deine) bewerbung\b|\bbewerbung (?:ist )?(?:bei uns )?(?:eingegangen|erhalten)\b|\b(?:bewerbung|unterlagen)\b.{0,120}\b(?:ist|sind) (?:bei uns )?(?:gut |wohlbehalten )?(?:eingelangt|eingetroffen|angekommen)\b|\beingangsbestatigung\b/,
  /\b(?:hemos recibido|recibimos) (?:tu|su) (?:solicitud|candidatura|postulacion|curriculum|cv|hoja de vida)|\b(?:te|le) confirmamos que (?:lo|la) hemos recibido\b|\bgracias por (?:enviarnos|mandarnos|hacernos llegar) (?:tu|su) (?:curriculum|cv|candidatura|hoja de vida)\b.{0,80}\b(?:recibido|recibimos)\b|\bgracias por (?:tu|su) (?:solicitud|postulacion|candidatura)|\bgracias por postular/,
  // "Wij hebben uw sollicitatie in goede orde ontvangen", and a tradesman's "Je cv is binnen hoor, bedankt", "Je mail met cv is binnen", "Cv goed ontvangen".
  /\b(?:we hebben|wij hebben) (?:je|uw|jouw) (?:sollicitatie|kandidatuur|cv|brief)\b.{0,80}\b(?:in goede orde |goed )?ontvangen|\b(?:je|uw|jouw) (?:cv|sollicitatie|brief|kandidatuur|e-?mail|mail)(?: met (?:je |uw |jouw |de )?(?:cv|brief|sollicitatie|bijlagen?))? is (?:goed |in goede orde )?(?:binnen|aangekomen|ontvangen|binnengekomen)\b|^(?:(?:je|uw|jouw) )?(?:cv|sollicitatie|kandidatuur) (?:goed |netjes |in goede orde )ontvangen\b/,
  // Thanks that every Dutch rejection opens with too: a receipt, never a sure one.
  /\bbedankt voor (?:je|uw) (?:sollicitatie|kandidatuur)|\b(?:wij|we) danken (?:u|je) (?:hartelijk )?voor (?:uw|je|jouw) (?:sollicitatie|kandidatuur)\b/,
  // "Wij bevestigen de ontvangst van uw sollicitatie", "Wij danken u voor uw kandidatuur", "confirmamos la recepción de tu candidatura",
  // "Se confirma la recepción de su documentación", a "Constancia de recepción".
  /\bbevestig\w* (?:hierbij )?(?:de )?ontvangst van (?:je|uw|jouw) (?:sollicitatie|kandidatuur)|\bontvangstbevestiging\b|\bbevestiging van (?:je|uw|jouw) (?:sollicitatie|kandidatuur)\b|\b(?:confirmamos|se confirma) (?:la )?recepcion de (?:tu|su) (?:candidatura|solicitud|postulacion|cv|hoja de vida|documentacion)\b|\bconstancia de recepcion\b/,
  // People acknowledging by hand: "received with thanks", "we have received the same", "I've passed it on to Claire".
  /^received your (?:resume|cv|application|profile)\b|\b(?:we|i) (?:have )?received your (?:resume|cv|profile)\b|\bpassed (?:it|this|your (?:cv|resume|application)) (?:on |over |along )?to\b|\breceived with thanks\b|\b(?:we )?(?:have )?received the same\b|\b(?:i|we)(?:'ve| have)? (?:passed|forwarded|sent) (?:it|this|your (?:cv|resume|application)) (?:on )?(?:to|onto)\b/,
  /\b(?:ta|votre) candidature\b.{0,100}\b(?:a bien ete|a ete|est bien) (?:recue|envoyee|transmise|enregistree)/,
  /\b(?:i|we)(?:'ve| have)? (?:now |just |already )?(?:submitted|sent|forwarded|put forward|presented|passed) your (?:profile|resume|cv|application|details)\b/,
  // A person at a small firm: "Got it, thanks!", "I'll pass your resume on to Dave".
  /^got (?:it|your (?:cv|resume|application))\b|\bgot your (?:cv|resume|application)\b|\b(?:i'll|i will|we'll|will) pass (?:it|this|your (?:cv|resume|application)) (?:on|along)\b|\bpassing (?:it|your (?:cv|resume)) (?:on|along) to\b/,
  /\b(?:bewerbung|unterlagen)\b.{0,60}\b(?:erfolgreich )?(?:versendet|ubermittelt|eingegangen|gesendet|unterwegs)\b|\berfolgreich beworben\b|\bte has inscrito en\b|\binscripcion (?:realizada|confirmada)\b|\b(?:tu|su) (?:candidatura|solicitud)\b.{0,60}\b(?:se ha enviado|ha sido enviada|fue enviada|ha sido recibida)\b|\bsolicitud se ha enviado\b|\bcandidature (?:a ete |a bien ete )?(?:transmise|envoyee) (?:au|a l'|a)\b|\bsollicitatie (?:is )?(?:verstuurd|verzonden|ontvangen)\b/,
];

// Receipts in as many words (not the "thank you for applying" every rejection opens with).
export const RECEIVED_FOR_SURE = RECEIVED.filter((pattern) => !/thanks\?|merci|bedankt/.test(pattern.source));

export const INTERVIEW = [
  /\b(?:interview|phone screen|screening call|video call|call|meeting|onsite|on-site|conversation|chat|event|appointment|session) (?:is |has been |was )?(?:confirmed|scheduled|booked|set)\b/,
  // Scheduling tools and calendars put the state first: "Confirmed: Intro call with…", "Invitation: Interview @ Tue…".
  /^(?:confirmed|scheduled|booked|new event|invitation|updated invitation|accepted)\s*:\s*.{0,60}\b(?:interview|call|chat|screen|meeting|conversation|onsite|entretien|gesprach|entrevista|gesprek)\b/,
  /\b(?:confirm|confirming|confirmation of|confirmation for|details for|details of|reminder (?:of|for|about)) (?:your|the|our) (?:upcoming )?(?:interview|call|meeting|phone screen|video call|conversation|onsite)/,
  /\binvit(?:e|ing) you (?:to|for) (?:an?|the|our) (?:\w+ ){0,3}(?:interview|call|chat|conversation|onsite|meeting|screen)/,
  /\binvitation (?:to|for) (?:an? |the )?(?:\w+ )?(?:interview|call|onsite|conversation)/,
  /\binterview (?:invitation|confirmation|details|scheduled|confirmed|reminder|schedule|itinerary|agenda|rescheduled|moved|updated|time changed)\b/,
  /^(?:updated|rescheduled|changed|new (?:date|time)(?:\/time)?)\s*:?\s*.{0,40}\binterview\b|\b(?:interview|call|meeting|round|screen)\b.{0,60}\b(?:has been|was|have been|is being|needs to be) (?:rescheduled|moved|changed|updated)\b|\b(?:revised|updated|new) (?:schedule|date and time|date\/time|interview time)\b/,
  /\b(?:your|the) (?:onsite|on-site|final round) (?:schedule|itinerary|agenda)\b/,
  /\byou(?:'re| are) (?:scheduled|confirmed|booked|all set|locked in|booked in)\b/,
  /\bconvocatoria\b|\bneuen termin\b.{0,30}\b(?:abgestimmt|vereinbart|gefunden|eingetragen)\b|\baktualisierte einladung\b|\bnieuwe (?:afspraak|uitnodiging)\b/,
  /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)\s+(?:works|is perfect|is great|is fine|suits)\b/,
  /\b(?:is|are|it's|that's) (?:now )?(?:locked in|booked in|confirmed|set)\b|\b(?:confirmed|booked|locked(?: it)? in|all set|set) for (?:this |next )?(?:\w+day|tomorrow|today|the \d|\d)/,
  /\b(?:i'll|we'll|i will|we will) send (?:you )?(?:over )?(?:an?|the) (?:calendar |meeting |teams |zoom )?(?:invite|invitation|hold)\b/,
  /\b(?:already |just )?(?:sent|sending|send)(?: you| over)? (?:an? |the )?(?:updated |new |revised )(?:calendar |meeting )?(?:invite|invitation|hold)\b|\b(?:interviews?|calls?|meetings?|chats?|sessions?)\b.{0,40}\b(?:is|are|has been|have been) (?:now )?(?:confirmed|scheduled|booked|set|locked in)\b/,
  /\brappel\b.{0,40}\b(?:entretien|entrevue|rendez-vous)\b|\bconfirm\w* (?:de )?(?:votre|l'|notre|ton) ?entrevue\b|\bc'est (?:donc )?cale\b|\b(?:decal|report)(?:er|e|ons) (?:a|au|notre|l'entretien|le rendez-vous|votre entretien)\b|\b(?:termin|gesprach)\b.{0,40}\b(?:fix )?(?:eingetragen|eingeplant|vereinbart|bestatigt|festgelegt)\b|\b(?:ingepland|ingeroosterd|vastgelegd)\b|\bgesprek (?:gepland|staat)\b|\b(?:agendado|agendada|programado|programada|fijado|fijada)\b.{0,30}\b(?:entrevista|reunion|llamada)\b|\bentrevista\b.{0,30}\b(?:agendada|programada|fijada|confirmada)\b/,
  /\b(?:te|le|os) confirmamos (?:los detalles|la entrevista|tu entrevista|su entrevista)|\b(?:nos gustaria|queremos) (?:conocerte|conocerle|entrevistarte|entrevistarle)\b|\bnous vous confirmons\b.{0,40}\b(?:entretien|rendez-vous|echange)|\bwir bestatigen\b.{0,40}\b(?:termin|gesprach|interview)/,
  // The time agreed and the invite on its way: "Thursday at 11 works great, I've sent a calendar invite".
  /\b(?:(?:have|i've|we've|just) sent|sent over|(?:am|are|i'm|we're) sending) (?:you )?(?:a|an|the) (?:calendar |meeting |teams |zoom )?(?:invite|invitation)\b|\b(?:works|work) (?:great|perfectly|well|for (?:us|me|everyone|the team))\b/,
  /\b(?:your|the) (?:onsite |on-site |interview |final round |visit )?(?:schedule|itinerary|agenda) for\b|\bexcited to (?:host|welcome|see) you\b/,
  /\b(?:put|pencil(?:l)?ed|booked|locked|slotted) (?:us|you|it|that|this) (?:down |in )?(?:for|on)\b/,
  /\bentretien (?:\w+ ){0,3}(?:le|ce) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|\d{1,2})\b/,
  /\bbevestig\w* (?:ik |we |wij )?(?:hierbij |graag )?(?:ons|het|je|jouw|uw) (?:\w+ )?(?:gesprek|afspraak|sollicitatiegesprek|interview)\b|\bbevestiging (?:van )?(?:ons |het |je )?\w*gesprek\b/,
  // "We're chatting tomorrow at 10am", "we would like to meet with you this Friday at noon": a time being set, in other words.
  /\b(?:we're|we are|we'll|we will) (?:be )?(?:chatting|talking|speaking|meeting|chat|talk|speak|meet)\b.{0,30}\b(?:tomorrow|today|tonight|on|this|next|at)\b/,
  /\b(?:would|'d) (?:like|love) to (?:meet|speak|talk) (?:with )?you (?:on|this|next|at|in person)\b/,
  /\breminder\b.{0,40}\b(?:interview|call|chat|meeting|chatting|talking|speaking|meeting)\b/,
  /\b(?:vous|nous) retrouver (?:le |ce |lundi|mardi|mercredi|jeudi|vendredi|demain)|\bnous vous (?:attendons|recevrons)\b/,
  /\bbestatige\w* (?:ich |wir )?(?:ihnen |dir )?(?:hiermit )?(?:unseren |den |ihren |deinen )?termin|\bunser(?:en)? (?:termin|kennenlernen|gesprach) am\b/,
  /\b(?:te|le|os) esperamos (?:el|este|manana|en)\b/,
  /\b(?:we zien (?:je|u)|zien (?:we|wij) (?:je|u)) (?:op|graag|morgen|dinsdag|maandag|woensdag|donderdag|vrijdag)\b/,
  /\b(?:interview|call|meeting|conversation|screen)\b.{0,40}\b(?:has been |have been |was |is )?(?:moved|rescheduled|changed|pushed|brought forward) (?:to|for)\b/,
  /\b(?:your|the|our) (?:upcoming |next |first |second |final |technical )?(?:interview|phone screen|video interview|onsite)\b.{0,40}\b(?:on|at|is)\b/,
  /\bentretien (?:est |a ete )?(?:confirme|prevu|planifie|fixe|programme)|\b(?:inviter|convier|convoquer) (?:a|pour) un (?:\w+ )?entretien|\bconvocation\b|\bconfirm\w* (?:de )?(?:votre|l'|notre|ton) ?(?:entretien|rendez-vous|echange)|\brendez-vous (?:est )?(?:confirme|fixe|prevu)|\bvous (?:rencontrer|recevoir)\b/,
  /\b(?:einladung|laden (?:sie|dich)|lade (?:sie|dich)) (?:\w+ )?(?:zu einem|zum) (?:\w+ )?(?:vorstellungsgesprach|gesprach|interview|hearing|auswahlgesprach|kennenlernen)|\btermin(?:bestatigung| bestatigt)|\bvorstellungsgesprach (?:am|ist)\b|\b(?:zu einem|zum) (?:\w+ )?(?:vorstellungsgesprach|videointerview|interview|gesprach|kennenlerngesprach|videocall)\b/,
  /\b(?:invitarte|invitarle|te invitamos|le invitamos) a (?:una |la )?(?:\w+ )?entrevista|\bentrevista (?:confirmada|programada|agendada)|\bconfirm\w* (?:la|tu|su) (?:\w+ )?entrevista/,
  /\b(?:uitnodiging|nodigen (?:je|u) (?:graag )?uit) (?:voor )?(?:een |het )?(?:\w+ )?(?:sollicitatie)?gesprek|\bgesprek (?:is )?(?:bevestigd|ingepland)/,
];

// Words that make a message with one fixed time an appointment, but alone say nothing (receipts use them too).
export const APPOINTMENT_HINT = [
  /\blook(?:ing)? forward to (?:speaking|meeting|talking|chatting|seeing you|(?:our|the) (?:conversation|call|chat|meeting|interview))/,
  /\bsee you (?:on|at|then|next|in our|at our)\b|\bwe(?:'ll| will) see you\b|\bau plaisir de vous (?:voir|recevoir|rencontrer)\b|\bwir freuen uns auf (?:sie|ihren besuch|das gesprach)\b/,
];

export const RESPONSE = [
  // Still reviewing, said of the application or the process: "Ihre Unterlagen befinden sich weiterhin im Auswahlprozess",
  // "la procédure de recrutement est toujours en cours", "seguimos revisando", "de procedure loopt nog".
  /\b(?:weiterhin|noch) (?:im (?:auswahl|bewerbungs)?(?:prozess|verfahren)|in (?:der )?prufung|in bearbeitung)\b|\b(?:auswahl|auswahlverfahren|verfahren) (?:\w+ ){0,3}(?:dauert|andauert|lauft noch)\b|\b(?:est|reste) toujours en cours\b|\btoujours (?:a l'etude|en cours d'examen|en cours d'analyse)\b|\bseguimos (?:revisando|evaluando|analizando)\b|\b(?:sigue|continua) en (?:proceso|evaluacion|revision)\b|\b(?:loopt|is) nog\b.{0,20}\b(?:procedure|selectie)\b|\b(?:procedure|selectie) loopt nog\b|\bstill (?:reviewing|under review|being reviewed|in (?:the )?(?:process|running))\b/,
  // A recorded interview to do by a deadline, and the step it is: "progressed to the next stage: an on-demand video interview".
  /\b(?:on-demand|one-way|pre-recorded|asynchronous) (?:video )?interview\b|\bcomplete (?:your|the) (?:video |online |recorded )?(?:interview|assessment)s? by\b|\byou(?:'ve| have) (?:progressed|moved|advanced|been shortlisted) (?:on )?to the next (?:stage|step|round)\b/,
  // "Zou één van volgende momenten passen?", "welk moment je voorkeur heeft": Dutch asks which time suits.
  /\b(?:een|een van|één van) (?:de )?volgende momenten\b|\bwelk moment\b|\bwanneer (?:je|u) beschikbaar (?:bent|bent voor)\b|\b(?:je|uw) beschikbaarheid\b|\bzelf een (?:moment|tijdstip|tijdslot) (?:\w+ )?(?:kiezen|inplannen|plannen)\b|\bkies een (?:tijdstip|moment|tijdslot)\b|\bplan (?:je|een) (?:gesprek|afspraak)\b|\btijdsloten\b|\b(?:termin|zeitfenster) (?:selbst )?(?:buchen|auswahlen|wahlen)\b|\b(?:elige|elegi|escoge|agenda) (?:un|el|tu) (?:horario|turno|dia y horario|entrevista)\b/,
  /\b(?:your|share your|send (?:me|us) your|let (?:me|us) know your|provide your|confirm your|with your|about your) (?:availability|available times)/,
  /\b(?:what|which) (?:times?|days?|slots?|dates?) (?:would )?(?:work|suit|are best)/,
  /\b(?:times?|days?|slots?|dates?) (?:that|which) (?:would )?(?:work|suit)\b/,
  /\bwhich (?:of (?:these|the following|those|them)|one|option) (?:\w+ )?(?:works?|suits?|is best|would be best)\b/,
  /\bwhen (?:are|would|will) you (?:be )?(?:available|free)/,
  /\b(?:would|are|will) you be (?:available|free|open) (?:for|to|on)\b|\bdoes (?:this|that) (?:time )?work for you\b|\bcould you do\b/,
  /\b(?:set up|schedule|arrange|book) (?:a|an) (?:[\w-]+ ){0,4}(?:call|chat|conversation|interview|screen)\b/,
  /\b(?:would|do|does|will|can) (?:any|either|one) of (?:these|those|the following)(?: times| slots| options| dates)? (?:work|suit)|\bwhich (?:one )?(?:works|suits|is best)\b|\b(?:what|which) (?:days?\/times?|times?\/days?|dates?\/times?)\b/,
  /\b(?:schedule|book|pick|choose|select|find) (?:a |your |an |the )?(?:time|slot|interview|call)\b/,
  // "Kindly choose ONE (1) of the following slots", "reply with your preferred slot".
  /\b(?:choose|pick|select|indicate) (?:one|1|any)\b.{0,12}\bof (?:the following|these|the below|the slots|the times|the dates)\b|\b(?:your )?preferred (?:slot|time ?slot|date and time|interview slot)\b/,
  /\b(?:scheduling|booking|calendar) link\b|calendly\.com|goodtime\.io|\/schedule\//,
  /\b(?:online |technical |coding |skills |written )?(?:assessment|coding challenge|coding exercise|coding test|take-home|take home|technical test|case study|questionnaire)\b|hackerrank|codility|codesignal|testgorilla|hirevue/,
  /\b(?:move you forward|moving you forward|advance you|next round|next stage of (?:our|the) (?:process|interview))\b/,
  /\bstill (?:reviewing|working through|under (?:active )?(?:review|consideration)|considering|in the (?:process|running))\b|\b(?:taking|take|takes) (?:a little |a bit |slightly |somewhat )?longer than\b|\b(?:an )?update on your application\b/,
  /\b(?:would love|like|love|keen|happy) to (?:set up|schedule|arrange|have) (?:a|an) (?:\w+ )?(?:call|chat|conversation|interview)/,
  /\blaquelle des\b|\bdisponibilites suivantes\b|\bpourriez-vous (?:nous|me) (?:indiquer|communiquer|transmettre)\b|\btoujours en cours (?:d'etude|d'examen|d'analyse|de traitement)\b|\bprend (?:davantage de|plus de) temps que prevu\b|\b(?:fait|font) toujours partie de (?:celles|ceux|la selection)\b|\btoujours (?:a l'etude|en lice|en cours d'evaluation)\b|\bdauert (?:etwas |noch )?(?:langer|laenger) als (?:geplant|erwartet|gedacht)\b|\b(?:loopt|liep) (?:de procedure )?(?:helaas )?(?:enige |wat |een )?vertraging op\b|\b(?:nog )?(?:volledig )?in behandeling\b|\bduurt (?:wat |iets )?langer dan (?:verwacht|gepland|gedacht)\b|\b(?:esta|estan) (?:tomando|llevando) mas tiempo de lo (?:previsto|esperado)\b|\b(?:vos|tes) disponibilites\b|\bcreneaux?\b|\btest technique\b|\betude de cas\b|\bcas pratique\b|\b(?:echanger|discuter) avec vous\b/,
  /\bverfugbarkeit|\bterminvorschlag|\bwann (?:haben sie|hast du|passt es)/,
  /\btermine? vorschlagen\b|\bfolgende termine\b|\bwelche[rs]? (?:termin|zeit|tag|option)\b.{0,40}\bpasst\b|\b(?:quel|lequel de ces) (?:creneau|horaire|moment)\b|\b(?:cual|cuales) de (?:estas|estos) (?:opciones|horarios|fechas)\b|\bque (?:horario|dia) te (?:viene|va) mejor\b|\bwelk(?:e)? (?:moment|tijdstip|tijd|dag)\b.{0,30}\b(?:schikt|past|uitkomt)\b/,
  /\bdisponibilidad\b|\b(?:prueba|desafio|reto|ejercicio|evaluacion) tecnic[oa]\b/,
  /\b(?:could|can|would) you (?:please )?(?:let (?:me|us) know|tell (?:me|us)|share|send (?:me|us)|provide|confirm)\b|\b(?:what (?:are|is)|share|send|let (?:me|us) know|confirm|provide|tell (?:me|us))\b.{0,30}\b(?:salary (?:expectations|requirements)|expected (?:salary|compensation)|notice period)\b/,
  /\bbeschikbaarheid\b/,
  // Checking in, a status moving on, a case or a one-way video to do.
  /\b(?:are you|r u|you're|you are|if you're|if you are) still (?:interested|keen|available|looking)\b|\b(?:toujours|encore) (?:interess[ee]e?|disponible)s?\b|\bnog (?:steeds )?(?:interesse|geinteresseerd|beschikbaar)\b|\bsigues (?:interesad[oa]|disponible)\b|\bnoch (?:interesse|interessiert|verfugbar)\b/,
  /\breferred to (?:the )?hiring (?:manager|team)\b|\bstatus\b.{0,40}\b(?:referred|forwarded to the hiring|shortlisted|moved to (?:the )?next)\b|\b(?:on-demand|one-way|asynchronous|recorded) (?:video )?interview\b|\brecord (?:your|a) (?:video|answers|responses)\b/,
  /\b(?:korte |een )?case(?:opdracht| te maken| uit te werken)\b|\b(?:plusieurs creneaux|les creneaux suivants|le creneau qui (?:vous|te) convien\w*)\b|\b(?:folgende termine|welche[rs]? (?:tag|termin) (?:ihnen|dir|euch) (?:am besten )?passt)\b|\bwelk(?:e)? van (?:onderstaande|de onderstaande|de volgende|deze) (?:momenten|tijdstippen|data|datums|opties|tijden)\b|\b(?:benotigen|brauchen) (?:wir )?(?:bitte )?(?:noch )?(?:folgende |weitere |die folgenden |ihre |deine )?(?:unterlagen|dokumente|nachweise|zeugnisse)\b|\b(?:nachreichen|nachzureichen)\b|\breichen sie (?:\S+ ){0,8}nach\b|\b(?:we|i) (?:still )?need (?:\w+ ){0,3}(?:documents|references|certificates|copies|transcripts)\b|\bnous avons besoin (?:de|des|d') ?(?:\w+ ){0,3}(?:documents|pieces|justificatifs)\b|\bmerci de nous (?:transmettre|envoyer|faire parvenir) (?:\w+ ){0,3}(?:documents|pieces|justificatifs|diplomes)\b|\bnecesitamos (?:que nos (?:envies|envie|mandes|mande) )?(?:\w+ ){0,3}(?:documentos|documentacion|certificados)\b|\bhebben (?:we )?(?:nog )?(?:de volgende|enkele|aanvullende|een aantal) (?:documenten|stukken|gegevens) (?:van (?:je|u) )?nodig\b|\b(?:capaciteit(?:s|en)test|persoonlijkheids(?:vragenlijst|test)|online-? ?test|eignungstest|einstellungstest|tests? en ligne|tests? psychotechniques?|test de personnalite|prueba (?:psicotecnica|online|de conocimientos)|evaluacion psicometrica|pruebas psicometricas)\b|\b(?:such|suche|suchen sie sich|wahl|wahle|wahlen sie|buch|buche|buchen sie)(?: dir| sich)? (?:\w+ ){0,3}(?:einen|einen passenden|ihren|deinen) (?:slot|termin|zeitslot|zeitpunkt)\b|https?:\/\/\S*(?:calendly|cal\.com|\/schedul|youcanbook|doodle)|\bcasus\b|\bcas pratique\b|\betude de cas\b|\bfallstudie\b|\bcaso practico\b|\btest technique\b|\bexercice (?:technique|pratique|a (?:faire|realiser|rendre))\b|\bprobeaufgabe\b|\b(?:programmier|coding|technische )aufgabe\b|\bprueba tecnica\b|\bejercicio (?:tecnico|practico)\b|\bthuisopdracht\b|\btechnische (?:opdracht|test)\b/,
  // Questions before the next step: "hätte ich noch zwei kurze Fragen", "tus pretensiones salariales", "je opzegtermijn".
  /\b(?:hatte|habe) (?:ich|wir) (?:noch )?(?:\w+ )?(?:kurze |einige |ein paar )?fragen\b|\bgehaltsvorstellung|\bkundigungsfrist\b|\bab wann (?:waren|sind|konnten) sie\b|\bpretensiones? (?:salariales?|economicas?)\b|\bexpectativas? salarial|\bremuneracion pretendida\b(?!\s*:\s*\$?\s?\d)|\bpretentions? salariales?\b|\b(?:votre|ton) preavis\b|\bquelques questions\b|\balgunas preguntas\b|\b(?:een paar|enkele) vragen\b|\bsalarisindicatie\b|\bopzegtermijn\b|\b(?:a few|a couple of|some) (?:quick )?questions\b/,
  // Still reviewing, abroad: "befindet sich weiterhin im Auswahlprozess", "sigue en proceso", "nog in behandeling".
  /\b(?:befindet sich|ist) (?:weiterhin|noch|nach wie vor) (?:im|in der) (?:auswahl|bewerbungs)?(?:prozess|verfahren|prufung)\b|\b(?:sigue|continua|esta) (?:aun |todavia )?en (?:proceso|evaluacion|revision)\b|\b(?:seguimos|estamos) (?:aun |todavia )?(?:revisando|evaluando)\b|\bnog (?:steeds )?in (?:behandeling|procedure|beoordeling)\b|\b(?:zijn|ben) (?:nog )?(?:bezig|druk) met (?:het )?(?:beoordelen|selecteren)\b/,
];

// Job alerts, newsletters, marketing, account mail: never about one application.
export const NOT_ABOUT_AN_APPLICATION = [
  // A board's nudge about the candidate's own profile: "Your Hired profile is 80% complete".
  /\bprofile is \d{1,3}% complete\b|\b(?:complete|finish|update) your (?:\w+ )?profile to (?:get|receive|start|unlock)\b|\bprofile strength\b/,
  /\bjob alerts?\b|\bjobs? (?:for you|you may|matching|recommended|that match)|\brecommended jobs\b|\bnew jobs?\b|\bjobs? (?:near you|in your area)|\bsimilar jobs\b|\bjobs? you might like|\bnew (?:roles|positions|opportunities) (?:for you|matching)/,
  /\bbased on your (?:profile|search|preferences|activity)|\bmatching your (?:search|profile|preferences)\b|\byour saved search\b/,
  /\b(?:apply now|easy apply|be an early applicant|applicants? so far|people applied|actively recruiting|promoted)\b/,
  /\bnewsletter\b|\bboletin (?:de|informativo|mensual|semanal)\b|\bnieuwsbrief\b|\ben esta edicion\b|\bdans (?:ce|cette) (?:numero|edition)\b|\bin (?:deze|dieser) (?:editie|ausgabe)\b|\bwebinar\b|\bweekly digest\b|\btips (?:to|for)\b|\bcareer advice\b|\bsalary (?:insights|guide|report)/,
  /\bcandidature a ete (?:consultee|vue)\b|\b(?:a|ont) consulte (?:votre|ta) candidature\b|\b(?:hat|haben) (?:ihre|deine) bewerbung (?:angesehen|geoffnet|gelesen)\b|\b(?:heeft|hebben) (?:je|jouw|uw) sollicitatie (?:bekeken|geopend|gelezen)\b|\b(?:ha|han) (?:visto|leido) tu (?:cv|candidatura|hoja de vida)\b|\b(?:leyeron|vieron) tu (?:cv|candidatura|hoja de vida|postulacion)\b|\bcv (?:visto|leido)\b|\bbewerbung wurde (?:angesehen|gelesen)\b|\bsollicitatie is bekeken\b/,
  /\b(?:aun|todavia) no (?:esta completa|ha sido enviada|has terminado|terminas|completas|envias|has (?:completado|enviado))|\b(?:solicitud|candidatura|postulacion)(?:es)? (?:incompletas?|sin terminar|pendientes?)\b|\bterminar (?:mi|tu|su) (?:postulacion|solicitud|candidatura)\b|\b(?:mit )?(?:ihrer|deiner) bewerbung (?:\w+ ){0,6}begonnen, (?:diese|sie) aber noch nicht\b|\bnoch nicht (?:eingereicht|abgeschickt|abgesendet)\b|\b(?:ihre|deine) bewerbung abzuschlie(?:ss|ß)en\b|\bschlie(?:ss|ß)en sie (?:ihre|deine) bewerbung ab\b|\bcandidature (?:incomplete|n'a pas (?:encore )?ete (?:envoyee|finalisee))\b|\bbewerbung (?:ist )?(?:noch )?(?:nicht (?:abgeschlossen|abgeschickt|vollstandig)|unvollstandig)\b|\bsollicitatie (?:is )?(?:nog )?(?:niet (?:afgerond|verstuurd|voltooid)|onvolledig)\b/,
  /\b(?:didn't|did not|haven't|have not) (?:yet )?(?:finish|finished|complete|completed|submit|submitted) (?:it|your|the|this)\b|\bfinish your application\b|\bpick up where you left off\b|\bincomplete application\b|\bapplication (?:is )?(?:incomplete|not (?:yet )?(?:been )?submitted)\b/,
  /\bverify your (?:email|account)|\bconfirm your (?:email|account|address)|\b(?:security|verification|login|one-time) code\b|\bnew device\b|\bwelcome to (?:linkedin|indeed|glassdoor|welcome to the jungle|our talent community)/,
  /\b(?:career|job|virtual|hiring) (?:fair|expo)\b|\b(?:info(?:rmation)?|open) (?:session|house|evening)\b|\bpre-?placement (?:talk|presentation)s?\b|\bcampus (?:talk|presentation|connect)\b|\bsalon (?:de l'emploi|du recrutement)\b|\bjobmesse\b|\bferia de empleo\b|\bbanenbeurs\b/,
  // A survey about the candidate's experience ("take our short survey"), not a surveyor's "condition survey".
  /\b(?:take|complete|fill (?:in|out)|answer|short|quick|brief|candidate|experience|feedback|our|a|this) survey\b|\bsurvey (?:about|on|of) (?:your|the) (?:experience|process|interview|application)|^(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|abwesenheitsnotiz|reponse automatique|respuesta automatica|afwezigheidsbericht)\b|\bi am (?:currently )?(?:out of (?:the )?office|on (?:annual |parental |sick )?leave|away from (?:the office|my desk))\b/,
  /\b(?:share|sharing|rate|rating|review|reviewing) your (?:\w+ )?(?:experience|employer|interview)|\bhelp other(?:s| job ?seekers| candidates)\b|\bmillions of job seekers\b|\b(?:how was|how did) your (?:interview|application)\b|\b(?:take|complete) (?:our|a|this) (?:short |quick |brief )?survey\b/,
  /\b(?:who viewed|viewed your profile|profile views|appeared in \d+ searches|your application was viewed)\b/,
  /\bi came across your (?:profile|resume|cv)|\b(?:are you|would you be) open to (?:new )?(?:opportunities|a (?:new )?role|exploring)|\bexciting (?:new )?opportunit|\bi'm (?:a recruiter|reaching out)|\bjoin our talent (?:community|network|pool)/,
  /\balertes? (?:e-?mail|emploi)\b|\b(?:nouvelles|dernieres) offres\b|\boffres? (?:d'emploi )?(?:pour vous|qui (?:pourraient|correspondent)|correspondant a)|\bpostulez maintenant\b|\bnouveaux? (?:postes|emplois)\b/,
  /\bneue jobs\b|\bjobangebote fur (?:sie|dich)|\bjob-?empfehlungen|\bjetzt bewerben\b/,
  /\bofertas? (?:de empleo )?(?:para ti|recomendadas|que te pueden)|\bnuevas ofertas\b|\bpostulate ahora\b/,
  /\bvacatures voor (?:jou|u)\b|\bnieuwe vacatures\b|\bsolliciteer nu\b/,
];

// Words every robot's footer carries, ATS receipts included ("sign in to your candidate account", "unsubscribe"):
// they make a message a digest or an account mail only when nothing in it is about an application.
export const FOOTER_WORDS = [
  /\bpassword\b|\bsign(?:ed)? in\b|\blog ?in\b/,
  /\bunsubscribe\b|\bse desabonner\b|\bdesinscri|\babmelden\b|\bdarse de baja\b|\bafmelden\b/,
  /\bread more\b/,
];

// A condition before a cue ("if you are not selected…") states no decision.
// Hedges that make a "no" hypothetical: "en l'absence de réponse", "ook als we besluiten", "hoor je niets van ons",
// "only selected candidates will be contacted".
export const CONDITIONAL = /\b(?:passe ce delai|au-dela de cette date|past (?:this|that) (?:date|deadline)|after (?:this|that) (?:date|deadline)|nach ablauf|transcurrido (?:este|dicho) plazo|na deze datum|en l['’]absence d[eu]|a defaut d[eu]|ook als|zelfs als|even if|meme si|auch wenn|selbst wenn|aunque|incluso si|(?:hoor|krijg|ontvang) (?:je|u) (?:niets|geen)|does not guarantee|doesn't guarantee|pas de (?:nouvelles|reponse|retour)|cela (?:voudra dire|signifiera)|ca voudra dire|(?:this|that|it) will mean|no guarantee|not a guarantee|ne garantit pas|garantiert nicht|no garantiza|geen garantie|horen sie (?:bis|innerhalb)|only (?:selected|shortlisted|successful)|will (?:only )?(?:be )?contact(?:ed)?|sans (?:reponse|nouvelles|retour)|(?:sans|without|ohne|sin|zonder) (?:ces|these|those|the|diese|die|estos|estas|los|las|deze|de) (?:documents?|pieces|papers|unterlagen|dokumente|documentos|antecedentes|documenten|stukken)|faute de (?:reponse|retour)|sin respuesta|ohne (?:ruckmeldung|antwort)|zonder (?:reactie|bericht)|if|should|in case|in the event|unless|whether|once|si(?! bien\b)|s'il|s'ils|s'elle|au cas ou|dans le cas|lorsque|des que|falls|wenn|sollte[n]?|ob|en caso|cuando|indien|mocht|zodra)\b/;
